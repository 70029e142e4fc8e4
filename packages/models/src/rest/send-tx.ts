/** `POST /api/v1/sendTx` and `/sendTxBatch` (docs/protocol/rest.md#transactions). */
import * as z from 'zod';
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
  tx_hash: z.string().nullish(),
  predicted_execution_time_ms: IntSchema.nullish(),
  volume_quota_remaining: IntSchema.nullish(),
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
  tx_hash: z.array(z.string()).nullish(),
  predicted_execution_time_ms: IntSchema.nullish(),
  volume_quota_remaining: IntSchema.nullish(),
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
