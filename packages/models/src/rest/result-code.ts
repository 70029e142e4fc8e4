/**
 * Plain `{code, message}` bodies: REST errors (HTTP 400 with a 21xxx code) and the simple acks of
 * `changeAccountTier`, `faucet`, `fastwithdraw`, `setAccountMetadata`, `notification/ack` (docs/protocol/rest.md#conventions, docs/protocol/errors-and-limits.md#error-codes).
 */
import { VENUE_ERROR_CODE } from '../constants/venue-errors.js';
import { type WithRaw, parseWith } from '../parse.js';
import { type ResultCode, ResultCodeSchema } from '../schemas/primitives.js';

/**
 * The success code of every envelope.
 *
 * @example
 * import { RESULT_CODE_OK } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const RESULT_CODE_OK = 200;

/**
 * Parse a `{code, message}` body.
 *
 * @example
 * parseResultCode({ code: 21104, message: 'invalid nonce' }).code; // 21104
 * @throws {LighterParseError} when the payload has no integer `code`
 */
export function parseResultCode(raw: unknown): WithRaw<ResultCode> {
  return parseWith(ResultCodeSchema, raw, 'ResultCode');
}

/**
 * True when a body's `code` signals a rate limit (23000, or 429/405 as NT treats them, docs/protocol/rest.md#conventions).
 *
 * @example
 * isRateLimitCode(23000); // true
 * @throws never
 */
export function isRateLimitCode(code: number): boolean {
  return code === VENUE_ERROR_CODE.TOO_MANY_REQUESTS || code === 429 || code === 405;
}
