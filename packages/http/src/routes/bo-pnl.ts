/**
 * GET `/api/v1/boPnl`: realized binary-option PnL by event (`portfolio_boPnl`), newest first; `settlement_pnl` null until settled.
 * Weight 300 (assumed: undocumented, docs/protocol/binary-options.md#bo-pnl); auth: required (docs/protocol/rest.md#authentication); the path segment is unverified.
 */
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { BoPnlParamsSchema, BoPnlSchema } from '@lighter-ts/models';
import type * as z from 'zod/mini';

/**
 * Parameters schema (the models one: one home for the binary-option query rules), validated before any I/O.
 * @example BoPnlParamsSchema.safeParse({}).success
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export { BoPnlParamsSchema };

/** Input type of boPnl (camelCase; sent as snake_case), validated before any I/O by the models schema. */
export type BoPnlParams = z.input<typeof BoPnlParamsSchema>;
/** Parsed response of boPnl. */
export type BoPnlResponse = z.output<typeof BoPnlSchema>;

/**
 * Route spec of boPnl (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, boPnlRoute, { account: 1077, limit: 10 })
 * @throws never (a value)
 */
export const boPnlRoute = defineRoute({
  name: 'boPnl',
  method: 'GET',
  path: '/api/v1/boPnl',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: BoPnlParamsSchema,
  response: BoPnlSchema,
});

/**
 * realized binary-option PnL by event (`portfolio_boPnl`), newest first; `settlement_pnl` null until settled.
 * @example
 * const res = await boPnl({ transport: createUndiciTransport({ baseUrl }) }, { account: 1077, limit: 10 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterParseError | AbortedError}
 */
export function boPnl(ctx: RouteContext, params: BoPnlParams, options?: CallOptions): Promise<BoPnlResponse> {
  return callRoute(ctx, boPnlRoute, params, options);
}
