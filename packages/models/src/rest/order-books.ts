/** `GET /api/v1/orderBooks`: market list with fees and minimums (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models OrderBook). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import {
  BoolSchema,
  DecimalStringSchema,
  IntSchema,
  MarketIdSchema,
  ResultCodeShape,
  lenientEnum,
  listOf,
} from '../schemas/primitives.js';
import { MarketFilterParam, MarketIdParam } from './params.js';
import type { RouteInfo } from './route.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${ORDER_BOOKS_ROUTE.path}` with method ORDER_BOOKS_ROUTE.method
 * @throws never (a constant)
 */
export const ORDER_BOOKS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/orderBooks',
  weight: 300,
  auth: false,
  encoding: 'query',
};

/**
 * Fields shared by every market description (OrderBook, Perps/SpotOrderBookDetail).
 *
 * @example
 * import { OrderBookMarketShape } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const OrderBookMarketShape = {
  symbol: z.string(),
  market_id: MarketIdSchema,
  market_type: lenientEnum(['perp', 'spot', 'binary'] as const),
  base_asset_id: z.nullish(IntSchema),
  quote_asset_id: z.nullish(IntSchema),
  status: lenientEnum(['active', 'inactive'] as const),
  /** Percent string, e.g. `"0.0000"` (docs/protocol/errors-and-limits.md#account-tiers). */
  taker_fee: DecimalStringSchema,
  maker_fee: DecimalStringSchema,
  is_taker_fee_enabled: z.nullish(BoolSchema),
  is_maker_fee_enabled: z.nullish(BoolSchema),
  liquidation_fee: z.nullish(DecimalStringSchema),
  min_base_amount: DecimalStringSchema,
  min_quote_amount: DecimalStringSchema,
  order_quote_limit: z.nullish(DecimalStringSchema),
  supported_size_decimals: IntSchema,
  supported_price_decimals: IntSchema,
  supported_quote_decimals: IntSchema,
};

/**
 * One market row of `orderBooks`.
 *
 * @example
 * const r = OrderBookSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const OrderBookSchema = z.looseObject(OrderBookMarketShape);
/** Inferred {@link OrderBookSchema}. */
export type OrderBook = z.output<typeof OrderBookSchema>;

/**
 * `OrderBooks` response.
 *
 * @example
 * const r = OrderBooksSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const OrderBooksSchema = z.looseObject({
  ...ResultCodeShape,
  order_books: listOf(OrderBookSchema),
});
/** Inferred {@link OrderBooksSchema}. */
export type OrderBooks = z.output<typeof OrderBooksSchema>;

/**
 * Query of `orderBooks` and `orderBookDetails`: `market_id` (255 = all), `filter`.
 *
 * @example
 * const r = OrderBooksParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const OrderBooksParamsSchema = z.strictObject({
  marketId: MarketIdParam.optional(),
  filter: MarketFilterParam.optional(),
});
/** Inferred {@link OrderBooksParamsSchema}. */
export type OrderBooksParams = z.input<typeof OrderBooksParamsSchema>;

/**
 * Parse an `orderBooks` response.
 *
 * @example
 * const books = parseOrderBooks(await res.json());
 * books.order_books[0]?.min_base_amount; // '0.0050'
 * @throws {LighterParseError} when the payload does not match
 */
export function parseOrderBooks(raw: unknown): WithRaw<OrderBooks> {
  return parseWith(OrderBooksSchema, raw, 'OrderBooks');
}
