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
import { AccountIndexParam, AuthParam, CursorParam, Limit100Param, MarketIdParam } from './params.js';
import type { RouteInfo } from './route.js';
import { TimestampMicrosSchema, TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${LIQUIDATIONS_ROUTE.path}` with method LIQUIDATIONS_ROUTE.method
 * @throws never (a constant)
 */
export const LIQUIDATIONS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/liquidations',
  weight: 300,
  auth: true,
  encoding: 'query',
};

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
      price: z.nullish(DecimalStringSchema),
      size: z.nullish(DecimalStringSchema),
      taker_fee: z.nullish(DecimalStringSchema),
      maker_fee: z.nullish(DecimalStringSchema),
      transaction_time: z.nullish(TimestampMicrosSchema),
    })
    .nullish(),
  info: z.looseObject({}).nullish(),
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
  liquidations: listOf(LiquidationSchema),
  next_cursor: z.string().nullish(),
});
/** Inferred {@link LiquidationInfosSchema}. */
export type LiquidationInfos = z.output<typeof LiquidationInfosSchema>;

/**
 * Query of `liquidations`.
 *
 * @example
 * const r = LiquidationsParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const LiquidationsParamsSchema = z.strictObject({
  accountIndex: AccountIndexParam,
  limit: Limit100Param,
  marketId: MarketIdParam.optional(),
  cursor: CursorParam.optional(),
  auth: AuthParam.optional(),
});
/** Inferred {@link LiquidationsParamsSchema}. */
export type LiquidationsParams = z.input<typeof LiquidationsParamsSchema>;

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
