/**
 * Venue timestamp units (docs/protocol/rest.md#conventions "Timestamps"): trades, expiries and WS `timestamp` are ms;
 * `transaction_time` and WS `last_updated_at` are µs; `/` status and `fundings[].timestamp` are seconds;
 * `Order.timestamp/created_at/updated_at` are ambiguous (seconds in older captures, ms later).
 */

/**
 * Below this a timestamp is taken to be in seconds (year 5138 in seconds, 1973 in ms).
 *
 * @example
 * import { SECONDS_THRESHOLD } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const SECONDS_THRESHOLD = 1e11;

/**
 * Normalise an ambiguous seconds-or-milliseconds timestamp to ms (`< 1e11` ⇒ seconds).
 *
 * @example
 * orderTimestampToMillis(1766112729); // 1766112729000
 * orderTimestampToMillis(1777941383576); // 1777941383576
 * @throws never
 */
export function orderTimestampToMillis(value: number): number {
  return value > 0 && value < SECONDS_THRESHOLD ? value * 1000 : value;
}

/**
 * µs (`transaction_time`, `last_updated_at`) to ms, truncating.
 *
 * @example
 * microsToMillis(1777945103092648); // 1777945103092
 * @throws never
 */
export function microsToMillis(value: number): number {
  return Math.trunc(value / 1000);
}

/**
 * ms to ns as bigint (Nautilus `ts_event` / `ts_init`).
 *
 * @example
 * millisToNanos(1777945103092); // 1777945103092000000n
 * @throws {RangeError} when `value` is not an integer
 */
export function millisToNanos(value: number): bigint {
  return BigInt(value) * 1_000_000n;
}

/**
 * µs to ns as bigint (exact).
 *
 * @example
 * microsToNanos(1777945103092648); // 1777945103092648000n
 * @throws {RangeError} when `value` is not an integer
 */
export function microsToNanos(value: number): bigint {
  return BigInt(value) * 1_000n;
}

/**
 * Seconds to ns as bigint (funding rounds, `/` status).
 *
 * @example
 * secondsToNanos(1778702400); // 1778702400000000000n
 * @throws {RangeError} when `value` is not an integer
 */
export function secondsToNanos(value: number): bigint {
  return BigInt(value) * 1_000_000_000n;
}
