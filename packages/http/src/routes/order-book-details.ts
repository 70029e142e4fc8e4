/**
 * GET `/api/v1/orderBookDetails`: Market details with decimals, margin fractions and daily stats (perp and spot lists).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { UnknownMarketError } from '../errors.js';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { ALL_MARKETS, OrderBookDetailsSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of orderBookDetails (camelCase; sent as snake_case), validated before any I/O.
 * @example OrderBookDetailsParamsSchema.safeParse({ filter: 'perp' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const OrderBookDetailsParamsSchema = z.strictObject({
  /** One market (`market_id`); absent or 255 = every market. An id the venue does not list is an UnknownMarketError. */
  marketId: z.optional(P.marketId),
  /** Market kind: `perp`, `spot` or `all`. */
  filter: z.optional(z.enum(['all', 'spot', 'perp'])),
});
/** Input type of orderBookDetails. */
export type OrderBookDetailsParams = z.input<typeof OrderBookDetailsParamsSchema>;
/** Parsed response of orderBookDetails. */
export type OrderBookDetailsResponse = z.output<typeof OrderBookDetailsSchema>;

/**
 * Route spec of orderBookDetails (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, orderBookDetailsRoute, { filter: 'perp' })
 * @throws never (a value)
 */
export const orderBookDetailsRoute = defineRoute({
  name: 'orderBookDetails',
  method: 'GET',
  path: '/api/v1/orderBookDetails',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: OrderBookDetailsParamsSchema,
  response: OrderBookDetailsSchema,
});

/**
 * Market details with decimals, margin fractions and daily stats (perp and spot lists).
 * @example
 * const res = await orderBookDetails({ transport: createUndiciTransport({ baseUrl }) }, { filter: 'perp' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {UnknownMarketError} `marketId` given (not 255) and the venue lists no such market
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export async function orderBookDetails(
  ctx: RouteContext,
  params: OrderBookDetailsParams = {},
  options?: CallOptions,
): Promise<OrderBookDetailsResponse> {
  const r = await callRoute(ctx, orderBookDetailsRoute, params, options);
  // An explicit market id that matches nothing is a caller error, not an empty market list.
  if (
    params.marketId !== undefined &&
    params.marketId !== ALL_MARKETS &&
    r.order_book_details.length === 0 &&
    r.spot_order_book_details.length === 0
  ) {
    throw new UnknownMarketError({ route: 'orderBookDetails', marketId: params.marketId, filter: params.filter });
  }
  return r;
}
