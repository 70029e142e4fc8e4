import { invalidArgument } from './channel.js';

/** Parameters of `sendTx` over WS (docs/protocol/websocket.md#sending-transactions). */
export interface WsSendTxParams {
  /** Tx type code (`TX_TYPE` in @lighter-ts/models, e.g. 14 = CreateOrder). */
  readonly txType: number;
  /** The signed tx_info, exact JSON text as produced by the signer (`SignedTx.txInfo`). */
  readonly txInfo: string;
  /** The signer's tx hash, used to correlate replies and reported on unknown outcomes. */
  readonly txHash?: string;
  /** Network the signer was built for (`SignedTx.networkId`); a client on another network refuses the tx. */
  readonly networkId?: string | undefined;
  /** Chain id signed into the tx (`SignedTx.chainId`); must match the client's network. */
  readonly chainId?: number | undefined;
}

/** Parameters of `sendTxBatch` over WS. */
export interface WsSendTxBatchParams {
  /** Signed txs of the batch, at most the client's `maxBatchSize` (default 15, venue cap 50). */
  readonly txs: readonly WsSendTxParams[];
}

function checkTx(tx: WsSendTxParams, field: string): void {
  if (typeof tx !== 'object' || tx === null) throw invalidArgument(field, 'must be an object');
  if (!Number.isInteger(tx.txType) || tx.txType < 0 || tx.txType > 255)
    throw invalidArgument(`${field}.txType`, 'must be an integer 0..255');
  if (typeof tx.txInfo !== 'string') throw invalidArgument(`${field}.txInfo`, 'must be the signed tx_info JSON string');
  let parsed: unknown;
  try {
    parsed = JSON.parse(tx.txInfo);
  } catch {
    throw invalidArgument(`${field}.txInfo`, 'is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw invalidArgument(`${field}.txInfo`, 'must be a JSON object');
  if (tx.txHash !== undefined && typeof tx.txHash !== 'string')
    throw invalidArgument(`${field}.txHash`, 'must be a string');
}

/**
 * Builds a `jsonapi/sendtx` frame. `tx_info` is embedded as a JSON object (PY/CCXT/NT do so)
 * by splicing the signer's exact text, so large integers are never re-serialised through floats.
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT`
 */
export function buildSendTxFrame(params: { id: string; tx: WsSendTxParams }): string {
  checkTx(params.tx, 'tx');
  return `{"type":"jsonapi/sendtx","data":{"id":${JSON.stringify(params.id)},"tx_type":${params.tx.txType},"tx_info":${params.tx.txInfo.trim()}}}`;
}

/**
 * Builds a `jsonapi/sendtxbatch` frame: `tx_types` and `tx_infos` are JSON-encoded strings,
 * `tx_infos` double-encoded (docs/protocol/websocket.md#sending-transactions).
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` (empty, too large, bad entry)
 */
export function buildSendTxBatchFrame(params: {
  id: string;
  batch: WsSendTxBatchParams;
  maxBatchSize: number;
}): string {
  const txs = params.batch?.txs;
  if (!Array.isArray(txs) || txs.length === 0) throw invalidArgument('txs', 'must be a non-empty array');
  if (txs.length > params.maxBatchSize) throw invalidArgument('txs', `must hold at most ${params.maxBatchSize} txs`);
  for (const [i, tx] of txs.entries()) checkTx(tx, `txs[${i}]`);
  const data = {
    id: params.id,
    tx_types: JSON.stringify(txs.map((t) => t.txType)),
    tx_infos: JSON.stringify(txs.map((t) => t.txInfo)),
  };
  return JSON.stringify({ type: 'jsonapi/sendtxbatch', data });
}
