/** `GET /api/v1/deposit/history` response (docs/protocol/rest.md#transactions, docs/protocol/rest.md#response-models DepositHistoryItem). */
import * as z from 'zod/mini';
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
  /** Deposit id, kept as exact text. */
  id: IdStringSchema,
  /** Asset index deposited (3 = USDC). */
  asset_id: IntSchema,
  /** Amount, decimal string in coin units. */
  amount: DecimalStringSchema,
  /** When the deposit was recorded, Unix ms. */
  timestamp: TimestampMsSchema,
  /** `failed`, `pending`, `completed` or `claimable`; an unknown status passes through as a string. */
  status: lenientEnum(['failed', 'pending', 'completed', 'claimable'] as const),
  /** Hash of the L1 transaction that made the deposit, `0x` hex. */
  l1_tx_hash: z.nullish(z.string()),
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
  /** Deposits of this page; `null` becomes `[]`. */
  deposits: listOf(DepositHistoryItemSchema),
  /** Opaque cursor of the next page; empty or absent on the last page. */
  cursor: z.nullish(z.string()),
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
