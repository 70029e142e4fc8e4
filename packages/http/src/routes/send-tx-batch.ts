/**
 * POST `/api/v1/sendTxBatch`: submit several signed txs at once. Form fields are JSON-encoded
 * arrays: `tx_types` = "[14,15]", `tx_infos` = array of tx_info strings (docs/protocol/rest.md#transactions).
 * All txs must share account and API key (21121) with increasing nonces (21105). Single-shot.
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import {
  BatchTooLargeError,
  DEFAULT_TX_BATCH_SIZE,
  MAX_TX_BATCH_SIZE,
  type SendTxBatchResponse,
  SendTxBatchResponseSchema,
  VENUE_ERROR_CODE,
} from '@lighter-ts/models';
import { isTxSendError } from '../error-guards.js';
import { SignedTxInputSchema, bindingOf, txAccountOf } from './send-tx.js';

/** Parameters of sendTxBatch. */
export const SendTxBatchParamsSchema = z.strictObject({
  /** Signed txs, 1..50 (sent as `tx_types` and `tx_infos` JSON arrays); one venue code for the whole batch. */
  txs: z.array(SignedTxInputSchema).check(z.minLength(1), z.maxLength(MAX_TX_BATCH_SIZE)),
});
/** Input type of sendTxBatch. */
export type SendTxBatchParams = z.input<typeof SendTxBatchParamsSchema>;

/**
 * Route spec of sendTxBatch (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, sendTxBatchRoute, { txs: [signedA, signedB] })
 * @throws never (a value)
 */
export const sendTxBatchRoute = defineRoute({
  name: 'sendTxBatch',
  method: 'POST',
  path: '/api/v1/sendTxBatch',
  weight: 6,
  auth: 'none',
  kind: 'tx',
  params: SendTxBatchParamsSchema,
  encode: (p) => ({
    tx_types: JSON.stringify(p.txs.map((t) => t.txType)),
    tx_infos: JSON.stringify(p.txs.map((t) => t.txInfo)),
  }),
  // All txs of a batch share one account (venue error 21121).
  accountOf: (p) => (p.txs[0] ? txAccountOf(p.txs[0].txInfo) : undefined),
  txHashes: (p) => p.txs.flatMap((t) => (t.txHash ? [t.txHash] : [])),
  boundTo: (p) => p.txs.map(bindingOf),
  response: SendTxBatchResponseSchema,
});

/**
 * Submit a batch of signed txs (one request, one rate-limit token). At most `ctx.maxTxBatchSize`
 * txs (default 15, configurable up to the venue's 50; docs/protocol/transactions.md#batches).
 * @example
 * await sendTxBatch(ctx, { txs: [signedCancel, signedCreate] }, { signal });
 * @throws {BatchTooLargeError} (models) more txs than the cap (before any I/O), or the venue's 21514 (nothing applied)
 * @throws {LighterInputError} empty batch, bad `txs.N.txInfo` (before any I/O)
 * @throws {NetworkMismatchError} (models) a tx of the batch was signed for another network (before any I/O)
 * @throws {TxSendError} any other failure, with `outcome` 'rejected' | 'unknown' and the known `txHashes`
 */
export async function sendTxBatch(
  ctx: RouteContext,
  params: SendTxBatchParams,
  options?: CallOptions,
): Promise<SendTxBatchResponse> {
  const limit = ctx.maxTxBatchSize ?? DEFAULT_TX_BATCH_SIZE;
  const received = Array.isArray(params.txs) ? params.txs.length : 0;
  if (received > limit) throw new BatchTooLargeError({ limit, received });
  try {
    return await callRoute(ctx, sendTxBatchRoute, params, options);
  } catch (e) {
    // A definitive refusal of the whole batch: one typed error, so callers can re-chunk.
    if (isTxSendError(e) && e.venueCode === VENUE_ERROR_CODE.BATCH_TOO_LARGE)
      throw new BatchTooLargeError({ limit: MAX_TX_BATCH_SIZE, received, venueCode: e.venueCode, cause: e });
    throw e;
  }
}
