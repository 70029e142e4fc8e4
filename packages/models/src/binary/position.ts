/**
 * A binary-option position as the account channels carry it: `bo_positions` in `account_all` and
 * `account_all_positions`, `bo_position` in `account_market` (docs/protocol/binary-options.md#websocket).
 * The official docs name the keys but not their fields, so only `market_id` is required and the rest is lenient.
 */
import * as z from 'zod';
import { DecimalStringSchema, IntSchema, MarketIdSchema } from '../schemas/primitives.js';

/**
 * One binary position. `position` is the share count (Up positive / Down negative where `sign` is absent).
 *
 * @example
 * const r = BinaryPositionSchema.safeParse({ market_id: 1001, position: '10.0000', sign: 1 });
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const BinaryPositionSchema = z.looseObject({
  market_id: MarketIdSchema,
  symbol: z.string().nullish(),
  sign: z.nullish(IntSchema),
  position: z.nullish(DecimalStringSchema),
  avg_entry_price: z.nullish(DecimalStringSchema),
  realized_pnl: z.nullish(DecimalStringSchema),
  unrealized_pnl: z.nullish(DecimalStringSchema),
});
/** Inferred {@link BinaryPositionSchema}. */
export type BinaryPosition = z.output<typeof BinaryPositionSchema>;
