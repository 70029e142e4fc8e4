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
  /** Sort key (`sort_by`): `block_height`, `timestamp` or `trade_id`. */
  sortBy: z.enum(['block_height', 'timestamp', 'trade_id']),
  /** Page size (`limit`), 1..100. */
  limit: P.limit(100),
  /** Only this market (`market_id`, venue default 255 = every market). */
  marketId: z.optional(P.marketId),
  /** Market kind to list (`market_type`): `perp`, `spot` or `all` (default on the venue). */
  marketType: z.optional(z.enum(['all', 'perp', 'spot'])),
  /** Only trades of this account (`account_index`, venue default -1 = any); needs auth for a master or sub-account. */
  accountIndex: z.optional(P.accountIndex),
  /** Only fills of this venue order index (`order_index`; may exceed 2^53, pass a bigint then). */
  orderIndex: z.optional(P.int64),
  /** Only `desc` is accepted by the venue (`sort_dir`). */
  sortDir: z.optional(z.literal('desc')),
  /** Opaque `next_cursor` from the previous page; omit for the first page. */
  cursor: z.optional(P.cursorParam),
  /** Paging start (`from`, int64, venue default -1). */
  from: z.optional(z.int().check(z.gte(-1))),
  /** Side filter (`ask_filter`): 1 = asks (sells) only, 0 = bids (buys) only, -1 = both. */
  askFilter: z.optional(z.union([z.literal(-1), z.literal(0), z.literal(1)])),
  /** Liquidity role filter: `maker`, `taker` or `all`. */
  role: z.optional(z.enum(['all', 'maker', 'taker'])),
  /** Trade kind: normal trade, liquidation, deleverage, market settlement or `all`. */
  type: z.optional(z.enum(['all', 'trade', 'liquidation', 'deleverage', 'market-settlement'])),
  /** Venue flag `aggregate`, forwarded as is (its effect is not documented). */
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
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function trades(ctx: RouteContext, params: TradesParams, options?: CallOptions): Promise<TradesResponse> {
  return callRoute(ctx, tradesRoute, params, options);
}
