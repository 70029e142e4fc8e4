/**
 * Error classes of @lighter-ts/streaming, namespace `streaming` of the lighter-ts error family (models'
 * `LighterError`). Every class carries a stable string `code`; type guards check `name`/`code` rather
 * than only `instanceof`, because dual ESM/CJS installs can load two copies of a class (STYLE.md
 * "Errors"). Secrets are redacted by models' one redactor.
 */
import { LighterError, redactSecrets } from '@lighter-ts/models/errors';

/**
 * Stable error codes of this package.
 * @example if (err.code === WS_ERROR_CODE.TX_OUTCOME_UNKNOWN) reconcile();
 * @throws never
 */
export const WS_ERROR_CODE = {
  /** Generic streaming failure not covered by a more specific code. */
  WS_ERROR: 'WS_ERROR',
  /** A caller argument was refused before any I/O (the message names the field). */
  INVALID_ARGUMENT: 'WS_INVALID_ARGUMENT',
  /** The socket is not open (and the call does not wait for it). */
  NOT_CONNECTED: 'WS_NOT_CONNECTED',
  /** The client or subscription was closed while the call was pending. */
  CLOSED: 'WS_CLOSED',
  /** The caller's AbortSignal fired; for a tx this means the outcome may be unknown. */
  ABORTED: 'WS_ABORTED',
  /** The venue answered with an error frame (`venueCode` holds its numeric code). */
  VENUE: 'WS_VENUE_ERROR',
  /** A subscription's bounded buffer overflowed under the `error` overflow policy. */
  BUFFER_OVERFLOW: 'WS_BUFFER_OVERFLOW',
  /** The venue refused a sent tx with a code: it will not execute. */
  TX_REJECTED: 'WS_TX_REJECTED',
  /** A tx was sent but no answer came (timeout, disconnect): reconcile by tx hash before resending. */
  TX_OUTCOME_UNKNOWN: 'WS_TX_OUTCOME_UNKNOWN',
  /** A book price does not fit the exact integer key range (2^53 at the book's scale). */
  BOOK_PRECISION: 'WS_BOOK_PRECISION',
  /** A venue WS limit (docs/protocol/errors-and-limits.md#websocket-limits) would be exceeded; nothing was sent. */
  LIMIT_EXCEEDED: 'WS_LIMIT_EXCEEDED',
  /** A tx was offered to a read-only connection (`readonly: true`), which takes none; nothing was sent. */
  READ_ONLY: 'WS_READ_ONLY',
} as const;
/** Union of {@link WS_ERROR_CODE} values. */
export type WsErrorCode = (typeof WS_ERROR_CODE)[keyof typeof WS_ERROR_CODE];

/** Options shared by every error of this package. */
export interface LighterWsErrorOptions {
  /** Stable code from WS_ERROR_CODE; `WS_ERROR` when omitted. */
  code?: WsErrorCode;
  /** Underlying error, kept as `cause`. */
  cause?: unknown;
  /** Venue numeric error code (docs/protocol/errors-and-limits.md#error-codes), when the venue sent one. */
  venueCode?: number;
  /** The raw frame that caused the error, if any. */
  raw?: unknown;
}

/**
 * Root error of the streaming package.
 * @example
 * try { await ws.connect(); } catch (e) { if (isLighterWsError(e)) console.log(e.code); }
 * @throws never (constructing an error does not throw)
 */
export class LighterWsError extends LighterError<WsErrorCode> {
  /** Class name, kept as a string so guards work across duplicate ESM/CJS copies. */
  override readonly name: string = 'LighterWsError';
  /** Venue numeric error code (docs/protocol/errors-and-limits.md#error-codes), when the venue sent one. */
  readonly venueCode: number | undefined;
  /** The frame that caused the error, if any (redacted in `toJSON`). */
  readonly raw: unknown;
  constructor(message: string, options: LighterWsErrorOptions = {}) {
    super({ namespace: 'streaming', code: options.code ?? WS_ERROR_CODE.WS_ERROR, message, cause: options.cause });
    this.venueCode = options.venueCode;
    this.raw = options.raw;
  }
  /** JSON form with secrets redacted. */
  override toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      venueCode: this.venueCode,
      raw: this.raw === undefined ? undefined : redactSecrets(JSON.stringify(this.raw)),
    };
  }
}

/**
 * A venue `{"type":"error"}` / `{"error":{…}}` frame (docs/protocol/websocket.md#frames-and-lifecycle).
 * @example sub.on('error', (e) => { if (e instanceof WsVenueError) console.log(e.venueCode); });
 * @throws never
 */
export class WsVenueError extends LighterWsError {
  /** Class name, kept as a string so guards work across duplicate ESM/CJS copies. */
  override readonly name: string = 'WsVenueError';
  constructor(message: string, options: Omit<LighterWsErrorOptions, 'code'> = {}) {
    super(message, { ...options, code: WS_ERROR_CODE.VENUE });
  }
}

/**
 * A subscription buffer overflowed under the `disconnect` overflow policy.
 * @example for await (const e of sub) {} // throws BufferOverflowError if the consumer fell behind
 * @throws never
 */
export class BufferOverflowError extends LighterWsError {
  /** Class name, kept as a string so guards work across duplicate ESM/CJS copies. */
  override readonly name: string = 'BufferOverflowError';
  /** Buffer capacity (events) that was exceeded. */
  readonly capacity: number;
  constructor(params: { channel: string; capacity: number }) {
    super(`subscription buffer for ${params.channel} overflowed (capacity ${params.capacity})`, {
      code: WS_ERROR_CODE.BUFFER_OVERFLOW,
    });
    this.capacity = params.capacity;
  }
}

/** Outcome of a WS `sendTx` / `sendTxBatch` that did not succeed (http's `TxOutcome` adds `rate-limited`, which the WS path never reports). */
export type WsTxOutcome = 'rejected' | 'unknown';

/**
 * The venue answered a `jsonapi/sendtx(batch)` with a code other than 200: the tx was NOT
 * accepted (`outcome: 'rejected'`).
 * @example try { await ws.sendTx(tx); } catch (e) { if (isTxRejected(e)) console.log(e.venueCode); }
 * @throws never
 */
export class WsTxRejectedError extends LighterWsError {
  /** Class name, kept as a string so guards work across duplicate ESM/CJS copies. */
  override readonly name: string = 'WsTxRejectedError';
  /** Always `rejected`: the venue refused the tx, it will not execute. */
  readonly outcome: WsTxOutcome = 'rejected';
  /** Hash (or batch hashes) of the refused tx, as hex strings, when known. */
  readonly txHash: string | readonly string[] | undefined;
  constructor(
    message: string,
    options: Omit<LighterWsErrorOptions, 'code'> & { txHash?: string | readonly string[] } = {},
  ) {
    super(message, { ...options, code: WS_ERROR_CODE.TX_REJECTED });
    this.txHash = options.txHash;
  }
}

/**
 * The transaction was (possibly) sent, but no answer arrived: timeout, disconnect or abort after
 * the frame left. It may or may not execute; reconcile by tx hash (docs/protocol/client-behaviour.md). Never
 * retry blindly: a retry may double-submit a signed nonce (docs/protocol/client-behaviour.md).
 * @example try { await ws.sendTx(tx); } catch (e) { if (isTxOutcomeUnknown(e)) reconcile(e.txHash); }
 * @throws never
 */
export class WsTxOutcomeUnknownError extends LighterWsError {
  /** Class name, kept as a string so guards work across duplicate ESM/CJS copies. */
  override readonly name: string = 'WsTxOutcomeUnknownError';
  /** Always `unknown`: the tx may or may not have executed. */
  readonly outcome: WsTxOutcome = 'unknown';
  /** Hash (or batch hashes) to reconcile with, as hex strings, when known. */
  readonly txHash: string | readonly string[] | undefined;
  constructor(
    message: string,
    options: Omit<LighterWsErrorOptions, 'code'> & { txHash?: string | readonly string[] } = {},
  ) {
    super(message, { ...options, code: WS_ERROR_CODE.TX_OUTCOME_UNKNOWN });
    this.txHash = options.txHash;
  }
}

function hasCode(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

/**
 * True for any error raised by this package (checks `code` prefix, not only instanceof).
 * @example if (isLighterWsError(e)) console.log(e.code);
 * @throws never
 */
export function isLighterWsError(e: unknown): e is LighterWsError {
  if (e instanceof LighterWsError) return true;
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && Object.values(WS_ERROR_CODE).includes(code as WsErrorCode);
}

/**
 * True when a send ended with an unknown outcome (the tx may still execute).
 * @example if (isTxOutcomeUnknown(e)) reconcile(e.txHash);
 * @throws never
 */
export function isTxOutcomeUnknown(e: unknown): e is WsTxOutcomeUnknownError {
  return hasCode(e, WS_ERROR_CODE.TX_OUTCOME_UNKNOWN);
}

/**
 * True when the venue rejected a tx (it will not execute).
 * @example if (isTxRejected(e)) console.log(e.venueCode);
 * @throws never
 */
export function isTxRejected(e: unknown): e is WsTxRejectedError {
  return hasCode(e, WS_ERROR_CODE.TX_REJECTED);
}
