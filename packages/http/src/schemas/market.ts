/** Market-data response schemas (lighter-api.md §4.1, §4.6). */
import { z } from 'zod';
import { dec, envelope, int, list } from './common.js';

/** Market type. */
export const marketType = z.string();

/** `OrderBook` row of orderBooks. */
export const OrderBookRowSchema = z.looseObject({
  symbol: z.string(),
  market_id: int,
  market_type: marketType.optional(),
  status: z.string().optional(),
  taker_fee: dec.optional(),
  maker_fee: dec.optional(),
  min_base_amount: dec.optional(),
  min_quote_amount: dec.optional(),
  supported_size_decimals: int.optional(),
  supported_price_decimals: int.optional(),
  supported_quote_decimals: int.optional(),
});
export const OrderBooksResponseSchema = z.looseObject({ ...envelope, order_books: list(OrderBookRowSchema) });

/** Perp/spot detail row of orderBookDetails. */
export const OrderBookDetailRowSchema = OrderBookRowSchema.extend({
  size_decimals: int,
  price_decimals: int,
  last_trade_price: z.number().nullish(),
});
export const OrderBookDetailsResponseSchema = z.looseObject({
  ...envelope,
  order_book_details: list(OrderBookDetailRowSchema),
  spot_order_book_details: list(OrderBookDetailRowSchema),
});

/** `SimpleOrder` (orderBookOrders): individual resting orders. */
export const SimpleOrderSchema = z.looseObject({
  order_index: int,
  order_id: z.string().optional(),
  owner_account_index: int.optional(),
  initial_base_amount: dec.optional(),
  remaining_base_amount: dec,
  price: dec,
  order_expiry: int.optional(),
});
export const OrderBookOrdersResponseSchema = z.looseObject({
  ...envelope,
  total_asks: int.optional(),
  asks: list(SimpleOrderSchema),
  total_bids: int.optional(),
  bids: list(SimpleOrderSchema),
});

/** `Trade` row. */
export const TradeSchema = z.looseObject({
  trade_id: int,
  trade_id_str: z.string().optional(),
  tx_hash: z.string().optional(),
  type: z.string().optional(),
  market_id: int,
  size: dec,
  price: dec,
  usd_amount: dec.optional(),
  is_maker_ask: z.boolean().optional(),
  timestamp: int,
});
export const TradesResponseSchema = z.looseObject({ ...envelope, next_cursor: z.string().nullish(), trades: list(TradeSchema) });

/** `Candle` (short keys). Candle values are JSON floats on the wire (lighter-api.md §2). */
export const CandleSchema = z.looseObject({ t: int, o: z.number(), h: z.number(), l: z.number(), c: z.number(), v: z.number().optional(), V: z.number().optional() });
export const CandlesResponseSchema = z.looseObject({ ...envelope, r: z.string().nullish(), c: list(CandleSchema) });

/** `Funding` row; `timestamp` in seconds (lighter-api.md §2). */
export const FundingSchema = z.looseObject({ timestamp: int, value: dec, rate: dec, direction: z.string() });
export const FundingsResponseSchema = z.looseObject({ ...envelope, resolution: z.string().nullish(), fundings: list(FundingSchema) });

export const FundingRatesResponseSchema = z.looseObject({
  ...envelope,
  funding_rates: list(z.looseObject({ market_id: int, exchange: z.string(), symbol: z.string(), rate: z.number() })),
});
export const ExchangeStatsResponseSchema = z.looseObject({ ...envelope, order_book_stats: list(z.looseObject({})) });
export const ExchangeMetricsResponseSchema = z.looseObject({ ...envelope, metrics: list(z.looseObject({ timestamp: int, data: z.number() })) });
export const ExecuteStatsResponseSchema = z.looseObject({ ...envelope, period: z.string().nullish(), result: list(z.looseObject({})) });
export const AssetDetailsResponseSchema = z.looseObject({
  ...envelope,
  asset_details: list(z.looseObject({ asset_id: int, symbol: z.string() })),
});
