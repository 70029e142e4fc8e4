/**
 * A binary-option position as the account channels carry it: `bo_positions` in `account_all` and
 * `account_all_positions`, `bo_position` in `account_market` (docs/protocol/binary-options.md#websocket).
 * The official docs name the keys but not their fields, so only `market_id` is required and the rest is lenient.
 */
import * as z from 'zod/mini';
import { DecimalStringSchema, IntSchema, MarketIdSchema } from '../schemas/primitives.js';

/**
 * One binary position. `position` is the share count (Up positive / Down negative where `sign` is absent).
 *
 * @example
 * const r = BinaryPositionSchema.safeParse({ market_id: 1001, position: '10.0000', sign: 1 });
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const BinaryPositionSchema = z.looseObject({
  /** Binary (Up/Down) market id, 1000-2000 so far (docs/protocol/binary-options.md#market-ids). */
  market_id: MarketIdSchema,
  /** Market symbol; field unverified. */
  symbol: z.nullish(z.string()),
  /** Direction as in perp positions: `1` Up (long), `-1` Down (short); field unverified. */
  sign: z.nullish(IntSchema),
  /** Share count, decimal string in shares (size decimals of the market); field unverified. */
  position: z.nullish(DecimalStringSchema),
  /** Average entry price in USDC per share (between 0 and the cap), decimal string; field unverified. */
  avg_entry_price: z.nullish(DecimalStringSchema),
  /** Realized PnL in USDC, decimal string; field unverified. */
  realized_pnl: z.nullish(DecimalStringSchema),
  /** Unrealized PnL in USDC at the current price, decimal string; field unverified. */
  unrealized_pnl: z.nullish(DecimalStringSchema),
});
/** Inferred {@link BinaryPositionSchema}. */
export type BinaryPosition = z.output<typeof BinaryPositionSchema>;
