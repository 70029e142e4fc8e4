/** `GET /api/v1/positionFunding` response: funding payments per position (docs/protocol/rest.md#accounts, docs/protocol/rest.md#response-models PositionFunding). */
import * as z from 'zod/mini';
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
  /** Time of the funding payment, as the venue sends it (an integer kept in its unit). */
  timestamp: z.nullish(TimestampMsSchema),
  /** Market index of the position. */
  market_id: MarketIdSchema,
  /** Id of the funding round. */
  funding_id: z.nullish(IntSchema),
  /** Amount paid (negative) or received (positive), USDC decimal string. */
  change: z.nullish(DecimalStringSchema),
  /** Funding rate applied, decimal string. */
  rate: z.nullish(DecimalStringSchema),
  /** Position size at the time, base-asset decimal string. */
  position_size: z.nullish(DecimalStringSchema),
  /** `long` or `short`; an unknown side passes through as a string. */
  position_side: z.nullish(lenientEnum(['long', 'short'] as const)),
  /** Funding discount applied, USDC decimal string. */
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
  /** Funding payments of the page; `null` becomes `[]`. */
  position_fundings: listOf(PositionFundingSchema),
  /** Opaque cursor of the next page; empty or absent on the last page. */
  next_cursor: z.nullish(z.string()),
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
