/** `GET /api/v1/pnl` (docs/protocol/rest.md#accounts, docs/protocol/rest.md#response-models PnLEntry): floats on the wire. */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { FloatSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { AuthParam, TimestampMsParam } from './params.js';
import type { RouteInfo } from './route.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${PNL_ROUTE.path}` with method PNL_ROUTE.method
 * @throws never (a constant)
 */
export const PNL_ROUTE: RouteInfo = { method: 'GET', path: '/api/v1/pnl', weight: 300, auth: true, encoding: 'query' };

/**
 * One PnL point.
 *
 * @example
 * const r = PnlEntrySchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PnlEntrySchema = z.looseObject({
  timestamp: TimestampMsSchema,
  trade_pnl: z.nullish(FloatSchema),
  trade_spot_pnl: z.nullish(FloatSchema),
  inflow: z.nullish(FloatSchema),
  outflow: z.nullish(FloatSchema),
  spot_inflow: z.nullish(FloatSchema),
  spot_outflow: z.nullish(FloatSchema),
  pool_pnl: z.nullish(FloatSchema),
  pool_inflow: z.nullish(FloatSchema),
  pool_outflow: z.nullish(FloatSchema),
  staking_pnl: z.nullish(FloatSchema),
  staking_inflow: z.nullish(FloatSchema),
  staking_outflow: z.nullish(FloatSchema),
  pool_total_shares: z.nullish(FloatSchema),
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
  resolution: z.string().nullish(),
  pnl: listOf(PnlEntrySchema),
});
/** Inferred {@link AccountPnlSchema}. */
export type AccountPnl = z.output<typeof AccountPnlSchema>;

/**
 * Query of `pnl`.
 *
 * @example
 * const r = PnlParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PnlParamsSchema = z.strictObject({
  by: z.literal('index').optional(),
  value: z.string().min(1),
  resolution: z.enum(['1m', '5m', '15m', '1h', '4h', '1d']),
  startTimestamp: TimestampMsParam,
  endTimestamp: TimestampMsParam,
  countBack: z.number().int().min(0),
  ignoreTransfers: z.boolean().optional(),
  auth: AuthParam.optional(),
});
/** Inferred {@link PnlParamsSchema}. */
export type PnlParams = z.input<typeof PnlParamsSchema>;

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
