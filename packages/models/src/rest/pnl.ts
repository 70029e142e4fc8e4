/** `GET /api/v1/pnl` response (docs/protocol/rest.md#accounts, docs/protocol/rest.md#response-models PnLEntry): floats on the wire. */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import { FloatSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * One PnL point.
 *
 * @example
 * const r = PnlEntrySchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PnlEntrySchema = z.looseObject({
  /** Start of the bucket, as the venue sends it (an integer kept in its unit). */
  timestamp: TimestampMsSchema,
  /** Perp trading PnL, USDC (JSON float, display only). */
  trade_pnl: z.nullish(FloatSchema),
  /** Spot trading PnL, USDC (JSON float). */
  trade_spot_pnl: z.nullish(FloatSchema),
  /** Perp-side deposits and transfers in, USDC (JSON float). */
  inflow: z.nullish(FloatSchema),
  /** Perp-side withdrawals and transfers out, USDC (JSON float). */
  outflow: z.nullish(FloatSchema),
  /** Spot-side inflow, USDC (JSON float). */
  spot_inflow: z.nullish(FloatSchema),
  /** Spot-side outflow, USDC (JSON float). */
  spot_outflow: z.nullish(FloatSchema),
  /** PnL of public-pool shares, USDC (JSON float). */
  pool_pnl: z.nullish(FloatSchema),
  /** USDC put into public pools (JSON float). */
  pool_inflow: z.nullish(FloatSchema),
  /** USDC taken out of public pools (JSON float). */
  pool_outflow: z.nullish(FloatSchema),
  /** PnL of the LIT staking pool position, USDC (JSON float). */
  staking_pnl: z.nullish(FloatSchema),
  /** Amount put into staking (JSON float). */
  staking_inflow: z.nullish(FloatSchema),
  /** Amount taken out of staking (JSON float). */
  staking_outflow: z.nullish(FloatSchema),
  /** Public-pool shares held at that time (JSON float). */
  pool_total_shares: z.nullish(FloatSchema),
  /** LIT staked at that time (JSON float). */
  staked_lit: z.nullish(FloatSchema),
});
/** Inferred {@link PnlEntrySchema}. */
export type PnlEntry = z.output<typeof PnlEntrySchema>;

/**
 * `AccountPnL` response.
 *
 * @example
 * const r = AccountPnlSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountPnlSchema = z.looseObject({
  ...ResultCodeShape,
  /** Bucket size of the series (`1m 5m 15m 1h 4h 1d`). */
  resolution: z.nullish(z.string()),
  /** PnL points, one per bucket; `null` becomes `[]`. */
  pnl: listOf(PnlEntrySchema),
});
/** Inferred {@link AccountPnlSchema}. */
export type AccountPnl = z.output<typeof AccountPnlSchema>;

/**
 * Parse a `pnl` response.
 *
 * @example
 * parseAccountPnl(body).pnl.length;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseAccountPnl(raw: unknown): WithRaw<AccountPnl> {
  return parseWith(AccountPnlSchema, raw, 'AccountPnl');
}
