/** `GET /api/v1/pnl` (docs/protocol/rest.md#accounts, docs/protocol/rest.md#response-models PnLEntry): floats on the wire. */
import * as z from 'zod';
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
  timestamp: TimestampMsSchema,
  trade_pnl: FloatSchema.nullish(),
  trade_spot_pnl: FloatSchema.nullish(),
  inflow: FloatSchema.nullish(),
  outflow: FloatSchema.nullish(),
  spot_inflow: FloatSchema.nullish(),
  spot_outflow: FloatSchema.nullish(),
  pool_pnl: FloatSchema.nullish(),
  pool_inflow: FloatSchema.nullish(),
  pool_outflow: FloatSchema.nullish(),
  staking_pnl: FloatSchema.nullish(),
  staking_inflow: FloatSchema.nullish(),
  staking_outflow: FloatSchema.nullish(),
  pool_total_shares: FloatSchema.nullish(),
  staked_lit: FloatSchema.nullish(),
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
  resolution: z.string().nullish(),
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
