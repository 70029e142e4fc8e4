/** `GET /api/v1/transfer/history` response (docs/protocol/rest.md#transactions, docs/protocol/rest.md#response-models TransferHistoryItem). */
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
 * One transfer. `type` e.g. `L2TransferInflow`, `L2TransferOutflow`, `L2SelfTransfer`.
 *
 * @example
 * const r = TransferHistoryItemSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TransferHistoryItemSchema = z.looseObject({
  /** Transfer id, kept as exact text. */
  id: IdStringSchema,
  /** Asset index transferred (3 = USDC). */
  asset_id: IntSchema,
  /** Amount, decimal string in coin units. */
  amount: DecimalStringSchema,
  /** Fee charged, decimal string in coin units; absent when none. */
  fee: z.nullish(DecimalStringSchema),
  /** When the transfer executed, Unix ms. */
  timestamp: TimestampMsSchema,
  /** Kind as the venue names it: `L2TransferInflow`, `L2TransferOutflow`, `L2SelfTransfer`, `L2BurnSharesInflow`, …. */
  type: z.string(),
  /** Sender's L1 address, `0x` hex. */
  from_l1_address: z.nullish(z.string()),
  /** Receiver's L1 address, `0x` hex. */
  to_l1_address: z.nullish(z.string()),
  /** Sender's account index. */
  from_account_index: z.nullish(IntSchema),
  /** Receiver's account index. */
  to_account_index: z.nullish(IntSchema),
  /** Side the amount left: `spot` or `perps` (`ROUTE_TYPE`); unknown values pass through. */
  from_route: z.nullish(lenientEnum(['spot', 'perps'] as const)),
  /** Side the amount arrived on: `spot` or `perps`; unknown values pass through. */
  to_route: z.nullish(lenientEnum(['spot', 'perps'] as const)),
  /** Hash of the transfer tx (hex). */
  tx_hash: z.nullish(z.string()),
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
  /** Transfers of this page; `null` becomes `[]`. */
  transfers: listOf(TransferHistoryItemSchema),
  /** Opaque cursor of the next page; empty or absent on the last page. */
  cursor: z.nullish(z.string()),
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
