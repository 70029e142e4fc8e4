/**
 * Sends signed txs through the one sequencer of this (network, account, api key), over HTTP
 * (single-shot: never retried, docs/protocol/client-behaviour.md), and classifies the outcome for both the
 * nonce manager and the emission policy (parity §2.3): only a structured venue answer is
 * 'rejected'; everything else that may have landed is 'unknown'.
 */
import { isTxSendError, type LighterHttpClient } from '@lighter-ts/http';
import { isNetworkMismatchError } from '@lighter-ts/models';
import type { SendClassification, SequencedResult, TxSequencer } from '../nonce/sequencer.js';
import type { ExecSignedTx } from './contracts.js';

/** Venue code of an invalid nonce (docs/protocol/errors-and-limits.md#error-codes). */
export const INVALID_NONCE_CODE = 21104;

/** Outcome of one send. */
export interface TxOutcomeResult {
  readonly classification: SendClassification;
  readonly signed: readonly ExecSignedTx[];
  readonly venueCode: number | undefined;
  readonly message: string | undefined;
  readonly nonceRetries: number;
}

/**
 * Classifies a send error (or success).
 * @example classifySend({ error })
 * @throws never
 */
export function classifySend(outcome: { result?: unknown; error?: unknown }): SendClassification {
  if (outcome.error === undefined) return 'ok';
  const e = outcome.error;
  // Refused before I/O (tx of another network): nothing reached the venue, so it is definitive.
  if (isNetworkMismatchError(e)) return 'rejected';
  if (isTxSendError(e)) {
    if (e.venueCode === INVALID_NONCE_CODE) return 'invalid-nonce';
    return e.outcome === 'rejected' ? 'rejected' : 'unknown';
  }
  const code = (e as { venueCode?: unknown } | null)?.venueCode;
  if (code === INVALID_NONCE_CODE) return 'invalid-nonce';
  return 'unknown';
}

/** What http needs to send a tx and to check its network. */
function wireOf(tx: ExecSignedTx): { txType: number; txInfo: string; txHash: string; networkId?: string; chainId?: number } {
  return {
    txType: tx.txType,
    txInfo: tx.txInfo,
    txHash: tx.txHash,
    ...(tx.networkId === undefined ? {} : { networkId: tx.networkId }),
    ...(tx.chainId === undefined ? {} : { chainId: tx.chainId }),
  };
}

function details(error: unknown): { venueCode: number | undefined; message: string | undefined } {
  if (error === undefined) return { venueCode: undefined, message: undefined };
  const venueCode = (error as { venueCode?: unknown } | null)?.venueCode;
  return {
    venueCode: typeof venueCode === 'number' ? venueCode : undefined,
    message: error instanceof Error ? error.message : String(error),
  };
}

/**
 * @example
 * const sender = new TxSender({ sequencer, http });
 * const r = await sender.send({ sign: (nonce) => [signer.signCreateOrder({ ...params, nonce })] });
 */
export class TxSender {
  readonly #sequencer: TxSequencer;
  readonly #http: LighterHttpClient;

  constructor(params: { sequencer: TxSequencer; http: LighterHttpClient }) {
    this.#sequencer = params.sequencer;
    this.#http = params.http;
  }

  /**
   * Reserves `count` nonces, signs (synchronously, in nonce order) and sends one tx or a batch.
   * `onSigned` runs after signing and before the send (OrderSubmitted goes out there).
   * @throws the sign callback's error (nothing was sent); resync errors (nothing was sent)
   */
  async send(params: {
    count?: number;
    sign: (firstNonce: bigint, count: number) => ExecSignedTx[];
    onSigned?: (signed: readonly ExecSignedTx[]) => void;
    signal?: AbortSignal;
  }): Promise<TxOutcomeResult> {
    const http = this.#http;
    const count = params.count ?? 1;
    let announced = false;
    const r: SequencedResult<ExecSignedTx[], unknown> = await this.#sequencer.run(
      {
        count,
        sign: ({ firstNonce }) => {
          const signed = params.sign(firstNonce, count);
          if (!announced) {
            announced = true;
            params.onSigned?.(signed);
          }
          return signed;
        },
        send: (signed, signal) => {
          const opts = signal === undefined ? {} : { signal };
          if (signed.length === 1 && count === 1) {
            const tx = signed[0] as ExecSignedTx;
            return http.sendTx(wireOf(tx), opts);
          }
          return http.sendTxBatch({ txs: signed.map(wireOf) }, opts);
        },
        classify: classifySend,
      },
      params.signal === undefined ? {} : { signal: params.signal },
    );
    // An invalid nonce that survived the retries is definitive (not applied): report it as rejected.
    const classification: SendClassification = r.classification === 'invalid-nonce' ? 'rejected' : r.classification;
    return { classification, signed: r.signed, ...details(r.error), nonceRetries: r.nonceRetries };
  }
}
