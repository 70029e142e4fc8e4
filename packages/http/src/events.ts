/**
 * Observable client events: rate-limit waits, retries, auth refreshes. Injected as a listener so
 * waiting is visible (logs/metrics), never a silent stall. Events never carry secrets.
 */

/** Everything the http layer reports. */
export type HttpEvent =
  | {
      /** Event kind: the union is discriminated on it. */
      readonly type: 'rateLimitWait';
      /** Route name the event is about, e.g. `orderBooks`. */
      readonly route: string;
      /** Which budget: `rest` (weighted reads) or `tx` (sendTx/sendTxBatch, shared with WS sends). */
      readonly bucket: 'rest' | 'tx';
      /** How long the call waits for tokens before sending, ms. */
      readonly waitMs: number;
    }
  | {
      /** Event kind: the union is discriminated on it. */
      readonly type: 'rateLimitRejected';
      /** Route name the event is about, e.g. `orderBooks`. */
      readonly route: string;
      /** Which budget refused: `rest` or `tx`. */
      readonly bucket: 'rest' | 'tx';
      /** The wait that would have been needed, ms; over `maxWaitMs`, so the call throws RateLimitError instead. */
      readonly waitMs: number;
    }
  | {
      /** Event kind: the union is discriminated on it. */
      readonly type: 'retry';
      /** Route name the event is about, e.g. `orderBooks`. */
      readonly route: string;
      /** Number of the attempt about to start (1 = first retry). */
      readonly attempt: number;
      /** Backoff before that attempt, ms (Retry-After when the venue sent one). */
      readonly delayMs: number;
      /** Error code of the failure being retried (`TIMEOUT`, `RATE_LIMIT`, `API_ERROR`...). */
      readonly reason: string;
    }
  | {
      /** Event kind: the union is discriminated on it. */
      readonly type: 'authRefresh';
      /** Expiry of the newly minted auth token, Unix seconds. */
      readonly deadline: number;
    }
  | {
      /** Event kind: the union is discriminated on it. */
      readonly type: 'request';
      /** Route name the event is about, e.g. `orderBooks`. */
      readonly route: string;
      /** HTTP method sent. */
      readonly method: 'GET' | 'POST';
      /** 0 for the first try, then 1, 2... for retries. */
      readonly attempt: number;
    }
  | {
      /** Event kind: the union is discriminated on it. */
      readonly type: 'response';
      /** Route name the event is about, e.g. `orderBooks`. */
      readonly route: string;
      /** HTTP status received. */
      readonly status: number;
      /** 0 for the first try, then 1, 2... for retries. */
      readonly attempt: number;
    };

/**
 * Listener for {@link HttpEvent}s. Exceptions thrown by a listener are swallowed.
 * @example const listener: HttpEventListener = (e) => { if (e.type === 'rateLimitWait') log.warn(e) };
 */
export type HttpEventListener = (event: HttpEvent) => void;

/**
 * Wrap a listener so that a throwing listener cannot break a request.
 * @example const emit = safeListener(options.onEvent)
 * @throws never
 */
export function safeListener(listener: HttpEventListener | undefined): HttpEventListener | undefined {
  if (!listener) return undefined;
  return (event) => {
    try {
      listener(event);
    } catch {
      // A faulty observer must not change request outcomes.
    }
  };
}
