import {
  LighterError,
  redactSecrets,
  type VenueErrorCategory,
  venueErrorCategory,
  venueErrorMessage,
} from '@lighter-ts/models';

/**
 * Errors of @lighter-ts/http. Every error thrown by this package is a `LighterHttpError`, a member of the
 * lighter-ts family (models' `LighterError`, namespace `http`) with a stable string `code`; guards check
 * the family brand, `name` and `code` (not only `instanceof`) because dual ESM/CJS builds can load two
 * copies of a class (STYLE.md "Errors"). Secrets are redacted by models' one redactor.
 */

/** Stable string codes of the http error family. */
export const HTTP_ERROR_CODE = {
  /** A venue error envelope or HTTP error status (LighterApiError). */
  API: 'API_ERROR',
  /** Refused by a rate limit, the venue's or the local limiter's (RateLimitError). */
  RATE_LIMIT: 'RATE_LIMIT',
  /** A connect, headers or body timeout elapsed (TimeoutError). */
  TIMEOUT: 'TIMEOUT',
  /** Connection-level failure: refused, reset, DNS, truncated body (NetworkError). */
  NETWORK: 'NETWORK_ERROR',
  /** A 2xx body that is not JSON or does not match the route's schema (LighterHttpParseError). */
  PARSE: 'PARSE_ERROR',
  /** Parameters refused before any I/O (LighterInputError). */
  INVALID_PARAMS: 'INVALID_PARAMS',
  /** The caller's AbortSignal fired (AbortedError). */
  ABORTED: 'ABORTED',
  /** The client was closed while the call was pending (AbortedError with `closed`). */
  CLOSED: 'CLIENT_CLOSED',
  /** sendTx / sendTxBatch failed; `outcome` says whether the tx may have executed (TxSendError). */
  TX_SEND: 'TX_SEND_FAILED',
  /** An explicit market id the venue does not list (UnknownMarketError). */
  UNKNOWN_MARKET: 'UNKNOWN_MARKET',
} as const;
/** Union of {@link HTTP_ERROR_CODE} values. */
export type HttpErrorCode = (typeof HTTP_ERROR_CODE)[keyof typeof HTTP_ERROR_CODE];

/** Options shared by every error constructor. */
export interface LighterErrorOptions {
  cause?: unknown;
}

/**
 * Root of the http errors, namespace `http` of the lighter-ts error family.
 * @example try { await client.orderBooks() } catch (e) { if (isLighterHttpError(e)) console.log(e.code) }
 * @throws never (it is the thrown value)
 */
export class LighterHttpError extends LighterError<HttpErrorCode> {
  /** Class name, stable across bundled copies: the type guards compare it (not `instanceof`). */
  override name = 'LighterHttpError';
  constructor(code: HttpErrorCode, message: string, options: LighterErrorOptions = {}) {
    super({ namespace: 'http', code, message, cause: options.cause });
  }
  /** JSON form with secrets redacted (tokens, keys), safe to log: every own field of the error. */
  override toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {
      name: this.name,
      namespace: this.namespace,
      code: this.code,
      message: this.message,
    };
    for (const [k, v] of Object.entries(this)) {
      if (k === 'name' || k === 'code' || k === 'namespace' || k === 'shortMessage' || k === 'details') continue;
      out[k] = redactSecrets(v);
    }
    if (this.cause !== undefined) {
      const c = this.cause as { toJSON?: () => unknown; name?: unknown; message?: unknown };
      out.cause = typeof c.toJSON === 'function' ? c.toJSON() : redactSecrets({ name: c.name, message: c.message });
    }
    return out;
  }
}

/**
 * The venue answered with an error envelope (`{code, message}`, usually HTTP 400 with a 21xxx code).
 * `venueCode` is mapped first, `status` second (docs/protocol/errors-and-limits.md#error-codes).
 * @example if (isLighterApiError(e) && e.venueCode === 21104) refreshNonce()
 * @throws never
 */
export class LighterApiError extends LighterHttpError {
  /** Class name, stable across bundled copies: the type guards compare it (not `instanceof`). */
  override name = 'LighterApiError';
  /** HTTP status of the answer (400 for venue domain errors, 5xx for server trouble). */
  readonly status: number;
  /** Numeric code of the venue's error envelope (21xxx domain, 23xxx limits, 29xxx internal), when the body had one: map it before `status`. */
  readonly venueCode: number | undefined;
  /** The envelope's `message` text as the venue sent it. */
  readonly venueMessage: string | undefined;
  /** Range of the venue code (`transaction` for 21xxx, `rate_limit` for 23xxx, … docs/protocol/errors-and-limits.md#error-codes). */
  readonly venueCategory: VenueErrorCategory | undefined;
  /** Response body as received (text), for diagnosis. */
  readonly rawBody: string;
  /** Route that failed, camelCase (`orderBooks`, `sendTx`). */
  readonly route: string;
  constructor(p: {
    route: string;
    status: number;
    venueCode?: number | undefined;
    venueMessage?: string | undefined;
    rawBody: string;
    cause?: unknown;
  }) {
    const codePart = p.venueCode === undefined ? `HTTP ${p.status}` : `venue code ${p.venueCode} (HTTP ${p.status})`;
    // The venue's own message first; the catalogue meaning when the body carried none.
    const text = p.venueMessage ?? (p.venueCode === undefined ? undefined : venueErrorMessage(p.venueCode));
    super(HTTP_ERROR_CODE.API, `${p.route}: ${codePart}${text ? `: ${text}` : ''}`, { cause: p.cause });
    this.status = p.status;
    this.venueCode = p.venueCode;
    this.venueMessage = p.venueMessage;
    this.venueCategory = p.venueCode === undefined ? undefined : venueErrorCategory(p.venueCode);
    this.rawBody = redactSecrets(p.rawBody.slice(0, 4096));
    this.route = p.route;
  }
}

/**
 * Rate limited: by the venue (HTTP 429, venue code 23000) or locally when a bucket wait would
 * exceed the configured maximum. `retryAfterMs` is the venue's `Retry-After` or the local estimate.
 * @example if (isRateLimitError(e)) await sleep(e.retryAfterMs ?? 1000)
 * @throws never
 */
export class RateLimitError extends LighterHttpError {
  /** Class name, stable across bundled copies: the type guards compare it (not `instanceof`). */
  override name = 'RateLimitError';
  /** Wait before retrying, ms: the venue's Retry-After or the local bucket's estimate; undefined when neither said. */
  readonly retryAfterMs: number | undefined;
  /** `venue`: the venue refused (429/405 or a 23xxx code); `local`: our own limiter refused before sending. */
  readonly source: 'venue' | 'local';
  /** HTTP status from the venue (429, or 405 which NT also treats as a rate limit); undefined when `local`. */
  readonly status: number | undefined;
  /** Venue code of the body (23000 on a 429, 23002/23004 for quotas), when it had one. */
  readonly venueCode: number | undefined;
  /** Route that failed, camelCase (`orderBooks`, `sendTx`). */
  readonly route: string;
  constructor(p: {
    route: string;
    source: 'venue' | 'local';
    retryAfterMs?: number | undefined;
    status?: number | undefined;
    venueCode?: number | undefined;
    message?: string;
    cause?: unknown;
  }) {
    super(
      HTTP_ERROR_CODE.RATE_LIMIT,
      p.message ??
        `${p.route}: rate limited (${p.source})${p.retryAfterMs === undefined ? '' : `, retry after ${p.retryAfterMs} ms`}`,
      { cause: p.cause },
    );
    this.retryAfterMs = p.retryAfterMs;
    this.source = p.source;
    this.status = p.status;
    this.venueCode = p.venueCode;
    this.route = p.route;
  }
}

/**
 * A connect, headers or body timeout elapsed.
 * @example if (isTimeoutError(e)) console.log(e.phase)
 * @throws never
 */
export class TimeoutError extends LighterHttpError {
  /** Class name, stable across bundled copies: the type guards compare it (not `instanceof`). */
  override name = 'TimeoutError';
  /** Which wait expired: `connect` (the request never left), `headers` (first byte) or `body`. */
  readonly phase: 'connect' | 'headers' | 'body';
  /** Route that failed, camelCase (`orderBooks`, `sendTx`). */
  readonly route: string;
  constructor(p: { route: string; phase: 'connect' | 'headers' | 'body'; cause?: unknown }) {
    super(HTTP_ERROR_CODE.TIMEOUT, `${p.route}: ${p.phase} timeout`, { cause: p.cause });
    this.phase = p.phase;
    this.route = p.route;
  }
}

/**
 * Connection-level failure (refused, reset, truncated body). `requestSent` tells whether the
 * request may have reached the venue (matters for sendTx outcome).
 * @example if (isNetworkError(e) && !e.requestSent) retrySafely()
 * @throws never
 */
export class NetworkError extends LighterHttpError {
  /** Class name, stable across bundled copies: the type guards compare it (not `instanceof`). */
  override name = 'NetworkError';
  /** False when the failure came before the request was written (safe to resend); true when the venue may have received it. */
  readonly requestSent: boolean;
  /** Route that failed, camelCase (`orderBooks`, `sendTx`). */
  readonly route: string;
  /** OS error code (`ECONNREFUSED`, `ECONNRESET`, `ENOTFOUND`...), when the runtime gave one. */
  readonly osCode: string | undefined;
  constructor(p: {
    route: string;
    requestSent: boolean;
    osCode?: string | undefined;
    message?: string;
    cause?: unknown;
  }) {
    super(HTTP_ERROR_CODE.NETWORK, `${p.route}: ${p.message ?? 'network error'}${p.osCode ? ` (${p.osCode})` : ''}`, {
      cause: p.cause,
    });
    this.requestSent = p.requestSent;
    this.route = p.route;
    this.osCode = p.osCode;
  }
}

/**
 * A response was not valid JSON or did not match its schema. Wraps the models' parse error in
 * `cause` when one exists.
 * @example if (isLighterHttpParseError(e)) console.log(e.path, e.rawBody)
 * @throws never
 */
export class LighterHttpParseError extends LighterHttpError {
  /** Class name, stable across bundled copies: the type guards compare it (not `instanceof`). */
  override name = 'LighterHttpParseError';
  /** Route that failed, camelCase (`orderBooks`, `sendTx`). */
  readonly route: string;
  /** Dotted path of the first field that failed (`order_books.0.symbol`); empty for the whole body. */
  readonly path: string;
  /** The body that failed to parse, as received (text). */
  readonly rawBody: string;
  constructor(p: { route: string; path: string; detail: string; rawBody: string; cause?: unknown }) {
    super(HTTP_ERROR_CODE.PARSE, `${p.route}: invalid response at ${p.path || '<root>'}: ${p.detail}`, {
      cause: p.cause,
    });
    this.route = p.route;
    this.path = p.path;
    this.rawBody = redactSecrets(p.rawBody.slice(0, 4096));
  }
}

/**
 * Parameters rejected before any I/O. `field` names the offending parameter.
 * @example await client.orderBookOrders({ marketId: 0, limit: 1000 }) // throws, field 'limit'
 * @throws never
 */
export class LighterInputError extends LighterHttpError {
  /** Class name, stable across bundled copies: the type guards compare it (not `instanceof`). */
  override name = 'LighterInputError';
  /** Parameter that was refused, dotted (`marketId`, `txs.0.txInfo`), or `auth` / `<params>`; the message says what was received. */
  readonly field: string;
  /** Route that failed, camelCase (`orderBooks`, `sendTx`). */
  readonly route: string;
  constructor(p: { route: string; field: string; detail: string; cause?: unknown }) {
    super(HTTP_ERROR_CODE.INVALID_PARAMS, `${p.route}: invalid parameter '${p.field}': ${p.detail}`, {
      cause: p.cause,
    });
    this.field = p.field;
    this.route = p.route;
  }
}

/**
 * The caller's AbortSignal fired, or the client was closed while a call was pending.
 * @example controller.abort(); // pending call rejects with AbortedError
 * @throws never
 */
export class AbortedError extends LighterHttpError {
  /** Class name, stable across bundled copies: the type guards compare it (not `instanceof`). */
  override name = 'AbortedError';
  /** Route that failed, camelCase (`orderBooks`, `sendTx`). */
  readonly route: string;
  constructor(p: { route: string; closed?: boolean; cause?: unknown }) {
    super(
      p.closed ? HTTP_ERROR_CODE.CLOSED : HTTP_ERROR_CODE.ABORTED,
      `${p.route}: ${p.closed ? 'client closed' : 'aborted'}`,
      { cause: p.cause },
    );
    this.route = p.route;
  }
}

/**
 * Whether a failed sendTx/sendTxBatch may have been accepted: `rejected` = certainly not (a venue
 * verdict or never sent), `unknown` = maybe (reconcile), `rate-limited` = refused by a rate limit
 * before the sequencer saw it (not applied, nonce not consumed; resend the same signed tx after
 * `retryAfterMs` while it is unexpired).
 */
export type TxOutcome = 'rejected' | 'unknown' | 'rate-limited';

/**
 * sendTx / sendTxBatch failed. These routes are never retried automatically (a resend could
 * double-submit a signed nonce, docs/protocol/client-behaviour.md); `outcome` says whether the tx may have
 * landed. `cause` is the underlying LighterApiError / RateLimitError / TimeoutError / NetworkError.
 * @example if (isTxSendError(e) && e.outcome === 'unknown') await reconcileByHash(e.txHashes)
 * @throws never
 */
export class TxSendError extends LighterHttpError {
  /** Class name, stable across bundled copies: the type guards compare it (not `instanceof`). */
  override name = 'TxSendError';
  /** `rejected`: the venue never took the tx (nonce unused); `unknown`: it may have executed, reconcile by `txHashes`; `rate-limited`: resend after `retryAfterMs`. */
  readonly outcome: TxOutcome;
  /** Route that failed, camelCase (`orderBooks`, `sendTx`). */
  readonly route: string;
  /** The venue's numeric code from any error body (21xxx, 23000 on a 429, 29500 on a 5xx), when it sent one. */
  readonly venueCode: number | undefined;
  /** `rate-limited` only: the venue's Retry-After (or the local bucket's estimate), in ms. */
  readonly retryAfterMs: number | undefined;
  /** Hashes of the txs in the failed call, known from signing: look them up to settle an `unknown` outcome. */
  readonly txHashes: readonly string[];
  constructor(p: {
    route: string;
    outcome: TxOutcome;
    venueCode?: number | undefined;
    retryAfterMs?: number | undefined;
    txHashes?: readonly string[];
    cause: LighterHttpError;
  }) {
    super(HTTP_ERROR_CODE.TX_SEND, `${p.route}: outcome ${p.outcome}: ${p.cause.message}`, { cause: p.cause });
    this.outcome = p.outcome;
    this.route = p.route;
    this.venueCode = p.venueCode;
    this.retryAfterMs = p.retryAfterMs;
    this.txHashes = p.txHashes ?? [];
  }
}

/**
 * A market-metadata route was asked for one market and the venue answered with no market at all. The
 * venue says this with an empty list and code 200, not an error (docs/protocol/rest.md#unknown-markets);
 * returning the empty list let a typo in a market id surface later as a missing-decimals crash.
 * @example try { await client.orderBookDetails({ marketId: 99 }) } catch (e) { if (isUnknownMarketError(e)) console.log(e.marketId) }
 * @throws never
 */
export class UnknownMarketError extends LighterHttpError {
  /** Class name, stable across bundled copies: the type guards compare it (not `instanceof`). */
  override name = 'UnknownMarketError';
  /** Route that failed, camelCase (`orderBooks`, `sendTx`). */
  readonly route: string;
  /** The market id that was asked for and that the venue does not list. */
  readonly marketId: number;
  constructor(p: { route: string; marketId: number; filter?: string | undefined }) {
    const scope = p.filter === undefined || p.filter === 'all' ? '' : ` among ${p.filter} markets`;
    super(
      HTTP_ERROR_CODE.UNKNOWN_MARKET,
      `${p.route}: unknown market ${p.marketId}${scope}: the venue lists no such market (list every market with ${p.route}() without marketId)`,
    );
    this.route = p.route;
    this.marketId = p.marketId;
  }
}
