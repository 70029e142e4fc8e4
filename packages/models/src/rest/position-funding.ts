/** `GET /api/v1/positionFunding`: funding payments per position (docs/protocol/rest.md#accounts, docs/protocol/rest.md#response-models PositionFunding). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import {
  DecimalStringSchema,
  IntSchema,
  MarketIdSchema,
  ResultCodeShape,
  lenientEnum,
  listOf,
} from '../schemas/primitives.js';
import { AccountIndexParam, AuthParam, CursorParam, Limit100Param, MarketIdParam } from './params.js';
import type { RouteInfo } from './route.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${POSITION_FUNDING_ROUTE.path}` with method POSITION_FUNDING_ROUTE.method
 * @throws never (a constant)
 */
export const POSITION_FUNDING_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/positionFunding',
  weight: 300,
  auth: true,
  encoding: 'query',
};

/**
 * One funding payment.
 *
 * @example
 * const r = PositionFundingSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PositionFundingSchema = z.looseObject({
  timestamp: z.nullish(TimestampMsSchema),
  market_id: MarketIdSchema,
  funding_id: z.nullish(IntSchema),
  change: z.nullish(DecimalStringSchema),
  rate: z.nullish(DecimalStringSchema),
  position_size: z.nullish(DecimalStringSchema),
  position_side: z.nullish(lenientEnum(['long', 'short'] as const)),
  discount: z.nullish(DecimalStringSchema),
});
/** Inferred {@link PositionFundingSchema}. */
export type PositionFunding = z.output<typeof PositionFundingSchema>;

/**
 * `PositionFundings` response.
 *
 * @example
 * const r = PositionFundingsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PositionFundingsSchema = z.looseObject({
  ...ResultCodeShape,
  position_fundings: listOf(PositionFundingSchema),
  next_cursor: z.string().nullish(),
});
/** Inferred {@link PositionFundingsSchema}. */
export type PositionFundings = z.output<typeof PositionFundingsSchema>;

/**
 * Query of `positionFunding`.
 *
 * @example
 * const r = PositionFundingParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PositionFundingParamsSchema = z.strictObject({
  accountIndex: AccountIndexParam,
  limit: Limit100Param,
  marketId: MarketIdParam.optional(),
  cursor: CursorParam.optional(),
  side: z.enum(['long', 'short', 'all']).optional(),
  auth: AuthParam.optional(),
});
/** Inferred {@link PositionFundingParamsSchema}. */
export type PositionFundingParams = z.input<typeof PositionFundingParamsSchema>;

/**
 * Parse a `positionFunding` response.
 *
 * @example
 * parsePositionFundings(body).position_fundings[0]?.change;
 * @throws {LighterParseError} when the payload does not match
 */
export function parsePositionFundings(raw: unknown): WithRaw<PositionFundings> {
  return parseWith(PositionFundingsSchema, raw, 'PositionFundings');
}
