/** `GET /api/v1/liquidations` response (docs/protocol/rest.md#accounts, docs/protocol/rest.md#response-models Liquidation). */
import * as z from 'zod/mini';
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
  /** Liquidation id, kept as exact text. */
  id: IdStringSchema,
  /** Market index of the liquidated position. */
  market_id: MarketIdSchema,
  /** `partial` (sold into the book) or `deleverage` (auto-deleveraged against a counterparty). */
  type: lenientEnum(['partial', 'deleverage'] as const),
  /** The liquidation fill: `price`, `size`, `taker_fee`, `maker_fee` (decimal strings), `transaction_time` (µs). */
  trade: z.nullish(
    z.looseObject({
      /** Fill price, quote decimal string. */
      price: z.nullish(DecimalStringSchema),
      /** Filled size, base-asset decimal string. */
      size: z.nullish(DecimalStringSchema),
      /** Taker fee of the fill, decimal string. */
      taker_fee: z.nullish(DecimalStringSchema),
      /** Maker fee of the fill, decimal string. */
      maker_fee: z.nullish(DecimalStringSchema),
      /** Time of the fill, Unix µs. */
      transaction_time: z.nullish(TimestampMicrosSchema),
    }),
  ),
  /** Risk details (`positions`, `risk_info_before`, `risk_info_after`, `mark_prices`), kept loose. */
  info: z.nullish(z.looseObject({})),
  /** When the liquidation executed, Unix ms. */
  executed_at: z.nullish(TimestampMsSchema),
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
  /** Liquidations of the page; `null` becomes `[]`. */
  liquidations: listOf(LiquidationSchema),
  /** Opaque cursor of the next page; empty or absent on the last page. */
  next_cursor: z.nullish(z.string()),
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
