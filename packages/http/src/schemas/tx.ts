/** Order and transaction response schemas (lighter-api.md §4.3, §4.4, §4.6). */
import { z } from 'zod';
import { anyRow, cursor, dec, envelope, int, list } from './common.js';

/** `Order` (account orders). */
export const OrderSchema = z.looseObject({
  order_index: int,
  order_id: z.string().optional(),
  client_order_index: int.optional(),
  client_order_id: z.string().optional(),
  market_index: int,
  price: dec,
  initial_base_amount: dec.optional(),
  remaining_base_amount: dec.optional(),
  is_ask: z.boolean(),
  type: z.string().optional(),
  time_in_force: z.string().optional(),
  status: z.string(),
});
export const OrdersResponseSchema = z.looseObject({ ...envelope, next_cursor: cursor, orders: list(OrderSchema) });
export const ExportResponseSchema = z.looseObject({ ...envelope, data_url: z.string().nullish() });
export const NextNonceResponseSchema = z.looseObject({ ...envelope, nonce: int });
/** `RespSendTx`. */
export const SendTxResponseSchema = z.looseObject({
  ...envelope,
  tx_hash: z.string(),
  predicted_execution_time_ms: int.nullish(),
  volume_quota_remaining: int.nullish(),
});
/** `RespSendTxBatch`: one code, one hash per tx (lighter-api.md §4.4). */
export const SendTxBatchResponseSchema = z.looseObject({
  ...envelope,
  tx_hash: list(z.string()),
  predicted_execution_time_ms: int.nullish(),
  volume_quota_remaining: int.nullish(),
});
/** `Tx` / `EnrichedTx`; `info` and `event_info` are JSON strings. */
export const TxSchema = z.looseObject({
  hash: z.string(),
  type: int,
  info: z.string().nullish(),
  event_info: z.string().nullish(),
  status: int.optional(),
  account_index: int.optional(),
  nonce: int.optional(),
  sequence_index: int.optional(),
  block_height: int.optional(),
});
export const EnrichedTxResponseSchema = TxSchema.extend(envelope);
export const TxsResponseSchema = z.looseObject({ ...envelope, txs: list(TxSchema) });
export const DepositHistoryResponseSchema = z.looseObject({ ...envelope, deposits: list(anyRow), cursor });
export const WithdrawHistoryResponseSchema = z.looseObject({ ...envelope, withdraws: list(anyRow), cursor });
export const TransferHistoryResponseSchema = z.looseObject({ ...envelope, transfers: list(anyRow), cursor });
export const FastWithdrawInfoResponseSchema = z.looseObject({ ...envelope, to_account_index: int.nullish(), withdraw_limit: dec.nullish(), max_withdrawal_amount: dec.nullish() });
export const TxHashResponseSchema = z.looseObject({ ...envelope, tx_hash: z.string().nullish() });
