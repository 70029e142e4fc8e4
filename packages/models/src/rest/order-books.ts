/** `GET /api/v1/orderBooks`: market list with fees and minimums (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models OrderBook). */
import * as z from 'zod/mini';
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
  /** Market symbol: base asset for perps (`"ETH"`), `BASE/QUOTE` for spot (`"ETH/USDC"`). */
  symbol: z.string(),
  /** Market index: perps 0-254, binary options 1000-2000, spot from 2048 (docs/protocol/binary-options.md#market-ids). */
  market_id: MarketIdSchema,
  /** `perp`, `spot` or `binary`; an unknown kind passes through as a string. */
  market_type: lenientEnum(['perp', 'spot', 'binary'] as const),
  /** Asset index of the base asset (`assetDetails`); absent on perps in older data. */
  base_asset_id: z.nullish(IntSchema),
  /** Asset index of the quote asset (3 = USDC collateral); absent on perps in older data. */
  quote_asset_id: z.nullish(IntSchema),
  /** `active` or `inactive` (no new orders); an unknown status passes through as a string. */
  status: lenientEnum(['active', 'inactive'] as const),
  /** Taker fee, percent string, e.g. `"0.0000"` (docs/protocol/errors-and-limits.md#account-tiers). */
  taker_fee: DecimalStringSchema,
  /** Maker fee, percent string, e.g. `"0.0000"` (docs/protocol/errors-and-limits.md#account-tiers). */
  maker_fee: DecimalStringSchema,
  /** Whether the taker fee is charged at all on this market; absent in older data. */
  is_taker_fee_enabled: z.nullish(BoolSchema),
  /** Whether the maker fee is charged at all on this market; absent in older data. */
  is_maker_fee_enabled: z.nullish(BoolSchema),
  /** Liquidation fee, percent string (e.g. `"1.0000"`); absent in older data. */
  liquidation_fee: z.nullish(DecimalStringSchema),
  /** Smallest order size, base-asset decimal string (e.g. `"0.0050"` ETH). */
  min_base_amount: DecimalStringSchema,
  /** Smallest order notional, quote decimal string (e.g. `"10.000000"` USDC). */
  min_quote_amount: DecimalStringSchema,
  /** Largest order notional, quote decimal string; absent in older data. */
  order_quote_limit: z.nullish(DecimalStringSchema),
  /** Decimals a size may have: sizes are integers of 10^-n base units on the wire (`base_amount`). */
  supported_size_decimals: IntSchema,
  /** Decimals a price may have: prices are integer ticks of 10^-n quote units on the wire. */
  supported_price_decimals: IntSchema,
  /** Decimals of quote amounts (6 for USDC). */
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
  /** One row per market matching `market_id` / `filter`; an unknown id gives `[]` (docs/protocol/rest.md#unknown-markets). */
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
