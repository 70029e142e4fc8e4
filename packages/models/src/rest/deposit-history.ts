/** `GET /api/v1/deposit/history` (lighter-api.md §4.4, §4.6 DepositHistoryItem). */
import { z } from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { DecimalStringSchema, IdStringSchema, IntSchema, ResultCodeShape, lenientEnum, listOf } from '../schemas/primitives.js';
import { AccountIndexParam, AuthParam, CursorParam } from './params.js';
import type { RouteInfo } from './route.js';

/** Route facts. */
export const DEPOSIT_HISTORY_ROUTE: RouteInfo = { method: 'GET', path: '/api/v1/deposit/history', weight: 300, auth: true, encoding: 'query' };

/** One deposit (`status` failed | pending | completed | claimable). */
export const DepositHistoryItemSchema = z.looseObject({
  id: IdStringSchema,
  asset_id: IntSchema,
  amount: DecimalStringSchema,
  timestamp: IntSchema,
  status: lenientEnum(['failed', 'pending', 'completed', 'claimable'] as const),
  l1_tx_hash: z.string().nullish(),
});
/** Inferred {@link DepositHistoryItemSchema}. */
export type DepositHistoryItem = z.output<typeof DepositHistoryItemSchema>;

/** `DepositHistory` response. */
export const DepositHistorySchema = z.looseObject({
  ...ResultCodeShape,
  deposits: listOf(DepositHistoryItemSchema),
  cursor: z.string().nullish(),
});
/** Inferred {@link DepositHistorySchema}. */
export type DepositHistory = z.output<typeof DepositHistorySchema>;

/** Query of `deposit/history`. */
export const DepositHistoryParamsSchema = z.strictObject({
  accountIndex: AccountIndexParam,
  l1Address: z.string().min(1),
  cursor: CursorParam.optional(),
  filter: z.enum(['all', 'pending', 'claimable']).optional(),
  auth: AuthParam.optional(),
});
/** Inferred {@link DepositHistoryParamsSchema}. */
export type DepositHistoryParams = z.input<typeof DepositHistoryParamsSchema>;

/**
 * Parse a `deposit/history` response.
 *
 * @example
 * parseDepositHistory(body).deposits[0]?.status; // 'completed'
 * @throws {LighterParseError} when the payload does not match
 */
export function parseDepositHistory(raw: unknown): WithRaw<DepositHistory> {
  return parseWith(DepositHistorySchema, raw, 'DepositHistory');
}
