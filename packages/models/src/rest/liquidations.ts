/** `GET /api/v1/liquidations` (docs/protocol/rest.md#accounts, docs/protocol/rest.md#response-models Liquidation). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import {
  DecimalStringSchema,
  IdStringSchema,
  MarketIdSchema,
  ResultCodeShape,
  lenientEnum,
  listOf,
} from '../schemas/primitives.js';
import { TimestampMicrosSchema, TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * One liquidation (`type` partial | deleverage). `info` is kept loose.
 *
 * @example
 * const r = LiquidationSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const LiquidationSchema = z.looseObject({
  id: IdStringSchema,
  market_id: MarketIdSchema,
  type: lenientEnum(['partial', 'deleverage'] as const),
  trade: z
    .looseObject({
      price: DecimalStringSchema.nullish(),
      size: DecimalStringSchema.nullish(),
      taker_fee: DecimalStringSchema.nullish(),
      maker_fee: DecimalStringSchema.nullish(),
      transaction_time: TimestampMicrosSchema.nullish(),
    })
    .nullish(),
  info: z.looseObject({}).nullish(),
  executed_at: TimestampMsSchema.nullish(),
});
/** Inferred {@link LiquidationSchema}. */
export type Liquidation = z.output<typeof LiquidationSchema>;

/**
 * `LiquidationInfos` response.
 *
 * @example
 * const r = LiquidationInfosSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const LiquidationInfosSchema = z.looseObject({
  ...ResultCodeShape,
  liquidations: listOf(LiquidationSchema),
  next_cursor: z.string().nullish(),
});
/** Inferred {@link LiquidationInfosSchema}. */
export type LiquidationInfos = z.output<typeof LiquidationInfosSchema>;

/**
 * Parse a `liquidations` response.
 *
 * @example
 * parseLiquidationInfos(body).liquidations.length;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseLiquidationInfos(raw: unknown): WithRaw<LiquidationInfos> {
  return parseWith(LiquidationInfosSchema, raw, 'LiquidationInfos');
}
