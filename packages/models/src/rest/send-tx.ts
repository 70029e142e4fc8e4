/** `POST /api/v1/sendTx` and `/sendTxBatch` responses (docs/protocol/rest.md#transactions). */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import { IntSchema, ResultCodeShape } from '../schemas/primitives.js';

/**
 * `RespSendTx`. `code: 200` means the API server accepted the syntax; the sequencer may still reject.
 * `message` may carry a JSON string such as `{"ratelimit": "didn't use volume quota"}`.
 *
 * @example
 * const r = SendTxResponseSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const SendTxResponseSchema = z.looseObject({
  ...ResultCodeShape,
  /** Hash of the accepted tx (hex); confirm execution with `tx?by=hash` or the `account_tx` channel. */
  tx_hash: z.nullish(z.string()),
  /** When the sequencer expects to execute the tx, Unix ms. */
  predicted_execution_time_ms: z.nullish(IntSchema),
  /** Volume quota left after this tx (Premium/Plus accounts, docs/protocol/errors-and-limits.md#volume-quota). */
  volume_quota_remaining: z.nullish(IntSchema),
});
/** Inferred {@link SendTxResponseSchema}. */
export type SendTxResponse = z.output<typeof SendTxResponseSchema>;

/**
 * `RespSendTxBatch`: one code, a hash list, no per-tx result.
 *
 * @example
 * const r = SendTxBatchResponseSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const SendTxBatchResponseSchema = z.looseObject({
  ...ResultCodeShape,
  /** One hash per tx, in batch order; the batch has one `code`, no per-tx result. */
  tx_hash: z.nullish(z.array(z.string())),
  /** When the sequencer expects to execute the batch, Unix ms. */
  predicted_execution_time_ms: z.nullish(IntSchema),
  /** Volume quota left after the batch (Premium/Plus accounts, docs/protocol/errors-and-limits.md#volume-quota). */
  volume_quota_remaining: z.nullish(IntSchema),
});
/** Inferred {@link SendTxBatchResponseSchema}. */
export type SendTxBatchResponse = z.output<typeof SendTxBatchResponseSchema>;

/**
 * Parse a `sendTx` response.
 *
 * @example
 * parseSendTxResponse(body).tx_hash;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseSendTxResponse(raw: unknown): WithRaw<SendTxResponse> {
  return parseWith(SendTxResponseSchema, raw, 'SendTxResponse');
}

/**
 * Parse a `sendTxBatch` response.
 *
 * @example
 * parseSendTxBatchResponse(body).tx_hash; // ['…', '…']
 * @throws {LighterParseError} when the payload does not match
 */
export function parseSendTxBatchResponse(raw: unknown): WithRaw<SendTxBatchResponse> {
  return parseWith(SendTxBatchResponseSchema, raw, 'SendTxBatchResponse');
}
