/**
 * Sending signed txs over the WebSocket: refuse what must not be sent (read-only connection, another
 * network), build the `jsonapi/sendtx(batch)` frame, send it once and wait for the correlated reply.
 * One job: tx submission; the client owns the connection and routes reply frames to the correlator.
 */
import { assertSameNetwork } from '@lighter-ts/models/constants';
import { LighterWsError, WS_ERROR_CODE } from './errors.js';
import type { InboundFrame } from './frames.js';
import type { ResolvedOptions } from './options.js';
import type { LighterSocket } from './socket/socket.js';
import type { TxCorrelator, WsSendTxBatchResult, WsSendTxResult } from './tx-correlator.js';
import { type WsSendTxBatchParams, type WsSendTxParams, buildSendTxBatchFrame, buildSendTxFrame } from './tx-frames.js';

/** What the tx sender needs from the connection. */
export interface TxSenderHost {
  /** The client's resolved options (read-only flag, network, batch cap, reply timeout). */
  readonly opts: ResolvedOptions;
  /** The correlator the client feeds reply and error frames to. */
  readonly txs: TxCorrelator;
  /** The current socket, if any. */
  socket(): LighterSocket | undefined;
  /** True while the client is open. */
  isOpen(): boolean;
}

/**
 * @internal Sends `sendTx` / `sendTxBatch` for a {@link LighterWsClient}; never retries (a retry could
 * double-submit a signed nonce, docs/protocol/client-behaviour.md).
 */
export class WsTxSender {
  constructor(private readonly host: TxSenderHost) {}

  /** Body of `LighterWsClient.sendTx`. */
  async sendTx(
    params: WsSendTxParams,
    options: { signal?: AbortSignal; timeoutMs?: number } = {},
  ): Promise<WsSendTxResult> {
    this.refuseOnReadOnly();
    this.checkNetwork([params]);
    const id = this.host.txs.newId();
    const text = buildSendTxFrame({ id, tx: params });
    const frame = await this.sendCorrelated({
      id,
      text,
      batch: false,
      txHashes: params.txHash ? [params.txHash] : [],
      ...options,
    });
    const h = frame.txHash;
    return {
      txHash: typeof h === 'string' ? h : (h?.[0] ?? params.txHash ?? ''),
      predictedExecutionTimeMs: numberOf(frame.raw.predicted_execution_time_ms),
      raw: frame.raw,
    };
  }

  /** Body of `LighterWsClient.sendTxBatch`. */
  async sendTxBatch(
    params: WsSendTxBatchParams,
    options: { signal?: AbortSignal; timeoutMs?: number } = {},
  ): Promise<WsSendTxBatchResult> {
    this.refuseOnReadOnly();
    if (params !== null && typeof params === 'object' && Array.isArray(params.txs)) this.checkNetwork(params.txs);
    const id = this.host.txs.newId();
    const text = buildSendTxBatchFrame({ id, batch: params, maxBatchSize: this.host.opts.maxBatchSize });
    const hashes = params.txs.map((t) => t.txHash).filter((h): h is string => typeof h === 'string');
    const frame = await this.sendCorrelated({ id, text, batch: true, txHashes: hashes, ...options });
    const h = frame.txHash;
    return {
      txHashes: Array.isArray(h) ? h : typeof h === 'string' ? [h] : hashes,
      predictedExecutionTimeMs: numberOf(frame.raw.predicted_execution_time_ms),
      raw: frame.raw,
    };
  }

  /**
   * A read-only connection (`readonly: true`, e.g. one running on a read-only API token) takes no
   * transactions (docs/protocol/rest.md#read-only-tokens): fail here, loudly, rather than send and wait for the
   * venue's 20001.
   */
  private refuseOnReadOnly(): void {
    if (this.host.opts.readonly) {
      throw new LighterWsError(
        'this connection is read-only (readonly: true) and takes no transactions; open one without readonly to trade',
        { code: WS_ERROR_CODE.READ_ONLY },
      );
    }
  }

  /** Refuse txs signed for another network; the two testnets share chain id 300, so ids are compared too. */
  private checkNetwork(txs: readonly WsSendTxParams[]): void {
    const network = this.host.opts.network;
    if (!network) return;
    for (const tx of txs) {
      if (tx !== null && typeof tx === 'object') assertSameNetwork({ network, item: tx, kind: 'signed tx' });
    }
  }

  private async sendCorrelated(p: {
    id: string;
    text: string;
    batch: boolean;
    txHashes: readonly string[];
    signal?: AbortSignal;
    timeoutMs?: number;
  }): Promise<Extract<InboundFrame, { kind: 'tx' }>> {
    if (p.signal?.aborted)
      throw new LighterWsError('aborted before send', { code: WS_ERROR_CODE.ABORTED, cause: p.signal.reason });
    const ws = this.host.socket();
    if (!this.host.isOpen() || !ws || ws.state() !== 'open') {
      throw new LighterWsError('not connected: tx not sent', { code: WS_ERROR_CODE.NOT_CONNECTED });
    }
    const timeoutMs = p.timeoutMs ?? this.host.opts.sendTxTimeoutMs;
    const reply = this.host.txs.register({
      id: p.id,
      batch: p.batch,
      txHashes: p.txHashes,
      timeoutMs,
      signal: p.signal,
    });
    ws.send(p.text, (err) => this.host.txs.notSent(p.id, err));
    return reply;
  }
}

function numberOf(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
