/**
 * GET `/api/v1/recentTrades`: Latest public trades of a market; limit 1..100.
 * Weight 600 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { TradesSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of recentTrades (camelCase; sent as snake_case), validated before any I/O.
 * @example RecentTradesParamsSchema.safeParse({ marketId: 0, limit: 20 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const RecentTradesParamsSchema = z.strictObject({
  /** Market index (`market_id`); unknown ids are venue code 21602. */
  marketId: P.marketId,
  /** Page size (`limit`), 1..100. */
  limit: P.limit(100),
});
/** Input type of recentTrades. */
export type RecentTradesParams = z.input<typeof RecentTradesParamsSchema>;
/** Parsed response of recentTrades. */
export type RecentTradesResponse = z.output<typeof TradesSchema>;

/**
 * Route spec of recentTrades (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, recentTradesRoute, { marketId: 0, limit: 20 })
 * @throws never (a value)
 */
export const recentTradesRoute = defineRoute({
  name: 'recentTrades',
  method: 'GET',
  path: '/api/v1/recentTrades',
  weight: 600,
  auth: 'none',
  kind: 'read',
  params: RecentTradesParamsSchema,
  response: TradesSchema,
});

/**
 * Latest public trades of a market; limit 1..100.
 * @example
 * const res = await recentTrades({ transport: createUndiciTransport({ baseUrl }) }, { marketId: 0, limit: 20 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function recentTrades(
  ctx: RouteContext,
  params: RecentTradesParams,
  options?: CallOptions,
): Promise<RecentTradesResponse> {
  return callRoute(ctx, recentTradesRoute, params, options);
}
