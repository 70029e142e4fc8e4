/** `GET /api/v1/fundings` and `GET /api/v1/funding-rates` (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models Funding/FundingRate). */
import * as z from 'zod';
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
  timestamp: TimestampSecondsSchema,
  value: DecimalStringSchema.nullish(),
  rate: DecimalStringSchema,
  direction: lenientEnum(['long', 'short'] as const).nullish(),
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
  resolution: z.string().nullish(),
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
  market_id: MarketIdSchema,
  exchange: lenientEnum(['binance', 'bybit', 'hyperliquid', 'lighter'] as const),
  symbol: z.string(),
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
