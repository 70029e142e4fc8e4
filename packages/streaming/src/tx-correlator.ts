import { LighterWsError, WS_ERROR_CODE, WsTxOutcomeUnknownError, WsTxRejectedError } from './errors.js';
import type { InboundFrame, JsonObject } from './frames.js';

/** Result of an accepted `jsonapi/sendtx`. */
export interface WsSendTxResult {
  /** Hash of the accepted tx (hex), as returned by the venue or predicted from the signed tx. */
  readonly txHash: string;
  /** Venue's predicted execution time (`predicted_execution_time_ms`, ms since the epoch), when sent. */
  readonly predictedExecutionTimeMs: number | undefined;
  /** The `jsonapi/sendtx` answer frame as received. */
  readonly raw: JsonObject;
}
/** Result of an accepted `jsonapi/sendtxbatch`. */
export interface WsSendTxBatchResult {
  /** Hashes of the accepted txs (hex), in batch order. */
  readonly txHashes: readonly string[];
  /** Venue's predicted execution time (`predicted_execution_time_ms`, ms since the epoch), when sent. */
  readonly predictedExecutionTimeMs: number | undefined;
  /** The `jsonapi/sendtxbatch` answer frame as received. */
  readonly raw: JsonObject;
}

type TxFrame = Extract<InboundFrame, { kind: 'tx' }>;

interface Pending {
  readonly id: string;
  readonly batch: boolean;
  readonly txHashes: readonly string[];
  readonly resolve: (frame: TxFrame) => void;
  readonly reject: (err: LighterWsError) => void;
  timer: ReturnType<typeof setTimeout> | undefined;
  cleanup: () => void;
}

/**
 * Matches `jsonapi/sendtx(batch)` replies to requests: by echoed `id`, else by echoed `tx_hash`
 * (docs/protocol/client-behaviour.md `2223963cac`), else the oldest pending request of the same kind (the
 * venue answers in order). Anything that leaves a request unanswered — timeout, disconnect,
 * abort after send — ends it as `outcome: 'unknown'`, never as a rejection.
 */
export class TxCorrelator {
  private readonly pending = new Map<string, Pending>();
  private nextId = Date.now();

  get size(): number {
    return this.pending.size;
  }

  /** Creates an id numeric-string like the venue's own clients use (CCXT `ccxt_sendtx_response.json`). */
  newId(): string {
    this.nextId += 1;
    return String(this.nextId);
  }

  /** Registers a request; the returned promise settles on reply, timeout or abort. */
  register(params: {
    id: string;
    batch: boolean;
    txHashes: readonly string[];
    timeoutMs: number;
    signal: AbortSignal | undefined;
  }): Promise<TxFrame> {
    return new Promise<TxFrame>((resolve, reject) => {
      const onAbort = (): void =>
        this.fail(
          params.id,
          new WsTxOutcomeUnknownError('aborted after the tx was sent; outcome unknown', {
            cause: params.signal?.reason,
            txHash: hashes(params),
          }),
        );
      const p: Pending = {
        id: params.id,
        batch: params.batch,
        txHashes: params.txHashes,
        resolve,
        reject,
        timer: setTimeout(
          () =>
            this.fail(
              params.id,
              new WsTxOutcomeUnknownError(`no reply within ${params.timeoutMs} ms; outcome unknown`, {
                txHash: hashes(params),
              }),
            ),
          params.timeoutMs,
        ),
        cleanup: () => params.signal?.removeEventListener('abort', onAbort),
      };
      this.pending.set(params.id, p);
      params.signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Routes a tx reply frame. Returns false when no request matched. */
  onTxFrame(frame: TxFrame): boolean {
    const p = this.match(frame);
    if (!p) return false;
    this.settle(p);
    if (frame.code === undefined || frame.code === 200) p.resolve(frame);
    else {
      p.reject(
        new WsTxRejectedError(frame.message ?? `tx rejected with code ${frame.code}`, {
          venueCode: frame.code,
          raw: frame.raw,
          ...(frame.txHash === undefined ? {} : { txHash: frame.txHash }),
        }),
      );
    }
    return true;
  }

  /**
   * A bare venue error frame (no id). Attributed to a pending tx only when exactly one is
   * pending and the code is a tx-range code (21xxx); other errors are not about txs.
   */
  onErrorFrame(code: number | undefined, message: string, raw: JsonObject): boolean {
    if (code === undefined || code < 21000 || code > 21999 || this.pending.size !== 1) return false;
    const p = this.pending.values().next().value as Pending;
    this.settle(p);
    p.reject(new WsTxRejectedError(message, { venueCode: code, raw, txHash: p.batch ? p.txHashes : p.txHashes[0] }));
    return true;
  }

  /** Ends every pending request as unknown (connection lost or client closed). */
  failAll(reason: string): void {
    for (const p of [...this.pending.values()]) {
      this.fail(
        p.id,
        new WsTxOutcomeUnknownError(`${reason}; outcome unknown`, { txHash: p.batch ? p.txHashes : p.txHashes[0] }),
      );
    }
  }

  /** Drops a request that never left (send failed): reject with a known, not-sent error. */
  notSent(id: string, cause: unknown): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.settle(p);
    p.reject(new LighterWsError('tx was not sent: socket unavailable', { code: WS_ERROR_CODE.NOT_CONNECTED, cause }));
  }

  private fail(id: string, err: LighterWsError): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.settle(p);
    p.reject(err);
  }

  private settle(p: Pending): void {
    this.pending.delete(p.id);
    if (p.timer) clearTimeout(p.timer);
    p.timer = undefined;
    p.cleanup();
  }

  private match(frame: TxFrame): Pending | undefined {
    if (frame.id !== undefined) {
      const byId = this.pending.get(frame.id);
      if (byId) return byId;
    }
    const h = frame.txHash;
    const first = typeof h === 'string' ? h : h?.[0];
    if (first !== undefined) {
      for (const p of this.pending.values()) if (p.txHashes.includes(first)) return p;
    }
    // An echoed id we no longer know (already timed out) must not be pinned on another request.
    if (frame.id !== undefined) return undefined;
    for (const p of this.pending.values()) if (p.batch === frame.batch) return p;
    return undefined;
  }
}

function hashes(p: { batch: boolean; txHashes: readonly string[] }): string | readonly string[] | undefined {
  return p.batch ? p.txHashes : p.txHashes[0];
}
