/**
 * Transaction lookups: `tx`, `txFromL1TxHash`, `accountTxs`, `txs`, `blockTxs` responses
 * (docs/protocol/rest.md#transactions, docs/protocol/rest.md#response-models EnrichedTx/Tx). `info` / `event_info` are JSON **strings**.
 */
import * as z from 'zod/mini';
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
  /** Tx hash (hex), as `sendTx` returned it. */
  hash: z.string(),
  /** Tx type code (`TX_TYPE`, docs/protocol/transactions.md#type-codes; 14 CreateOrder). */
  type: IntSchema,
  /** The signed tx_info as a JSON **string** (decode with `decodeTxJson`). */
  info: z.nullish(z.string()),
  /** What the tx did, a JSON **string** with short keys (docs/protocol/transactions.md#event-info). */
  event_info: z.nullish(z.string()),
  /** 0 failed, 1 pending, 2 executed, 3 pending-final (`TX_STATUS`). */
  status: z.nullish(IntSchema),
  /** Position of the tx in its block. */
  transaction_index: z.nullish(IntSchema),
  /** L1 address of the account that sent it, `0x` hex. */
  l1_address: z.nullish(z.string()),
  /** Account index that sent it. */
  account_index: z.nullish(IntSchema),
  /** Nonce the tx was signed with. */
  nonce: z.nullish(IntSchema),
  /** Expiry the tx was signed with (`ExpiredAt`), Unix ms. */
  expire_at: z.nullish(TimestampMsSchema),
  /** L2 block that includes it (0 while pending). */
  block_height: z.nullish(IntSchema),
  /** When the sequencer queued it, Unix ms. */
  queued_at: z.nullish(TimestampMsSchema),
  /** When it executed, Unix ms. */
  executed_at: z.nullish(TimestampMsSchema),
  /** Global sequence number of the tx (`tx?by=sequence_index`). */
  sequence_index: z.nullish(IntSchema),
  /** Hash of the tx this one derives from, when the venue links one; empty when none. */
  parent_hash: z.nullish(z.string()),
  /** API key index that signed it. */
  api_key_index: z.nullish(IntSchema),
  /** Time of the tx, Unix µs. */
  transaction_time: z.nullish(TimestampMicrosSchema),
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
  /** Result code of the lookup (200 = found); absent on some versions. */
  code: z.nullish(IntSchema),
  /** Venue text for `code`. */
  message: z.nullish(z.string()),
  /** When the block with the tx was committed to L1, Unix ms. */
  committed_at: z.nullish(TimestampMsSchema),
  /** When the block's proof was verified on L1, Unix ms. */
  verified_at: z.nullish(TimestampMsSchema),
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
  /** The transactions of the page or block; `null` becomes `[]`. */
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
