/**
 * POST `/api/v1/litLease`: Submit a signed LIT lease (auth). Single-shot like sendTx; request fields beyond `tx_info` are not in the reference.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { TxHashResponseSchema } from '../schemas/tx.js';
import * as P from '../schemas/params.js';

/**
 * Parameters of litLease (camelCase; sent as snake_case), validated before any I/O.
 * @example LitLeaseParamsSchema.safeParse({ txInfo: signedLease }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const LitLeaseParamsSchema = z.strictObject({
  /** The signed lease tx as its JSON string (`tx_info`). */
  txInfo: P.nonEmpty,
});
/** Input type of litLease. */
export type LitLeaseParams = z.input<typeof LitLeaseParamsSchema>;
/** Parsed response of litLease. */
export type LitLeaseResponse = z.output<typeof TxHashResponseSchema>;

/**
 * Route spec of litLease (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, litLeaseRoute, { txInfo: signedLease })
 * @throws never (a value)
 */
export const litLeaseRoute = defineRoute({
  name: 'litLease',
  method: 'POST',
  path: '/api/v1/litLease',
  weight: 300,
  auth: 'required',
  kind: 'tx',
  params: LitLeaseParamsSchema,
  response: TxHashResponseSchema,
});

/**
 * Submit a signed LIT lease (auth). Single-shot like sendTx; request fields beyond `tx_info` are not in the reference.
 * @example
 * const res = await litLease({ transport: createUndiciTransport({ baseUrl }) }, { txInfo: signedLease }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {TxSendError} on any failure; never resent; `outcome` is `rejected` or `unknown`
 */
export function litLease(ctx: RouteContext, params: LitLeaseParams, options?: CallOptions): Promise<LitLeaseResponse> {
  return callRoute(ctx, litLeaseRoute, params, options);
}
