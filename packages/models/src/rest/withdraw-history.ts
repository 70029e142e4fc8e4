/** `GET /api/v1/withdraw/history` (docs/protocol/rest.md#transactions, docs/protocol/rest.md#response-models WithdrawHistoryItem). */
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
 * One withdrawal (`status` failed | pending | claimable | refunded | completed; `type` secure | fast).
 *
 * @example
 * const r = WithdrawHistoryItemSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const WithdrawHistoryItemSchema = z.looseObject({
  id: IdStringSchema,
  asset_id: IntSchema,
  amount: DecimalStringSchema,
  timestamp: TimestampMsSchema,
  status: lenientEnum(['failed', 'pending', 'claimable', 'refunded', 'completed'] as const),
  type: lenientEnum(['secure', 'fast'] as const).nullish(),
  l1_tx_hash: z.string().nullish(),
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
  withdraws: listOf(WithdrawHistoryItemSchema),
  cursor: z.string().nullish(),
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
