/** `GET /api/v1/fundings` and `GET /api/v1/funding-rates` (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models Funding/FundingRate). */
import * as z from 'zod';
import { FUNDING_RESOLUTIONS } from '../constants/network.js';
import { type WithRaw, parseWith } from '../parse.js';
import {
  DecimalStringSchema,
  FloatSchema,
  MarketIdSchema,
  ResultCodeShape,
  lenientEnum,
  listOf,
} from '../schemas/primitives.js';
import { MarketIdParam, TimestampMsParam } from './params.js';
import type { RouteInfo } from './route.js';
import { TimestampSecondsSchema } from '../schemas/timestamp.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${FUNDINGS_ROUTE.path}` with method FUNDINGS_ROUTE.method
 * @throws never (a constant)
 */
export const FUNDINGS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/fundings',
  weight: 300,
  auth: false,
  encoding: 'query',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${FUNDING_RATES_ROUTE.path}` with method FUNDING_RATES_ROUTE.method
 * @throws never (a constant)
 */
export const FUNDING_RATES_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/funding-rates',
  weight: 300,
  auth: false,
  encoding: 'query',
};

/**
 * One funding round. `timestamp` is in **seconds**; `direction: long` ⇒ longs pay (docs/protocol/rest.md#conventions, docs/protocol/rest.md#response-models).
 *
 * @example
 * const r = FundingSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const FundingSchema = z.looseObject({
  timestamp: TimestampSecondsSchema,
  value: z.nullish(DecimalStringSchema),
  rate: DecimalStringSchema,
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
  resolution: z.string().nullish(),
  fundings: listOf(FundingSchema),
});
/** Inferred {@link FundingsSchema}. */
export type Fundings = z.output<typeof FundingsSchema>;

/**
 * Query of `fundings` (all required; bounds in ms; at most 100 rows per call).
 *
 * @example
 * const r = FundingsParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const FundingsParamsSchema = z.strictObject({
  marketId: MarketIdParam,
  resolution: z.enum(FUNDING_RESOLUTIONS),
  startTimestamp: TimestampMsParam,
  endTimestamp: TimestampMsParam,
  countBack: z.number().int().min(0).max(100),
});
/** Inferred {@link FundingsParamsSchema}. */
export type FundingsParams = z.input<typeof FundingsParamsSchema>;

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
