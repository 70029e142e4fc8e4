/**
 * The one transaction pipeline of a (network, account, api key): reserve nonce -> sign -> send ->
 * classify, strictly in nonce order through the {@link TxSequencer}. It decides the tx expiry
 * (`ExpiredAt`) in one place, resends the same signed tx after a rate limit while it is unexpired
 * (docs/protocol/errors-and-limits.md#rate-limits: a 429 is refused before the sequencer, the nonce
 * is not consumed), and returns a discriminated {@link TxResult}: it never throws for a venue
 * answer. The outcome itself is classified once, in `@lighter-ts/http` (`TxSendError.outcome`).
 */
import { isTxSendError, type LighterHttpClient, type TxSendError } from '@lighter-ts/http';
import {
  isBatchTooLargeError,
  isNetworkMismatchError,
  VENUE_ERROR_CODE,
  volumeQuotaRemainingOf,
} from '@lighter-ts/models';
import type { SendClassification, TxSequencer } from '../nonce/sequencer.js';
import type { ExecSignedTx } from './contracts.js';
import { refsOf, type SentTxRef } from './results.js';

/** Venue code of an invalid nonce (docs/protocol/errors-and-limits.md#error-codes). */
export const INVALID_NONCE_CODE: number = VENUE_ERROR_CODE.INVALID_NONCE;
/** Wait after a 429 that carried no Retry-After. */
const DEFAULT_RETRY_AFTER_MS = 1_000;
/** A resend must reach the venue before `ExpiredAt`; this much head-room is kept for transit and clock skew. */
const RESEND_HEADROOM_MS = 1_000;

/**
 * What one pipeline run ended with. `accepted`: the API server took the tx(s); `rejected`: a
 * definitive venue refusal (not applied); `unknown`: may or may not land before `expiresAtMs`
 * (`rateLimited`: every send was refused by a rate limit, so it did not land, and the nonce
 * was not consumed); `denied`: nothing was sent (signing or nonce baseline failed locally, or aborted).
 */
export type TxResult =
  | {
      /** The API server took the tx(s). */
      readonly kind: 'accepted';
      /** Nonce and hash of every tx sent, in nonce order. */
      readonly txs: readonly SentTxRef[];
      /** `ExpiredAt` of the txs, Unix ms. */
      readonly expiresAtMs: number;
      /** How many times the run was re-signed after 21104 invalid nonce. */
      readonly nonceRetries: number;
      /** Volume quota the answer reported (Premium/Plus; docs/protocol/errors-and-limits.md#volume-quota); absent when it said nothing. */
      readonly volumeQuotaRemaining?: number;
    }
  | {
      /** Definitive venue refusal: not applied, nonce free again. */
      readonly kind: 'rejected';
      /** Nonce and hash of every tx sent (empty when a nonce resync after 21104 failed). */
      readonly txs: readonly SentTxRef[];
      /** The venue's numeric code (21xxx), when it sent one. */
      readonly venueCode: number | undefined;
      /** The venue's message. */
      readonly message: string;
      /** How many times the run was re-signed after 21104 invalid nonce. */
      readonly nonceRetries: number;
    }
  | {
      /** No definitive answer: the txs may still land before `expiresAtMs`. */
      readonly kind: 'unknown';
      /** Nonce and hash of every tx sent, for the in-flight prober. */
      readonly txs: readonly SentTxRef[];
      /** The venue's code when the failure carried one (23000 when rate limited). */
      readonly venueCode: number | undefined;
      /** What went wrong (timeout, connection lost, rate limit). */
      readonly message: string;
      /** `ExpiredAt` of the txs, Unix ms: after it they can no longer land. */
      readonly expiresAtMs: number;
      /** True when every send was refused by a rate limit: nothing landed and the nonce was not consumed. */
      readonly rateLimited: boolean;
      /** How many times the run was re-signed after 21104 invalid nonce. */
      readonly nonceRetries: number;
    }
  | {
      /** Nothing was sent: signing or the nonce baseline failed locally, or the command was aborted. */
      readonly kind: 'denied';
      /** Why, as text (the error's message). */
      readonly reason: string;
      /** The error that stopped the run. */
      readonly error: unknown;
    };

/** A run re-signed after a sequencer drop: tx i of `after` replaces tx i of `before`. */
export interface ResignedTxs {
  /** The txs the sequencer dropped. */
  readonly before: readonly SentTxRef[];
  /** Their re-signed replacements, in the same order. */
  readonly after: readonly SentTxRef[];
  /** `ExpiredAt` of the re-signed txs (Unix ms). */
  readonly expiresAtMs: number;
}

/** What a build callback receives: consecutive nonces from `firstNonce`, and the expiry to sign. */
export interface TxBuildInput {
  /** Nonce of the first tx; tx i signs `firstNonce + i`. */
  readonly firstNonce: bigint;
  /** How many txs to build (consecutive nonces reserved). */
  readonly count: number;
  /** `ExpiredAt` (Unix ms) every tx of this run must carry. */
  readonly expiredAt: number;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * @example
 * const pipeline = new TxPipeline({ sequencer, http, now: Date.now, txExpiryMs: 300_000 });
 * const r = await pipeline.execute({ build: ({ firstNonce, expiredAt }) => [signer.signCancelOrder({ marketIndex: 0, orderIndex: 7n, nonce: firstNonce, expiredAt })] });
 * if (r.kind === 'unknown') resolver.track(...);
 */
export class TxPipeline {
  readonly #sequencer: TxSequencer;
  readonly #http: LighterHttpClient;
  readonly #now: () => number;
  readonly #onResigned: ((p: ResignedTxs) => void) | undefined;
  /** Lifetime of every signed tx: `ExpiredAt` = now + this, in ms. */
  readonly txExpiryMs: number;
  readonly #onVolumeQuota: ((remaining: number) => void) | undefined;

  /** `onVolumeQuota` hears every remaining volume quota an accepted answer reports (account state keeps it). */
  constructor(params: {
    sequencer: TxSequencer;
    http: LighterHttpClient;
    now: () => number;
    txExpiryMs: number;
    onResigned?: (p: ResignedTxs) => void;
    onVolumeQuota?: (remaining: number) => void;
  }) {
    this.#sequencer = params.sequencer;
    this.#http = params.http;
    this.#now = params.now;
    this.txExpiryMs = params.txExpiryMs;
    this.#onResigned = params.onResigned;
    this.#onVolumeQuota = params.onVolumeQuota;
  }

  /**
   * The venue dropped the tx at `droppedNonce` after a 200 without consuming its nonce: re-sign and
   * resend what this pipeline sent after it (see {@link TxSequencer.recoverFromDrop}); each re-signed
   * run is reported to `onResigned`.
   * @throws resync errors (nothing resent)
   */
  recoverFromDrop(params: {
    droppedNonce: bigint;
    readNextNonce: (signal?: AbortSignal) => Promise<bigint>;
    signal?: AbortSignal;
  }): Promise<number> {
    return this.#sequencer.recoverFromDrop(params);
  }

  /** The `ExpiredAt` a tx signed now would carry (Unix ms). @throws never */
  expiresAtFromNow(): number {
    return this.#now() + this.txExpiryMs;
  }

  /**
   * Reserves `count` nonces, builds (signs) the txs, sends them as one sendTx (count 1) or one
   * sendTxBatch, and classifies the outcome. `onSigned` runs once, after the first signing and
   * before the first send (OrderSubmitted goes out there). `skipNonce` jumps the nonce (see the param).
   * @throws never (every outcome, local failures included, is a {@link TxResult})
   */
  async execute(params: {
    count?: number;
    /**
     * The run's first tx carries SkipNonce: its nonce jumps to the clock in ms when that is ahead of the
     * local sequence (docs/protocol/transactions.md#skip-nonce), and later runs continue from it.
     */
    skipNonce?: boolean;
    build: (input: TxBuildInput) => ExecSignedTx[];
    onSigned?: (txs: readonly SentTxRef[]) => void;
    signal?: AbortSignal;
  }): Promise<TxResult> {
    const count = params.count ?? 1;
    let expiredAt = 0;
    let announced = false;
    let lastSendError: TxSendError | undefined;
    try {
      const r = await this.#sequencer.run(
        {
          count,
          sign: ({ firstNonce }) => {
            expiredAt = this.expiresAtFromNow();
            const signed = params.build({ firstNonce, count, expiredAt });
            if (!announced) {
              announced = true;
              params.onSigned?.(refsOf(signed));
            }
            return signed;
          },
          send: (signed, signal) =>
            this.#sendUntilNotThrottled({ signed, count, expiredAt, signal, onError: (e) => (lastSendError = e) }),
          classify: classifySend,
          ...(params.skipNonce === true ? { skipNonceTo: () => BigInt(this.#now()) } : {}),
          onResigned: ({ before, after }) =>
            this.#onResigned?.({ before: refsOf(before), after: refsOf(after), expiresAtMs: expiredAt }),
        },
        params.signal === undefined ? {} : { signal: params.signal },
      );
      const txs = refsOf(r.signed);
      const base = { txs, nonceRetries: r.nonceRetries };
      if (r.error === undefined) {
        const volumeQuotaRemaining = volumeQuotaRemainingOf(r.result);
        if (volumeQuotaRemaining === undefined) return { kind: 'accepted', ...base, expiresAtMs: expiredAt };
        this.#onVolumeQuota?.(volumeQuotaRemaining);
        return { kind: 'accepted', ...base, expiresAtMs: expiredAt, volumeQuotaRemaining };
      }
      const e = r.error;
      const venueCode = isTxSendError(e) || isBatchTooLargeError(e) ? e.venueCode : undefined;
      const message = e instanceof Error ? e.message : String(e);
      if (isTxSendError(e) && e.outcome === 'rate-limited')
        return { kind: 'unknown', ...base, venueCode, message, expiresAtMs: expiredAt, rateLimited: true };
      // An invalid nonce that survived the re-signs is definitive (not applied).
      if (r.classification === 'rejected' || r.classification === 'invalid-nonce')
        return { kind: 'rejected', ...base, venueCode, message };
      return { kind: 'unknown', ...base, venueCode, message, expiresAtMs: expiredAt, rateLimited: false };
    } catch (error) {
      // Thrown by the sequencer before a send (sign error, nonce resync, closed, aborted) — or by the
      // resync after a 21104, which proved the sent tx was not applied.
      if (lastSendError !== undefined && lastSendError.venueCode === INVALID_NONCE_CODE) {
        return {
          kind: 'rejected',
          txs: [],
          venueCode: INVALID_NONCE_CODE,
          message: `${lastSendError.message}; nonce resync failed: ${errorText(error)}`,
          nonceRetries: 0,
        };
      }
      return { kind: 'denied', reason: errorText(error), error };
    }
  }

  /** One send, repeated with the same signed tx while the venue answers 429 and the tx is unexpired. */
  async #sendUntilNotThrottled(p: {
    signed: ExecSignedTx[];
    count: number;
    expiredAt: number;
    signal: AbortSignal | undefined;
    onError: (e: TxSendError) => void;
  }): Promise<unknown> {
    const opts = p.signal === undefined ? {} : { signal: p.signal };
    const wire = p.signed.map(wireOf);
    for (;;) {
      try {
        if (p.count === 1 && wire.length === 1) return await this.#http.sendTx(wire[0] as (typeof wire)[number], opts);
        return await this.#http.sendTxBatch({ txs: wire }, opts);
      } catch (e) {
        if (isTxSendError(e)) p.onError(e);
        if (!isTxSendError(e) || e.outcome !== 'rate-limited') throw e;
        const wait = e.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
        if (this.#now() + wait + RESEND_HEADROOM_MS >= p.expiredAt) throw e;
        // Aborted while waiting: the tx was never taken, report the rate limit (not an unknown send).
        await sleep(wait, p.signal).catch(() => {
          throw e;
        });
      }
    }
  }
}

/** What http needs to send a tx and to check the network it was signed for. */
function wireOf(tx: ExecSignedTx): {
  txType: number;
  txInfo: string;
  txHash: string;
  networkId?: string;
  chainId?: number;
} {
  return {
    txType: tx.txType,
    txInfo: tx.txInfo,
    txHash: tx.txHash,
    ...(tx.networkId === undefined ? {} : { networkId: tx.networkId }),
    ...(tx.chainId === undefined ? {} : { chainId: tx.chainId }),
  };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Nonce bookkeeping of a send result: 21104 re-signs, a definitive refusal or a rate limit gives
 * the nonce back (not consumed), anything else may have consumed it.
 * @example classifySend({ error })
 * @throws never
 */
export function classifySend(outcome: { result?: unknown; error?: unknown }): SendClassification {
  if (outcome.error === undefined) return 'ok';
  const e = outcome.error;
  // Refused before I/O (a tx of another network): nothing reached the venue, so it is definitive.
  if (isNetworkMismatchError(e)) return 'rejected';
  // 21514 or above the local cap: the whole batch was refused, nothing applied.
  if (isBatchTooLargeError(e)) return 'rejected';
  if (!isTxSendError(e)) return 'unknown';
  if (e.venueCode === INVALID_NONCE_CODE) return 'invalid-nonce';
  return e.outcome === 'unknown' ? 'unknown' : 'rejected';
}
