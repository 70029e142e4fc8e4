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
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * One funding payment.
 *
 * @example
 * const r = PositionFundingSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PositionFundingSchema = z.looseObject({
  timestamp: TimestampMsSchema.nullish(),
  market_id: MarketIdSchema,
  funding_id: IntSchema.nullish(),
  change: DecimalStringSchema.nullish(),
  rate: DecimalStringSchema.nullish(),
  position_size: DecimalStringSchema.nullish(),
  position_side: lenientEnum(['long', 'short'] as const).nullish(),
  discount: DecimalStringSchema.nullish(),
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
 * Parse a `positionFunding` response.
 *
 * @example
 * parsePositionFundings(body).position_fundings[0]?.change;
 * @throws {LighterParseError} when the payload does not match
 */
export function parsePositionFundings(raw: unknown): WithRaw<PositionFundings> {
  return parseWith(PositionFundingsSchema, raw, 'PositionFundings');
}
