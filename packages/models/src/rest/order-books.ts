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
  base_asset_id: IntSchema.nullish(),
  quote_asset_id: IntSchema.nullish(),
  status: lenientEnum(['active', 'inactive'] as const),
  /** Percent string, e.g. `"0.0000"` (docs/protocol/errors-and-limits.md#account-tiers). */
  taker_fee: DecimalStringSchema,
  maker_fee: DecimalStringSchema,
  is_taker_fee_enabled: BoolSchema.nullish(),
  is_maker_fee_enabled: BoolSchema.nullish(),
  liquidation_fee: DecimalStringSchema.nullish(),
  min_base_amount: DecimalStringSchema,
  min_quote_amount: DecimalStringSchema,
  order_quote_limit: DecimalStringSchema.nullish(),
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
