/**
 * GET `/api/v1/orderBookOrders`: Individual resting orders (not levels) on each side of a book; limit 1..250.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { OrderBookOrdersSchema } from '@lighter-ts/models';
import { fastParseOrderBookOrders } from '@lighter-ts/models/internal';
import * as P from '../schemas/params.js';

/**
 * Parameters of orderBookOrders (camelCase; sent as snake_case), validated before any I/O.
 * @example OrderBookOrdersParamsSchema.safeParse({ marketId: 0, limit: 50 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const OrderBookOrdersParamsSchema = z.strictObject({
  /** Market index (`market_id`); unknown ids are venue code 21602. */
  marketId: P.marketId,
  /** Most resting orders per side (`limit`), 1..250. */
  limit: P.limit(250),
});
/** Input type of orderBookOrders. */
export type OrderBookOrdersParams = z.input<typeof OrderBookOrdersParamsSchema>;
/** Parsed response of orderBookOrders. */
export type OrderBookOrdersResponse = z.output<typeof OrderBookOrdersSchema>;

/**
 * Route spec of orderBookOrders (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, orderBookOrdersRoute, { marketId: 0, limit: 50 })
 * @throws never (a value)
 */
export const orderBookOrdersRoute = defineRoute({
  name: 'orderBookOrders',
  method: 'GET',
  path: '/api/v1/orderBookOrders',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: OrderBookOrdersParamsSchema,
  response: OrderBookOrdersSchema,
  // Hot path: models' hand-written check first, its schema on anything unusual (bench/order-book.bench.ts decides).
  fastParse: fastParseOrderBookOrders,
});

/**
 * Individual resting orders (not levels) on each side of a book; limit 1..250.
 * @example
 * const res = await orderBookOrders({ transport: createUndiciTransport({ baseUrl }) }, { marketId: 0, limit: 50 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function orderBookOrders(
  ctx: RouteContext,
  params: OrderBookOrdersParams,
  options?: CallOptions,
): Promise<OrderBookOrdersResponse> {
  return callRoute(ctx, orderBookOrdersRoute, params, options);
}
