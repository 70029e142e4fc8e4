/**
 * WS transaction submission: outbound `jsonapi/sendtx` / `jsonapi/sendtxbatch` and their replies
 * (docs/protocol/websocket.md#sending-transactions).
 */
import * as z from 'zod/mini';
import { IntSchema } from '../schemas/primitives.js';

/**
 * Reply to `jsonapi/sendtx`: `code` 200 = accepted by the API server; otherwise `message`.
 *
 * @example
 * const r = WsSendTxResultFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const WsSendTxResultFrameSchema = z.looseObject({
  /** Always `jsonapi/sendtx`: the reply echoes the request type. */
  type: z.literal('jsonapi/sendtx'),
  /** `200` when the API server accepted the tx (not yet executed); a venue error code (21xxx) otherwise. */
  code: z.nullish(IntSchema),
  /** Venue error text when `code` is not 200; absent on success. */
  message: z.nullish(z.string()),
  /** The request's `id`, echoed so replies can be matched to requests; absent when none was sent. */
  id: z.nullish(z.string()),
  /** Hex hash of the accepted tx (also echoed by some failures). */
  tx_hash: z.nullish(z.string()),
  /** The venue's estimate of the time to execution, milliseconds. */
  predicted_execution_time_ms: z.nullish(IntSchema),
  /** Remaining volume quota of the account (docs/protocol/errors-and-limits.md#volume-quota); sent to Premium/Plus accounts only. */
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
  /** Always `jsonapi/sendtxbatch`: the reply echoes the request type. */
  type: z.literal('jsonapi/sendtxbatch'),
  /** `200` when the API server accepted the whole batch; a venue error code (e.g. 21514 batch too large) otherwise. */
  code: z.nullish(IntSchema),
  /** Venue error text when `code` is not 200; absent on success. */
  message: z.nullish(z.string()),
  /** The request's `id`, echoed; absent when none was sent. */
  id: z.nullish(z.string()),
  /** Hex hashes of the batch's txs in request order (a single string on some venue versions). */
  tx_hash: z.nullish(z.union([z.array(z.string()), z.string()])),
  /** The venue's estimate of the time to execution, milliseconds. */
  predicted_execution_time_ms: z.nullish(IntSchema),
  /** Remaining volume quota of the account (docs/protocol/errors-and-limits.md#volume-quota); Premium/Plus accounts only. */
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
  /** Always `jsonapi/sendtx`. */
  type: z.literal('jsonapi/sendtx'),
  /** The tx and an optional correlation id (no other keys allowed). */
  data: z.strictObject({
    /** Client-chosen correlation id the reply echoes; optional. */
    id: z.optional(z.string()),
    /** Tx type code 0-255 (`TX_TYPE`, e.g. 14 CreateOrder; docs/protocol/transactions.md#type-codes). */
    tx_type: z.int().check(z.minimum(0), z.maximum(255)),
    /** The signed tx_info as a JSON object (what the official SDKs send) or as its JSON text. */
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
  /** Always `jsonapi/sendtxbatch`. */
  type: z.literal('jsonapi/sendtxbatch'),
  /** The batch and an optional correlation id (no other keys allowed). */
  data: z.strictObject({
    /** Client-chosen correlation id the reply echoes; optional. */
    id: z.optional(z.string()),
    /** JSON text of the tx type codes, e.g. `"[14,15]"` (a string, not an array). */
    tx_types: z.string(),
    /** JSON text of an array of tx_info JSON texts (double-encoded), same order as `tx_types`. */
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
