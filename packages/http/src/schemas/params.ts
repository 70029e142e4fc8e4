/** Request-parameter building blocks (validated before any I/O). */
import * as z from 'zod/mini';

/** int16 market id; 255 = all markets where the route allows it. */
export const marketId = z.int().check(z.gte(0), z.lte(32767));
/** Account index: −1..2^48−2 (docs/protocol/transactions.md#common-fields). */
export const accountIndex = z.number().check(z.int(), z.gte(-1), z.lte(2 ** 48));
/** API key index 0..255 (255 = all / pick). */
export const apiKeyIndex = z.int().check(z.gte(0), z.lte(255));
/** int64 that may exceed 2^53 (order indexes up to 2^60−1, docs/protocol/rest.md#conventions). */
export const int64 = z.union([
  z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER)),
  z.bigint().check(z.gte(0n), z.lte(2n ** 63n - 1n)),
]);
/** Unix milliseconds, 0..5e12 (docs/protocol/rest.md#market-data candles). */
export const timestampMs = z.int().check(z.gte(0), z.lte(5e12));
/** Page size 1..n. */
export const limit = (max: number) => z.int().check(z.gte(1), z.lte(max));
/** Non-empty string. */
export const nonEmpty = z.string().check(z.minLength(1));
/** Ethereum address. */
export const l1Address = z.string().check(z.regex(/^0x[0-9a-fA-F]{40}$/, 'expected a 0x-prefixed 20-byte hex address'));
/** Opaque pagination cursor. */
export const cursorParam = z.string().check(z.minLength(1));

const INT_TEXT = /^-?\d+$/;
const ADDRESS_TEXT = /^0x[0-9a-fA-F]{40}$/;

/**
 * Cross-field check for `by`/`value` lookups: `value` must match the kind named by `by`
 * (an integer for index-like kinds, an address for `l1_address`), reported on field `value`.
 * @example z.strictObject({ by, value }).check(z.superRefine(byValue({ index: 'int', l1_address: 'address' })))
 * @throws never (returns a refinement)
 */
export function byValue(kinds: Record<string, 'int' | 'address' | 'text'>) {
  return (p: { by: string; value: string }, ctx: z.core.$RefinementCtx): void => {
    const kind = kinds[p.by] ?? 'text';
    if (kind === 'int' && !INT_TEXT.test(p.value))
      ctx.addIssue({ code: 'custom', path: ['value'], message: `must be an integer when by='${p.by}'` });
    if (kind === 'address' && !ADDRESS_TEXT.test(p.value))
      ctx.addIssue({ code: 'custom', path: ['value'], message: `must be a 0x address when by='${p.by}'` });
  };
}
