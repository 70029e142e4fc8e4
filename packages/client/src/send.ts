/**
 * The one path every tx of the trading client takes: reserve a nonce, sign, send over REST, classify
 * (STYLE.md "One path per job"). `sendTx` is single-shot (a resend could double-submit a signed nonce,
 * docs/protocol/client-behaviour.md); the only re-sign is after `21104 invalid nonce`, which proves the tx
 * was not applied (docs/protocol/errors-and-limits.md#error-codes).
 */
import { isTxSendError, type LighterHttpClient } from '@lighter-ts/http';
import { VENUE_ERROR_CODE, venueErrorMessage } from '@lighter-ts/models';
import type { SignedTx } from '@lighter-ts/signing';
import type { KeySequencer } from './nonces.js';
import type { TxCommandResult } from './results.js';

/** What a build callback receives: the nonce to sign and the `ExpiredAt` (Unix ms) to put in the tx. */
export interface TxBuildInput {
  readonly nonce: bigint;
  readonly expiredAt: number;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Sign and send one tx in nonce order and classify the answer.
 * @example await sendCommand({ sequencer, http, build: ({ nonce, expiredAt }) => signer.signCancelAllOrders({ timeInForce: 0, nonce, expiredAt }), txTtlMs: 60_000 })
 * @throws a signing error (bad input: nothing sent) or a NetworkMismatchError (nothing sent)
 */
export function sendCommand(params: {
  sequencer: KeySequencer;
  http: LighterHttpClient;
  build: (input: TxBuildInput) => SignedTx;
  clientOrderIndex?: bigint | undefined;
  /** Lifetime of the signed tx: the venue drops it after `now + txTtlMs`. */
  txTtlMs: number;
  now?: () => number;
  maxNonceRetries?: number;
  signal?: AbortSignal | undefined;
}): Promise<TxCommandResult> {
  const { signal, clientOrderIndex } = params;
  const now = params.now ?? Date.now;
  const maxRetries = params.maxNonceRetries ?? 1;
  return params.sequencer.run(async ({ take, forget }) => {
    for (let retries = 0; ; retries++) {
      if (signal?.aborted)
        return { status: 'denied', reason: `aborted before sending: ${errorText(signal.reason)}`, clientOrderIndex };
      let nonce: bigint;
      try {
        nonce = await take(signal);
      } catch (e) {
        forget();
        return { status: 'denied', reason: `could not read the next nonce: ${errorText(e)}`, clientOrderIndex };
      }
      let signed: SignedTx;
      try {
        signed = params.build({ nonce, expiredAt: now() + params.txTtlMs });
      } catch (e) {
        forget();
        throw e;
      }
      try {
        await params.http.sendTx(signed, signal === undefined ? {} : { signal });
        return { status: 'accepted', txHash: signed.txHash, nonce, clientOrderIndex, nonceRetries: retries };
      } catch (e) {
        if (!isTxSendError(e)) {
          forget();
          throw e;
        }
        const message =
          (e.cause as { venueMessage?: string } | undefined)?.venueMessage ??
          (e.venueCode === undefined ? undefined : venueErrorMessage(e.venueCode)) ??
          e.message;
        if (e.outcome === 'unknown')
          return { status: 'unknown', txHash: signed.txHash, nonce, message, clientOrderIndex };
        // Aborted before the request left: nothing reached the venue, so this is ours, not the venue's refusal.
        if (e.outcome === 'rejected' && (e.cause as { name?: string } | undefined)?.name === 'AbortedError') {
          forget();
          return { status: 'denied', reason: `aborted before sending: ${errorText(e.cause)}`, clientOrderIndex };
        }
        // Rejected or rate limited: not applied, so the nonce is free again; read it afresh.
        forget();
        if (e.outcome === 'rejected' && e.venueCode === VENUE_ERROR_CODE.INVALID_NONCE && retries < maxRetries)
          continue;
        return {
          status: 'rejected',
          code: e.venueCode,
          message,
          reason: message,
          venueCode: e.venueCode,
          txHash: signed.txHash,
          nonce,
          clientOrderIndex,
          retryAfterMs: e.retryAfterMs,
        };
      }
    }
  });
}
