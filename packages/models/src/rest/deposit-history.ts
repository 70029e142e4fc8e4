/** `GET /api/v1/deposit/history` (docs/protocol/rest.md#transactions, docs/protocol/rest.md#response-models DepositHistoryItem). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import {
  DecimalStringSchema,
  IdStringSchema,
  IntSchema,
  ResultCodeShape,
  lenientEnum,
  listOf,
} from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * One deposit (`status` failed | pending | completed | claimable).
 *
 * @example
 * const r = DepositHistoryItemSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const DepositHistoryItemSchema = z.looseObject({
  id: IdStringSchema,
  asset_id: IntSchema,
  amount: DecimalStringSchema,
  timestamp: TimestampMsSchema,
  status: lenientEnum(['failed', 'pending', 'completed', 'claimable'] as const),
  l1_tx_hash: z.string().nullish(),
});
/** Inferred {@link DepositHistoryItemSchema}. */
export type DepositHistoryItem = z.output<typeof DepositHistoryItemSchema>;

/**
 * `DepositHistory` response.
 *
 * @example
 * const r = DepositHistorySchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const DepositHistorySchema = z.looseObject({
  ...ResultCodeShape,
  deposits: listOf(DepositHistoryItemSchema),
  cursor: z.string().nullish(),
});
/** Inferred {@link DepositHistorySchema}. */
export type DepositHistory = z.output<typeof DepositHistorySchema>;

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
