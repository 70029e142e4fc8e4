/**
 * CORS, so a page on any origin can use the simulator the way a browser app uses the venue: a
 * preflight OPTIONS answer and `Access-Control-Allow-Origin` on every REST response. The simulator
 * is a loopback test venue with no cookies, so `*` is safe; request headers are echoed because `*`
 * in Access-Control-Allow-Headers does not cover `Authorization` (Fetch standard, CORS protocol).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers sent on every REST response, errors and rate limits included. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  // Retry-After must be readable by a browser client to honour it.
  'access-control-expose-headers': 'retry-after',
};

/** How long a browser may cache the preflight answer (seconds). */
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * Answer a CORS preflight. Returns false (and writes nothing) for any other request.
 * @example if (answerPreflight(req, res)) return;
 * @throws never
 */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'OPTIONS') return false;
  const requested = req.headers['access-control-request-headers'];
  res.writeHead(204, {
    ...CORS_HEADERS,
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers':
      typeof requested === 'string' && requested.length > 0 ? requested : 'content-type, authorization',
    'access-control-max-age': String(PREFLIGHT_MAX_AGE_S),
    'content-length': '0',
  });
  res.end();
  return true;
}
