/**
 * The error of a `sendTxBatch` with more txs than allowed: raised before any I/O when a batch is
 * above the client's cap, and for the venue's 21514 "maximum 50 transactions allowed per batch"
 * (docs/protocol/transactions.md#batches). Lives beside the error family so http, streaming and
 * execution raise one class and callers need one guard.
 */
import { LighterModelsError } from './errors.js';

/**
 * A batch larger than the cap. `limit` is the cap that refused it (the client's configured size, or
 * the venue's 50), `received` the batch size, `venueCode` 21514 when the venue refused it (then
 * nothing of the batch was applied).
 *
 * @example
 * try { await http.sendTxBatch({ txs }); } catch (e) { if (isBatchTooLargeError(e)) chunk(txs, e.limit); }
 * @throws never (constructor)
 */
export class BatchTooLargeError extends LighterModelsError {
  override readonly name = 'BatchTooLargeError';
  /** The cap that refused the batch. */
  readonly limit: number;
  /** Number of txs in the refused batch. */
  readonly received: number;
  /** 21514 when the venue answered, undefined when refused locally. */
  readonly venueCode: number | undefined;

  constructor(params: { limit: number; received: number; venueCode?: number | undefined; cause?: unknown }) {
    const who = params.venueCode === undefined ? 'refused before sending' : `venue code ${params.venueCode}`;
    super({
      code: 'BATCH_TOO_LARGE',
      field: 'txs',
      message: `batch of ${params.received} txs is above the cap of ${params.limit} per sendTxBatch (${who})`,
      ...(params.cause === undefined ? {} : { cause: params.cause }),
    });
    this.limit = params.limit;
    this.received = params.received;
    this.venueCode = params.venueCode;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), limit: this.limit, received: this.received, venueCode: this.venueCode };
  }
}

/**
 * Guard for {@link BatchTooLargeError} by `name`/`code` (works across duplicate module copies).
 *
 * @example
 * if (isBatchTooLargeError(err)) console.log(err.limit, err.received);
 * @throws never
 */
export function isBatchTooLargeError(e: unknown): e is BatchTooLargeError {
  if (e instanceof BatchTooLargeError) return true;
  if (typeof e !== 'object' || e === null) return false;
  return (
    (e as { name?: unknown }).name === 'BatchTooLargeError' && (e as { code?: unknown }).code === 'BATCH_TOO_LARGE'
  );
}
