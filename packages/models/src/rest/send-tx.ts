/** `POST /api/v1/sendTx` and `/sendTxBatch` (docs/protocol/rest.md#transactions). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { IntSchema, ResultCodeShape } from '../schemas/primitives.js';
import type { RouteInfo } from './route.js';

/**
 * Route facts. Never auto-retried: a retry may double-submit a signed nonce (docs/protocol/client-behaviour.md).
 *
 * @example
 * `${baseUrl}${SEND_TX_ROUTE.path}` with method SEND_TX_ROUTE.method
 * @throws never (a constant)
 */
export const SEND_TX_ROUTE: RouteInfo = {
  method: 'POST',
  path: '/api/v1/sendTx',
  weight: 6,
  auth: false,
  encoding: 'form',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${SEND_TX_BATCH_ROUTE.path}` with method SEND_TX_BATCH_ROUTE.method
 * @throws never (a constant)
 */
export const SEND_TX_BATCH_ROUTE: RouteInfo = {
  method: 'POST',
  path: '/api/v1/sendTxBatch',
  weight: 6,
  auth: false,
  encoding: 'form',
};

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
  predicted_execution_time_ms: z.nullish(IntSchema),
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
  tx_hash: z.array(z.string()).nullish(),
  predicted_execution_time_ms: z.nullish(IntSchema),
  volume_quota_remaining: z.nullish(IntSchema),
});
/** Inferred {@link SendTxBatchResponseSchema}. */
export type SendTxBatchResponse = z.output<typeof SendTxBatchResponseSchema>;

/**
 * Form of `sendTx`: `tx_type`, `tx_info` (exact signed JSON text), optional `price_protection`.
 *
 * @example
 * const r = SendTxParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const SendTxParamsSchema = z.strictObject({
  txType: z.number().int().min(0).max(255),
  txInfo: z.string().min(2),
  priceProtection: z.boolean().optional(),
});
/** Inferred {@link SendTxParamsSchema}. */
export type SendTxParams = z.input<typeof SendTxParamsSchema>;

/**
 * Form of `sendTxBatch`: parallel arrays (encoded on the wire as JSON array strings).
 *
 * @example
 * const r = SendTxBatchParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const SendTxBatchParamsSchema = z
  .strictObject({
    txTypes: z.array(z.number().int().min(0).max(255)).min(1).max(50),
    txInfos: z.array(z.string().min(2)).min(1).max(50),
  })
  .refine((p) => p.txTypes.length === p.txInfos.length, {
    message: 'txTypes and txInfos must have the same length',
    path: ['txInfos'],
  });
/** Inferred {@link SendTxBatchParamsSchema}. */
export type SendTxBatchParams = z.input<typeof SendTxBatchParamsSchema>;

/**
 * Wire form fields of `sendTxBatch`: `tx_types` = `"[14,15]"`, `tx_infos` = JSON array of tx_info strings.
 *
 * @example
 * sendTxBatchForm({ txTypes: [14], txInfos: ['{"A":1}'] }); // { tx_types: '[14]', tx_infos: '["{\\"A\\":1}"]' }
 * @throws never (validate with {@link SendTxBatchParamsSchema} first)
 */
export function sendTxBatchForm(params: {
  txTypes: readonly number[];
  txInfos: readonly string[];
}): Record<string, string> {
  return { tx_types: JSON.stringify(params.txTypes), tx_infos: JSON.stringify(params.txInfos) };
}

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
