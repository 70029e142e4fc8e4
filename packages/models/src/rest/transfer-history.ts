/** `GET /api/v1/transfer/history` (docs/protocol/rest.md#transactions, docs/protocol/rest.md#response-models TransferHistoryItem). */
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
 * One transfer. `type` e.g. `L2TransferInflow`, `L2TransferOutflow`, `L2SelfTransfer`.
 *
 * @example
 * const r = TransferHistoryItemSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TransferHistoryItemSchema = z.looseObject({
  id: IdStringSchema,
  asset_id: IntSchema,
  amount: DecimalStringSchema,
  fee: DecimalStringSchema.nullish(),
  timestamp: TimestampMsSchema,
  type: z.string(),
  from_l1_address: z.string().nullish(),
  to_l1_address: z.string().nullish(),
  from_account_index: IntSchema.nullish(),
  to_account_index: IntSchema.nullish(),
  from_route: lenientEnum(['spot', 'perps'] as const).nullish(),
  to_route: lenientEnum(['spot', 'perps'] as const).nullish(),
  tx_hash: z.string().nullish(),
});
/** Inferred {@link TransferHistoryItemSchema}. */
export type TransferHistoryItem = z.output<typeof TransferHistoryItemSchema>;

/**
 * `TransferHistory` response (`cursor` for the next page).
 *
 * @example
 * const r = TransferHistorySchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TransferHistorySchema = z.looseObject({
  ...ResultCodeShape,
  transfers: listOf(TransferHistoryItemSchema),
  cursor: z.string().nullish(),
});
/** Inferred {@link TransferHistorySchema}. */
export type TransferHistory = z.output<typeof TransferHistorySchema>;

/**
 * Parse a `transfer/history` response.
 *
 * @example
 * parseTransferHistory(body).transfers[0]?.amount; // '11.000000'
 * @throws {LighterParseError} when the payload does not match
 */
export function parseTransferHistory(raw: unknown): WithRaw<TransferHistory> {
  return parseWith(TransferHistorySchema, raw, 'TransferHistory');
}
