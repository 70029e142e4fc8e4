/**
 * Transaction lookups: `tx`, `txFromL1TxHash`, `accountTxs`, `txs`, `blockTxs`
 * (docs/protocol/rest.md#transactions, docs/protocol/rest.md#response-models EnrichedTx/Tx). `info` / `event_info` are JSON **strings**.
 */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { TimestampMicrosSchema, TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * Fields of a `Tx`: `status` 0 failed, 1 pending, 2 executed, 3 pending-final.
 *
 * @example
 * import { TxShape } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const TxShape = {
  hash: z.string(),
  type: IntSchema,
  info: z.string().nullish(),
  event_info: z.string().nullish(),
  status: IntSchema.nullish(),
  transaction_index: IntSchema.nullish(),
  l1_address: z.string().nullish(),
  account_index: IntSchema.nullish(),
  nonce: IntSchema.nullish(),
  expire_at: TimestampMsSchema.nullish(),
  block_height: IntSchema.nullish(),
  queued_at: TimestampMsSchema.nullish(),
  executed_at: TimestampMsSchema.nullish(),
  sequence_index: IntSchema.nullish(),
  parent_hash: z.string().nullish(),
  api_key_index: IntSchema.nullish(),
  transaction_time: TimestampMicrosSchema.nullish(),
};

/**
 * One transaction (`accountTxs`, WS `account_tx`).
 *
 * @example
 * const r = TxSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TxSchema = z.looseObject(TxShape);
/** Inferred {@link TxSchema}. */
export type Tx = z.output<typeof TxSchema>;

/**
 * `EnrichedTx` (`tx`, `txFromL1TxHash`): Tx + commit/verify times and the envelope code.
 *
 * @example
 * const r = EnrichedTxSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const EnrichedTxSchema = z.looseObject({
  ...TxShape,
  code: IntSchema.nullish(),
  message: z.string().nullish(),
  committed_at: TimestampMsSchema.nullish(),
  verified_at: TimestampMsSchema.nullish(),
});
/** Inferred {@link EnrichedTxSchema}. */
export type EnrichedTx = z.output<typeof EnrichedTxSchema>;

/**
 * `Txs` response.
 *
 * @example
 * const r = TxsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TxsSchema = z.looseObject({
  ...ResultCodeShape,
  txs: listOf(TxSchema),
});
/** Inferred {@link TxsSchema}. */
export type Txs = z.output<typeof TxsSchema>;

/**
 * Parse one transaction object.
 *
 * @example
 * parseTx(obj).type; // 15
 * @throws {LighterParseError} when the payload does not match
 */
export function parseTx(raw: unknown): WithRaw<Tx> {
  return parseWith(TxSchema, raw, 'Tx');
}

/**
 * Parse a `tx` / `txFromL1TxHash` response.
 *
 * @example
 * parseEnrichedTx(body).status; // 2
 * @throws {LighterParseError} when the payload does not match
 */
export function parseEnrichedTx(raw: unknown): WithRaw<EnrichedTx> {
  return parseWith(EnrichedTxSchema, raw, 'EnrichedTx');
}

/**
 * Parse a `Txs` response.
 *
 * @example
 * parseTxs(body).txs.length;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseTxs(raw: unknown): WithRaw<Txs> {
  return parseWith(TxsSchema, raw, 'Txs');
}

/**
 * Decode a tx's `info` / `event_info` JSON string; `undefined` for empty or malformed text (never throws).
 *
 * @example
 * decodeTxJson('{"a":1}'); // { a: 1 }
 * @throws never
 */
export function decodeTxJson(text: string | null | undefined): unknown {
  if (text == null || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
