/**
 * WS transaction submission: outbound `jsonapi/sendtx` / `jsonapi/sendtxbatch` and their replies
 * (docs/protocol/websocket.md#sending-transactions).
 */
import * as z from 'zod';
import { IntSchema } from '../schemas/primitives.js';

/**
 * Reply to `jsonapi/sendtx`: `code` 200 = accepted by the API server; otherwise `message`.
 *
 * @example
 * const r = WsSendTxResultFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const WsSendTxResultFrameSchema = z.looseObject({
  type: z.literal('jsonapi/sendtx'),
  code: z.nullish(IntSchema),
  message: z.string().nullish(),
  id: z.string().nullish(),
  tx_hash: z.string().nullish(),
  predicted_execution_time_ms: z.nullish(IntSchema),
  volume_quota_remaining: z.nullish(IntSchema),
});
/** Inferred {@link WsSendTxResultFrameSchema}. */
export type WsSendTxResultFrame = z.output<typeof WsSendTxResultFrameSchema>;

/**
 * Reply to `jsonapi/sendtxbatch` (`tx_hash` is a list).
 *
 * @example
 * const r = WsSendTxBatchResultFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const WsSendTxBatchResultFrameSchema = z.looseObject({
  type: z.literal('jsonapi/sendtxbatch'),
  code: z.nullish(IntSchema),
  message: z.string().nullish(),
  id: z.string().nullish(),
  tx_hash: z.union([z.array(z.string()), z.string()]).nullish(),
  predicted_execution_time_ms: z.nullish(IntSchema),
  volume_quota_remaining: z.nullish(IntSchema),
});
/** Inferred {@link WsSendTxBatchResultFrameSchema}. */
export type WsSendTxBatchResultFrame = z.output<typeof WsSendTxBatchResultFrameSchema>;

/**
 * Outbound single tx: `tx_info` is the signed tx as a JSON object (or its text; the server accepts both).
 *
 * @example
 * const r = WsSendTxRequestSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const WsSendTxRequestSchema = z.strictObject({
  type: z.literal('jsonapi/sendtx'),
  data: z.strictObject({
    id: z.string().optional(),
    tx_type: z.number().int().min(0).max(255),
    tx_info: z.union([z.record(z.string(), z.unknown()), z.string()]),
  }),
});
/** Inferred {@link WsSendTxRequestSchema}. */
export type WsSendTxRequest = z.output<typeof WsSendTxRequestSchema>;

/**
 * Outbound batch: `tx_types` and `tx_infos` are JSON-encoded strings (`tx_infos` double-encoded).
 *
 * @example
 * const r = WsSendTxBatchRequestSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const WsSendTxBatchRequestSchema = z.strictObject({
  type: z.literal('jsonapi/sendtxbatch'),
  data: z.strictObject({
    id: z.string().optional(),
    tx_types: z.string(),
    tx_infos: z.string(),
  }),
});
/** Inferred {@link WsSendTxBatchRequestSchema}. */
export type WsSendTxBatchRequest = z.output<typeof WsSendTxBatchRequestSchema>;

/**
 * Build the outbound `jsonapi/sendtx` frame. `txInfo` is the exact signed JSON text; it is embedded as an
 * object, as the official SDKs do (docs/protocol/websocket.md#sending-transactions).
 *
 * @example
 * JSON.stringify(wsSendTxRequest({ txType: 14, txInfo: signed.txInfo, id: '1' }));
 * @throws {SyntaxError} when `txInfo` is not JSON text
 */
export function wsSendTxRequest(params: { txType: number; txInfo: string; id?: string }): WsSendTxRequest {
  const info = JSON.parse(params.txInfo) as Record<string, unknown>;
  return {
    type: 'jsonapi/sendtx',
    data: { ...(params.id === undefined ? {} : { id: params.id }), tx_type: params.txType, tx_info: info },
  };
}

/**
 * Build the outbound `jsonapi/sendtxbatch` frame.
 *
 * @example
 * wsSendTxBatchRequest({ txTypes: [14, 15], txInfos: [a, b] });
 * @throws never
 */
export function wsSendTxBatchRequest(params: {
  txTypes: readonly number[];
  txInfos: readonly string[];
  id?: string;
}): WsSendTxBatchRequest {
  return {
    type: 'jsonapi/sendtxbatch',
    data: {
      ...(params.id === undefined ? {} : { id: params.id }),
      tx_types: JSON.stringify(params.txTypes),
      tx_infos: JSON.stringify(params.txInfos),
    },
  };
}
