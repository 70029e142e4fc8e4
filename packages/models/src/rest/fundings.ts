/** `GET /api/v1/fundings` and `GET /api/v1/funding-rates` responses (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models Funding/FundingRate). */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import {
  DecimalStringSchema,
  FloatSchema,
  MarketIdSchema,
  ResultCodeShape,
  lenientEnum,
  listOf,
} from '../schemas/primitives.js';
import { TimestampSecondsSchema } from '../schemas/timestamp.js';

/**
 * One funding round. `timestamp` is in **seconds**; `direction: long` ⇒ longs pay (docs/protocol/rest.md#conventions, docs/protocol/rest.md#response-models).
 *
 * @example
 * const r = FundingSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const FundingSchema = z.looseObject({
  /** Time of the funding round, Unix **seconds** (unlike most REST timestamps). */
  timestamp: TimestampSecondsSchema,
  /** Funding value of the round, decimal string; absent in some data. */
  value: z.nullish(DecimalStringSchema),
  /** Funding rate of the round, decimal string (magnitude; who pays is in `direction`). */
  rate: DecimalStringSchema,
  /** `long` ⇒ longs pay shorts, `short` ⇒ shorts pay longs. */
  direction: z.nullish(lenientEnum(['long', 'short'] as const)),
});
/** Inferred {@link FundingSchema}. */
export type Funding = z.output<typeof FundingSchema>;

/**
 * `Fundings` response.
 *
 * @example
 * const r = FundingsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const FundingsSchema = z.looseObject({
  ...ResultCodeShape,
  /** Resolution of the rounds (`1h` or `1d`, `FUNDING_RESOLUTIONS`). */
  resolution: z.nullish(z.string()),
  /** Funding rounds, at most 100 per call; `null` becomes `[]`. */
  fundings: listOf(FundingSchema),
});
/** Inferred {@link FundingsSchema}. */
export type Fundings = z.output<typeof FundingsSchema>;

/**
 * Current funding rate per market and exchange (`binance|bybit|hyperliquid|lighter`); `rate` is a float.
 *
 * @example
 * const r = FundingRateSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const FundingRateSchema = z.looseObject({
  /** Lighter market index the rate is listed under. */
  market_id: MarketIdSchema,
  /** Exchange the rate is quoted from: `binance`, `bybit`, `hyperliquid` or `lighter`; others pass through. */
  exchange: lenientEnum(['binance', 'bybit', 'hyperliquid', 'lighter'] as const),
  /** Market symbol (`"ETH"`). */
  symbol: z.string(),
  /** Current funding rate (JSON float, display only). */
  rate: FloatSchema,
});
/** Inferred {@link FundingRateSchema}. */
export type FundingRate = z.output<typeof FundingRateSchema>;

/**
 * `FundingRates` response.
 *
 * @example
 * const r = FundingRatesSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const FundingRatesSchema = z.looseObject({
  ...ResultCodeShape,
  /** One row per (market, exchange); `null` becomes `[]`. */
  funding_rates: listOf(FundingRateSchema),
});
/** Inferred {@link FundingRatesSchema}. */
export type FundingRates = z.output<typeof FundingRatesSchema>;

/**
 * Parse a `fundings` response.
 *
 * @example
 * parseFundings(body).fundings[0]?.rate; // '0.0012'
 * @throws {LighterParseError} when the payload does not match
 */
export function parseFundings(raw: unknown): WithRaw<Fundings> {
  return parseWith(FundingsSchema, raw, 'Fundings');
}

/**
 * Parse a `funding-rates` response.
 *
 * @example
 * parseFundingRates(body).funding_rates[0]?.exchange; // 'lighter'
 * @throws {LighterParseError} when the payload does not match
 */
export function parseFundingRates(raw: unknown): WithRaw<FundingRates> {
  return parseWith(FundingRatesSchema, raw, 'FundingRates');
}
