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
import { AccountIndexParam, AuthParam, CursorParam } from './params.js';
import type { RouteInfo } from './route.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${TRANSFER_HISTORY_ROUTE.path}` with method TRANSFER_HISTORY_ROUTE.method
 * @throws never (a constant)
 */
export const TRANSFER_HISTORY_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/transfer/history',
  weight: 300,
  auth: true,
  encoding: 'query',
};

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
  fee: z.nullish(DecimalStringSchema),
  timestamp: TimestampMsSchema,
  type: z.string(),
  from_l1_address: z.string().nullish(),
  to_l1_address: z.string().nullish(),
  from_account_index: z.nullish(IntSchema),
  to_account_index: z.nullish(IntSchema),
  from_route: z.nullish(lenientEnum(['spot', 'perps'] as const)),
  to_route: z.nullish(lenientEnum(['spot', 'perps'] as const)),
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
 * Query of `transfer/history`.
 *
 * @example
 * const r = TransferHistoryParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TransferHistoryParamsSchema = z.strictObject({
  accountIndex: AccountIndexParam,
  cursor: CursorParam.optional(),
  type: z.string().optional(),
  auth: AuthParam.optional(),
});
/** Inferred {@link TransferHistoryParamsSchema}. */
export type TransferHistoryParams = z.input<typeof TransferHistoryParamsSchema>;

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
