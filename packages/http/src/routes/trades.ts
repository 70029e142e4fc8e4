/**
 * GET `/api/v1/trades`: Trade history with filters and a `next_cursor`; auth required when filtering by a master/sub account (docs/protocol/rest.md#market-data).
 * Weight 600 (docs/protocol/errors-and-limits.md#rate-limits); auth: optional (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { TradesSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of trades (camelCase; sent as snake_case), validated before any I/O.
 * @example TradesParamsSchema.safeParse({ sortBy: 'timestamp', limit: 100, marketId: 0 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const TradesParamsSchema = z.strictObject({
  sortBy: z.enum(['block_height', 'timestamp', 'trade_id']),
  limit: P.limit(100),
  marketId: z.optional(P.marketId),
  marketType: z.optional(z.enum(['all', 'perp', 'spot'])),
  accountIndex: z.optional(P.accountIndex),
  orderIndex: z.optional(P.int64),
  sortDir: z.optional(z.literal('desc')),
  cursor: z.optional(P.cursorParam),
  from: z.optional(z.int().check(z.gte(-1))),
  askFilter: z.optional(z.union([z.literal(-1), z.literal(0), z.literal(1)])),
  role: z.optional(z.enum(['all', 'maker', 'taker'])),
  type: z.optional(z.enum(['all', 'trade', 'liquidation', 'deleverage', 'market-settlement'])),
  aggregate: z.optional(z.boolean()),
});
/** Input type of trades. */
export type TradesParams = z.input<typeof TradesParamsSchema>;
/** Parsed response of trades. */
export type TradesResponse = z.output<typeof TradesSchema>;

/**
 * Route spec of trades (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, tradesRoute, { sortBy: 'timestamp', limit: 100, marketId: 0 })
 * @throws never (a value)
 */
export const tradesRoute = defineRoute({
  name: 'trades',
  method: 'GET',
  path: '/api/v1/trades',
  weight: 600,
  auth: 'optional',
  kind: 'read',
  params: TradesParamsSchema,
  response: TradesSchema,
});

/**
 * Trade history with filters and a `next_cursor`; auth required when filtering by a master/sub account (docs/protocol/rest.md#market-data).
 * @example
 * const res = await trades({ transport: createUndiciTransport({ baseUrl }) }, { sortBy: 'timestamp', limit: 100, marketId: 0 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterParseError | AbortedError}
 */
export function trades(ctx: RouteContext, params: TradesParams, options?: CallOptions): Promise<TradesResponse> {
  return callRoute(ctx, tradesRoute, params, options);
}
