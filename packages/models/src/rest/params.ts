/**
 * Request-parameter building blocks still used by models' binary-option request schemas (`src/binary/`), validated
 * before any I/O (STYLE.md "Data at the boundary"). Every other route's request side lives in `@lighter-ts/http`
 * next to its function; these are internal to models (not exported from the package root).
 */
import * as z from 'zod/mini';

/**
 * Account index (−1 … 2^48−1 fits a JS number, docs/protocol/transactions.md#common-fields).
 *
 * @example
 * AccountIndexParam.safeParse(1077).success; // true
 * @throws never (a constant)
 */
export const AccountIndexParam = z.int().check(z.minimum(-1), z.maximum(2 ** 48 - 1));
/**
 * Opaque pagination cursor.
 *
 * @example
 * CursorParam.safeParse('').success; // false
 * @throws never (a constant)
 */
export const CursorParam = z.string().check(z.minLength(1));
/**
 * Auth token (never logged: redacted by key name).
 *
 * @example
 * AuthParam.safeParse('ro:1077:all:…').success; // true
 * @throws never (a constant)
 */
export const AuthParam = z.string().check(z.minLength(1));
