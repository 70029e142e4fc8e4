/**
 * Send sequencer: take nonce -> sign -> send, strictly one job at a time, so transactions leave
 * in nonce order across every transport (parity S4, NT #4263 / `4fc001b66a`). A job that hits
 * an invalid nonce (21104) is re-signed with a fresh nonce after a resync — safe because 21104
 * proves the tx was not applied. Unknown outcomes keep the nonce consumed (optimistic); if that
 * was wrong the next tx sees 21104 and recovers the same way.
 */
import { EXECUTION_ERROR_CODE, ExecutionError } from '../errors.js';
import type { NonceManager } from './nonce-manager.js';

/** How a send ended, as far as nonces are concerned. */
export type SendClassification = 'ok' | 'invalid-nonce' | 'rejected' | 'unknown';

/** One unit of work: sign `count` txs with consecutive nonces, then send them together. */
export interface SequencedJob<S, R> {
  /** Number of nonces (1 for a single tx, n for a batch). */
  readonly count?: number;
  /** Signs with nonces first..first+count-1. Synchronous failures are local (no nonce spent). */
  sign(params: { firstNonce: bigint; count: number }): S;
  /** Sends the signed payload. */
  send(signed: S, signal?: AbortSignal): Promise<R>;
  /** Classifies the result (or thrown error) for nonce bookkeeping. */
  classify(outcome: { result?: R; error?: unknown }): SendClassification;
  /**
   * SkipNonce job (docs/protocol/transactions.md#skip-nonce): the lowest first nonce it wants. The
   * sequencer jumps the manager's next nonce up to it (never back) before reserving; every later job
   * continues from the new value, as the venue's strict sequence does.
   */
  skipNonceTo?(): bigint;
  /** Called when an accepted job was re-signed and resent after a sequencer drop before it ({@link TxSequencer.recoverFromDrop}). */
  onResigned?(p: { before: S; after: S }): void;
}

/** An accepted job whose nonces the venue may not have consumed yet. */
interface Unconfirmed {
  readonly first: bigint;
  readonly count: number;
  readonly signed: unknown;
  // biome-ignore lint/suspicious/noExplicitAny: jobs of every payload type share one list
  readonly job: SequencedJob<any, any>;
}

/** Accepted jobs remembered for a re-sign after a drop; older ones are long settled. */
const MAX_UNCONFIRMED = 256;

/** What the sequencer hands back. */
export interface SequencedResult<S, R> {
  /** What the sign callback returned for the last attempt. */
  readonly signed: S;
  /** What the send returned, when it did not throw. */
  readonly result?: R;
  /** What the send threw, when it did. */
  readonly error?: unknown;
  /** How the send was classified: `ok`, `invalid-nonce`, `rejected` or `unknown`. */
  readonly classification: SendClassification;
  /** How many times the job was re-signed after 21104. */
  readonly nonceRetries: number;
}

/**
 * @example
 * const seq = new TxSequencer({ nonces });
 * const r = await seq.run({ sign: ({ firstNonce }) => signer.signCreateOrder({ ..., nonce: firstNonce }), send: (tx) => http.sendTx(tx), classify });
 */
export class TxSequencer {
  /** The nonce manager of this (account, API key). */
  readonly nonces: NonceManager;
  /** How many times a job is re-signed after 21104 invalid nonce before it is reported rejected. */
  readonly maxNonceRetries: number;
  #tail: Promise<unknown> = Promise.resolve();
  #closed = false;
  #unconfirmed: Unconfirmed[] = [];
  #recoveredNonce: bigint | undefined;

  constructor(params: { nonces: NonceManager; maxNonceRetries?: number }) {
    this.nonces = params.nonces;
    this.maxNonceRetries = params.maxNonceRetries ?? 2;
  }

  /**
   * Queues a job behind every earlier job and runs it.
   * @throws ExecutionError NONCE when closed; a sign() error (nothing sent, nonce returned);
   *   resync errors (nothing sent)
   */
  run<S, R>(job: SequencedJob<S, R>, params: { signal?: AbortSignal } = {}): Promise<SequencedResult<S, R>> {
    if (this.#closed)
      return Promise.reject(new ExecutionError({ code: EXECUTION_ERROR_CODE.NONCE, message: 'sequencer closed' }));
    const p = this.#tail.then(() => this.#execute(job, params.signal));
    this.#tail = p.catch(() => {});
    return p;
  }

  async #execute<S, R>(job: SequencedJob<S, R>, signal?: AbortSignal): Promise<SequencedResult<S, R>> {
    const count = job.count ?? 1;
    let retries = 0;
    for (;;) {
      signal?.throwIfAborted();
      if (!this.nonces.ready) await this.nonces.resync(signal === undefined ? {} : { signal });
      if (job.skipNonceTo !== undefined) this.nonces.skipTo?.({ next: job.skipNonceTo() });
      const first = this.nonces.reserve(count);
      let signed: S;
      try {
        signed = job.sign({ firstNonce: first, count });
      } catch (e) {
        this.nonces.rollback({ first, count });
        throw e;
      }
      let result: R | undefined;
      let error: unknown;
      try {
        result = await job.send(signed, signal);
      } catch (e) {
        error = e;
      }
      const classification = job.classify(error === undefined ? { result } : { error });
      if (classification === 'invalid-nonce') {
        this.nonces.invalidate();
        if (retries < this.maxNonceRetries) {
          retries++;
          continue;
        }
      } else if (classification === 'rejected') {
        // A definitive venue rejection did not consume the nonce. After a jump, giving it back would
        // still leave the local sequence ahead of the venue's: re-read it instead.
        if (job.skipNonceTo === undefined) this.nonces.rollback({ first, count });
        else this.nonces.invalidate();
      } else if (classification === 'ok') {
        this.#unconfirmed.push({ first, count, signed, job });
        if (this.#unconfirmed.length > MAX_UNCONFIRMED) this.#unconfirmed.shift();
      }
      return error === undefined
        ? { signed, result, classification, nonceRetries: retries }
        : { signed, error, classification, nonceRetries: retries };
    }
  }

  /**
   * After the venue's sequencer dropped the tx at `droppedNonce` without consuming it
   * (docs/protocol/transactions.md#nonces): every tx accepted after it sits behind a nonce gap
   * and can never land. Queued behind earlier jobs, this re-reads the venue's next nonce and, if
   * it still equals `droppedNonce`, re-signs and resends those later jobs from it, in order. The
   * dropped tx itself is not resent. A second call for the same nonce does nothing.
   * @returns how many jobs were re-signed
   * @throws resync errors (nothing resent)
   */
  recoverFromDrop(params: {
    droppedNonce: bigint;
    readNextNonce: (signal?: AbortSignal) => Promise<bigint>;
    signal?: AbortSignal;
  }): Promise<number> {
    if (this.#closed) return Promise.resolve(0);
    const p = this.#tail.then(() => this.#recover(params));
    this.#tail = p.catch(() => {});
    return p;
  }

  async #recover(params: {
    droppedNonce: bigint;
    readNextNonce: (signal?: AbortSignal) => Promise<bigint>;
    signal?: AbortSignal;
  }): Promise<number> {
    const { droppedNonce, signal } = params;
    if (this.#recoveredNonce === droppedNonce) return 0;
    const next = await params.readNextNonce(signal);
    // The local baseline ran ahead of the venue's: the next send re-reads it either way.
    this.nonces.invalidate();
    this.#unconfirmed = this.#unconfirmed.filter((u) => u.first + BigInt(u.count) > next);
    // Something consumed the nonce meanwhile (the tx landed late, or another sender): no gap.
    if (next !== droppedNonce) return 0;
    this.#recoveredNonce = droppedNonce;
    const behind = this.#unconfirmed.filter((u) => u.first > droppedNonce).sort((a, b) => (a.first < b.first ? -1 : 1));
    this.#unconfirmed = [];
    let resent = 0;
    for (const u of behind) {
      const r = await this.#execute(u.job, signal);
      if (r.classification !== 'ok') continue;
      resent++;
      u.job.onResigned?.({ before: u.signed, after: r.signed });
    }
    return resent;
  }

  /** Rejects future jobs; queued jobs still finish. Idempotent. @throws never */
  close(): void {
    this.#closed = true;
  }
}
