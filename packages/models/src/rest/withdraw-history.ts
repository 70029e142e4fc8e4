/** `GET /api/v1/withdraw/history` response (docs/protocol/rest.md#transactions, docs/protocol/rest.md#response-models WithdrawHistoryItem). */
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
 * One withdrawal (`status` failed | pending | claimable | refunded | completed; `type` secure | fast).
 *
 * @example
 * const r = WithdrawHistoryItemSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const WithdrawHistoryItemSchema = z.looseObject({
  /** Withdrawal id, kept as exact text. */
  id: IdStringSchema,
  /** Asset index withdrawn (3 = USDC). */
  asset_id: IntSchema,
  /** Amount, decimal string in coin units. */
  amount: DecimalStringSchema,
  /** When the withdrawal was requested, Unix ms. */
  timestamp: TimestampMsSchema,
  /** `failed`, `pending`, `claimable`, `refunded` or `completed`; an unknown status passes through. */
  status: lenientEnum(['failed', 'pending', 'claimable', 'refunded', 'completed'] as const),
  /** `secure` (through the L1 delay, see `withdrawalDelay`) or `fast` (`fastwithdraw`). */
  type: z.nullish(lenientEnum(['secure', 'fast'] as const)),
  /** Hash of the L1 transaction that paid it out, `0x` hex; absent until then. */
  l1_tx_hash: z.nullish(z.string()),
});
/** Inferred {@link WithdrawHistoryItemSchema}. */
export type WithdrawHistoryItem = z.output<typeof WithdrawHistoryItemSchema>;

/**
 * `WithdrawHistory` response.
 *
 * @example
 * const r = WithdrawHistorySchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const WithdrawHistorySchema = z.looseObject({
  ...ResultCodeShape,
  /** Withdrawals of this page; `null` becomes `[]`. */
  withdraws: listOf(WithdrawHistoryItemSchema),
  /** Opaque cursor of the next page; empty or absent on the last page. */
  cursor: z.nullish(z.string()),
});
/** Inferred {@link WithdrawHistorySchema}. */
export type WithdrawHistory = z.output<typeof WithdrawHistorySchema>;

/**
 * Parse a `withdraw/history` response.
 *
 * @example
 * parseWithdrawHistory(body).withdraws.length;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseWithdrawHistory(raw: unknown): WithRaw<WithdrawHistory> {
  return parseWith(WithdrawHistorySchema, raw, 'WithdrawHistory');
}
