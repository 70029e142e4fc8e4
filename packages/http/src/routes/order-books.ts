/**
 * GET `/api/v1/orderBooks`: Market metadata for one market (or all: omit `marketId` / 255).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { UnknownMarketError } from '../errors.js';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { ALL_MARKETS, OrderBooksSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of orderBooks (camelCase; sent as snake_case), validated before any I/O.
 * @example OrderBooksParamsSchema.safeParse({ marketId: 0 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const OrderBooksParamsSchema = z.strictObject({
  /** One market (`market_id`); absent or 255 = every market. An id the venue does not list is an UnknownMarketError. */
  marketId: z.optional(P.marketId),
  /** Market kind: `perp`, `spot` or `all`. */
  filter: z.optional(z.enum(['all', 'spot', 'perp'])),
});
/** Input type of orderBooks. */
export type OrderBooksParams = z.input<typeof OrderBooksParamsSchema>;
/** Parsed response of orderBooks. */
export type OrderBooksResponse = z.output<typeof OrderBooksSchema>;

/**
 * Route spec of orderBooks (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, orderBooksRoute, { marketId: 0 })
 * @throws never (a value)
 */
export const orderBooksRoute = defineRoute({
  name: 'orderBooks',
  method: 'GET',
  path: '/api/v1/orderBooks',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: OrderBooksParamsSchema,
  response: OrderBooksSchema,
});

/**
 * Market metadata for one market (or all: omit `marketId` / 255).
 * @example
 * const res = await orderBooks({ transport: createUndiciTransport({ baseUrl }) }, { marketId: 0 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {UnknownMarketError} `marketId` given (not 255) and the venue lists no such market
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export async function orderBooks(
  ctx: RouteContext,
  params: OrderBooksParams = {},
  options?: CallOptions,
): Promise<OrderBooksResponse> {
  const r = await callRoute(ctx, orderBooksRoute, params, options);
  // An explicit market id that matches nothing is a caller error, not an empty market list.
  if (params.marketId !== undefined && params.marketId !== ALL_MARKETS && r.order_books.length === 0) {
    throw new UnknownMarketError({ route: 'orderBooks', marketId: params.marketId, filter: params.filter });
  }
  return r;
}
