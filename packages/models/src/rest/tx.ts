/**
 * Transaction lookups: `tx`, `txFromL1TxHash`, `accountTxs`, `txs`, `blockTxs`
 * (docs/protocol/rest.md#transactions, docs/protocol/rest.md#response-models EnrichedTx/Tx). `info` / `event_info` are JSON **strings**.
 */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { AccountIndexParam, AuthParam, Limit100Param } from './params.js';
import type { RouteInfo } from './route.js';
import { TimestampMicrosSchema, TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${TX_ROUTE.path}` with method TX_ROUTE.method
 * @throws never (a constant)
 */
export const TX_ROUTE: RouteInfo = { method: 'GET', path: '/api/v1/tx', weight: 300, auth: false, encoding: 'query' };
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${TX_FROM_L1_TX_HASH_ROUTE.path}` with method TX_FROM_L1_TX_HASH_ROUTE.method
 * @throws never (a constant)
 */
export const TX_FROM_L1_TX_HASH_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/txFromL1TxHash',
  weight: 50,
  auth: false,
  encoding: 'query',
};
/**
 * Route facts (possibly retired from the 2026 spec, docs/protocol/rest.md#transactions).
 *
 * @example
 * `${baseUrl}${ACCOUNT_TXS_ROUTE.path}` with method ACCOUNT_TXS_ROUTE.method
 * @throws never (a constant)
 */
export const ACCOUNT_TXS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/accountTxs',
  weight: 300,
  auth: true,
  encoding: 'query',
};

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
  status: z.nullish(IntSchema),
  transaction_index: z.nullish(IntSchema),
  l1_address: z.string().nullish(),
  account_index: z.nullish(IntSchema),
  nonce: z.nullish(IntSchema),
  expire_at: z.nullish(TimestampMsSchema),
  block_height: z.nullish(IntSchema),
  queued_at: z.nullish(TimestampMsSchema),
  executed_at: z.nullish(TimestampMsSchema),
  sequence_index: z.nullish(IntSchema),
  parent_hash: z.string().nullish(),
  api_key_index: z.nullish(IntSchema),
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
  code: z.nullish(IntSchema),
  message: z.string().nullish(),
  committed_at: z.nullish(TimestampMsSchema),
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
  txs: listOf(TxSchema),
});
/** Inferred {@link TxsSchema}. */
export type Txs = z.output<typeof TxsSchema>;

/**
 * Query of `tx`.
 *
 * @example
 * const r = TxParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TxParamsSchema = z.strictObject({
  by: z.enum(['hash', 'sequence_index']),
  value: z.string().min(1),
});
/** Inferred {@link TxParamsSchema}. */
export type TxParams = z.input<typeof TxParamsSchema>;

/**
 * Query of `accountTxs`.
 *
 * @example
 * const r = AccountTxsParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountTxsParamsSchema = z.strictObject({
  by: z.literal('account_index').optional(),
  value: AccountIndexParam,
  limit: Limit100Param,
  index: z.number().int().min(0).optional(),
  types: z.array(z.number().int().min(0).max(255)).optional(),
  auth: AuthParam.optional(),
});
/** Inferred {@link AccountTxsParamsSchema}. */
export type AccountTxsParams = z.input<typeof AccountTxsParamsSchema>;

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
