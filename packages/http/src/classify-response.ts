/**
 * What a venue response means: a JSON value or a typed error (rate limit, venue error, parse error), whether a
 * failed read may be retried, and what a failed send means for the tx. One job: classify responses and failures;
 * the route engine (route.ts) decides what to do with the answer.
 */
import { LighterParseError as ModelsParseError } from '@lighter-ts/models';
import { toParseIssues } from '@lighter-ts/models/internal';
import * as z from 'zod/mini';
import {
  LighterApiError,
  type LighterHttpError,
  LighterHttpParseError,
  type NetworkError,
  RateLimitError,
  type TimeoutError,
  type TxOutcome,
} from './errors.js';
import { parseRetryAfter } from './retry.js';
import type { TransportResponse } from './transport.js';

const RATE_LIMIT_STATUS = new Set([429, 405]); // 405: NT treats it as rate limit (docs/protocol/nautilus.md#rate-limits)
const VENUE_RATE_LIMIT_CODES = new Set([23000, 23002, 23004]); // docs/protocol/errors-and-limits.md#error-codes
const VENUE_RETRYABLE_CODES = new Set([29500, 29501]); // internal error / process timeout

interface Envelope {
  code?: unknown;
  message?: unknown;
}

/** The numeric `code` of a JSON error body, if it has one (never throws on a non-JSON body). */
function envelopeCode(body: string): number | undefined {
  try {
    const code = (JSON.parse(body) as Envelope | null)?.code;
    return typeof code === 'number' ? code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turn a raw response into JSON or a typed error (rate limit, venue error, parse error).
 * Exported for the bench and for custom transports.
 * @throws {RateLimitError | LighterApiError | LighterHttpParseError}
 */
export function interpretResponse(route: string, res: TransportResponse): unknown {
  if (RATE_LIMIT_STATUS.has(res.status)) {
    // Keep the venue code of the body (23000 for a 429, docs/protocol/errors-and-limits.md#error-codes): the caller maps code first.
    throw new RateLimitError({
      route,
      source: 'venue',
      status: res.status,
      venueCode: envelopeCode(res.body),
      retryAfterMs: parseRetryAfter(res.headers['retry-after']),
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(res.body);
  } catch (cause) {
    if (res.status >= 400) throw new LighterApiError({ route, status: res.status, rawBody: res.body, cause });
    throw new LighterHttpParseError({ route, path: '', detail: 'body is not valid JSON', rawBody: res.body, cause });
  }
  const env = (typeof json === 'object' && json !== null ? json : {}) as Envelope;
  const code = typeof env.code === 'number' ? env.code : undefined;
  const message = typeof env.message === 'string' ? env.message : undefined;
  // Success is code 200 in the envelope (docs/protocol/rest.md#conventions); some routes carry no code at all.
  if ((code !== undefined && code !== 200) || res.status >= 400) {
    if (code !== undefined && VENUE_RATE_LIMIT_CODES.has(code)) {
      throw new RateLimitError({
        route,
        source: 'venue',
        status: res.status,
        venueCode: code,
        retryAfterMs: parseRetryAfter(res.headers['retry-after']),
      });
    }
    throw new LighterApiError({ route, status: res.status, venueCode: code, venueMessage: message, rawBody: res.body });
  }
  return json;
}

/** Whether a failed idempotent call may be tried again: venue rate limits, network errors, timeouts, 5xx and the venue's retryable codes. */
export function isRetryable(e: LighterHttpError): boolean {
  switch (e.name) {
    case 'RateLimitError':
      return (e as RateLimitError).source === 'venue';
    case 'NetworkError':
    case 'TimeoutError':
      return true;
    case 'LighterApiError': {
      const a = e as LighterApiError;
      return a.status >= 500 || (a.venueCode !== undefined && VENUE_RETRYABLE_CODES.has(a.venueCode));
    }
    default:
      return false;
  }
}

/** What a failed send means for the tx once it left this process: refused before the sequencer, rate-limited, or unknown. */
export function txOutcome(e: LighterHttpError): TxOutcome {
  switch (e.name) {
    case 'LighterApiError':
      // A 4xx venue error means the API server refused the tx (nonce not consumed, docs/protocol/rest.md#transactions);
      // a 5xx may come from a proxy after the sequencer saw it.
      return (e as LighterApiError).status < 500 ? 'rejected' : 'unknown';
    case 'RateLimitError':
      // Refused before the sequencer saw it (nonce not consumed), but not a verdict on the tx:
      // the same signed tx may be resent after Retry-After while it is unexpired.
      return 'rate-limited';
    case 'NetworkError':
      return (e as NetworkError).requestSent ? 'unknown' : 'rejected';
    case 'TimeoutError':
      return (e as TimeoutError).phase === 'connect' ? 'rejected' : 'unknown';
    default:
      return 'unknown';
  }
}

/** Parse a response body with the route's schema (or its fast path), keeping the payload as non-enumerable `raw`. */
export function parseResponse<R extends z.core.$ZodType>(
  route: string,
  schema: R,
  json: unknown,
  body: string,
  fastParse?: (json: unknown) => z.output<R> | undefined,
): z.output<R> {
  const fast = fastParse?.(json);
  if (fast !== undefined) {
    if (typeof fast === 'object' && fast !== null)
      Object.defineProperty(fast, 'raw', { value: json, enumerable: false, configurable: true });
    return fast;
  }
  const r = z.safeParse(schema, json);
  if (r.success) {
    // Keep the payload on the result (STYLE.md "Data at the boundary"), non-enumerable so it
    // does not show up in spreads or JSON.
    if (r.data !== null && typeof r.data === 'object')
      Object.defineProperty(r.data, 'raw', { value: json, enumerable: false, configurable: true });
    return r.data;
  }
  // Wrap the models' parse error (redacted issues with expected/received) as the cause.
  const modelsError = new ModelsParseError({
    what: route,
    issues: toParseIssues(r.error.issues, json),
    cause: r.error,
  });
  throw new LighterHttpParseError({
    route,
    path: modelsError.path,
    detail: modelsError.message,
    rawBody: body,
    cause: modelsError,
  });
}
