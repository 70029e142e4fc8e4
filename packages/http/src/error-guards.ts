/**
 * Type guards of the http error family. One job: tell which http error a caught value is, by the family brand,
 * `name` and `code` rather than `instanceof`, because dual ESM/CJS builds can load two copies of each class
 * (STYLE.md "Errors"). The classes themselves live in errors.ts.
 */
import { isLighterError } from '@lighter-ts/models';
import {
  type AbortedError,
  HTTP_ERROR_CODE,
  type LighterApiError,
  type LighterHttpError,
  type LighterInputError,
  type LighterHttpParseError,
  type NetworkError,
  type RateLimitError,
  type TimeoutError,
  type TxSendError,
  type UnknownMarketError,
} from './errors.js';

function hasName(e: unknown, names: readonly string[]): boolean {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { name?: unknown }).name === 'string' &&
    names.includes((e as { name: string }).name)
  );
}
function hasCode(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}
const ALL_NAMES = [
  'LighterHttpError',
  'LighterApiError',
  'RateLimitError',
  'TimeoutError',
  'NetworkError',
  'LighterHttpParseError',
  'LighterInputError',
  'AbortedError',
  'TxSendError',
  'UnknownMarketError',
];

/**
 * True for any error thrown by this package (namespace `http` of the family; works across module copies).
 * For any lighter-ts error, use models' `isLighterError`.
 * @example if (isLighterHttpError(e)) log(e.toJSON())
 * @throws never
 */
export function isLighterHttpError(e: unknown): e is LighterHttpError {
  return isLighterError(e) && e.namespace === 'http' && hasName(e, ALL_NAMES);
}
/** @example isLighterApiError(e) && e.venueCode === 21104 @throws never */
export function isLighterApiError(e: unknown): e is LighterApiError {
  return hasName(e, ['LighterApiError']) && hasCode(e, HTTP_ERROR_CODE.API);
}
/** @example isRateLimitError(e) && e.retryAfterMs @throws never */
export function isRateLimitError(e: unknown): e is RateLimitError {
  return hasName(e, ['RateLimitError']) && hasCode(e, HTTP_ERROR_CODE.RATE_LIMIT);
}
/** @example isTimeoutError(e) @throws never */
export function isTimeoutError(e: unknown): e is TimeoutError {
  return hasName(e, ['TimeoutError']) && hasCode(e, HTTP_ERROR_CODE.TIMEOUT);
}
/** @example isNetworkError(e) @throws never */
export function isNetworkError(e: unknown): e is NetworkError {
  return hasName(e, ['NetworkError']) && hasCode(e, HTTP_ERROR_CODE.NETWORK);
}
/** @example isLighterHttpParseError(e) @throws never */
export function isLighterHttpParseError(e: unknown): e is LighterHttpParseError {
  return hasName(e, ['LighterHttpParseError']) && hasCode(e, HTTP_ERROR_CODE.PARSE);
}
/** @example isLighterInputError(e) && e.field === 'limit' @throws never */
export function isLighterInputError(e: unknown): e is LighterInputError {
  return hasName(e, ['LighterInputError']) && hasCode(e, HTTP_ERROR_CODE.INVALID_PARAMS);
}
/** @example isAbortedError(e) @throws never */
export function isAbortedError(e: unknown): e is AbortedError {
  return hasName(e, ['AbortedError']);
}
/** @example isTxSendError(e) && e.outcome === 'unknown' @throws never */
export function isTxSendError(e: unknown): e is TxSendError {
  return hasName(e, ['TxSendError']) && hasCode(e, HTTP_ERROR_CODE.TX_SEND);
}
/** @example isUnknownMarketError(e) && e.marketId === 99 @throws never */
export function isUnknownMarketError(e: unknown): e is UnknownMarketError {
  return hasName(e, ['UnknownMarketError']) && hasCode(e, HTTP_ERROR_CODE.UNKNOWN_MARKET);
}
