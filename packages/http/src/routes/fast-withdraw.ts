/**
 * POST `/api/v1/fastwithdraw`: Fast withdrawal of a signed tx (auth). Single-shot: never resent.
 * Weight 3000 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import { type ResultCode, ResultCodeSchema } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import * as P from '../schemas/params.js';

/**
 * Parameters of fastWithdraw (camelCase; sent as snake_case), validated before any I/O.
 * @example FastWithdrawParamsSchema.safeParse({ txInfo: signed.txInfo, toAddress: '0x…' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const FastWithdrawParamsSchema = z.strictObject({
  /** The signed tx as its JSON string (`tx_info`), exactly as the signer produced it. */
  txInfo: P.nonEmpty,
  /** L1 address that receives the withdrawn collateral (`to_address`). */
  toAddress: P.l1Address,
});
/** Input type of fastWithdraw. */
export type FastWithdrawParams = z.input<typeof FastWithdrawParamsSchema>;
/** Parsed response of fastWithdraw. */
export type FastWithdrawResponse = ResultCode;

/**
 * Route spec of fastWithdraw (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, fastWithdrawRoute, { txInfo: signed.txInfo, toAddress: '0x…' })
 * @throws never (a value)
 */
export const fastWithdrawRoute = defineRoute({
  name: 'fastWithdraw',
  method: 'POST',
  path: '/api/v1/fastwithdraw',
  weight: 3000,
  auth: 'required',
  kind: 'tx',
  params: FastWithdrawParamsSchema,
  response: ResultCodeSchema,
});

/**
 * Fast withdrawal of a signed tx (auth). Single-shot: never resent.
 * @example
 * const res = await fastWithdraw({ transport: createUndiciTransport({ baseUrl }) }, { txInfo: signed.txInfo, toAddress: '0x…' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {TxSendError} on any failure; never resent; `outcome` is `rejected` or `unknown`
 */
export function fastWithdraw(
  ctx: RouteContext,
  params: FastWithdrawParams,
  options?: CallOptions,
): Promise<FastWithdrawResponse> {
  return callRoute(ctx, fastWithdrawRoute, params, options);
}
