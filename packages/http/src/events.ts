/**
 * Observable client events: rate-limit waits, retries, auth refreshes. Injected as a listener so
 * waiting is visible (logs/metrics), never a silent stall. Events never carry secrets.
 */

/** Everything the http layer reports. */
export type HttpEvent =
  | { readonly type: 'rateLimitWait'; readonly route: string; readonly bucket: 'rest' | 'tx'; readonly waitMs: number }
  | {
      readonly type: 'rateLimitRejected';
      readonly route: string;
      readonly bucket: 'rest' | 'tx';
      readonly waitMs: number;
    }
  | {
      readonly type: 'retry';
      readonly route: string;
      readonly attempt: number;
      readonly delayMs: number;
      readonly reason: string;
    }
  | { readonly type: 'authRefresh'; readonly deadline: number }
  | { readonly type: 'request'; readonly route: string; readonly method: 'GET' | 'POST'; readonly attempt: number }
  | { readonly type: 'response'; readonly route: string; readonly status: number; readonly attempt: number };

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
