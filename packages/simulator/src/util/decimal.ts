/**
 * Exact decimal <-> scaled-integer conversion. Wire decimals stay strings; the engine
 * works in integers (docs/protocol/rest.md#conventions: never floats for prices, sizes or money).
 */

/** Formats `value / 10^decimals` as a fixed-point string with exactly `decimals` places. */
export function formatScaled(value: bigint, decimals: number): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  if (decimals === 0) return `${negative ? '-' : ''}${abs}`;
  const s = abs.toString().padStart(decimals + 1, '0');
  const out = `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
  return negative ? `-${out}` : out;
}

/**
 * Parses a decimal string into an integer scaled by `10^decimals`.
 * @throws RangeError when the string is not a decimal or has more places than `decimals`.
 */
export function parseScaled(value: string, decimals: number): bigint {
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) throw new RangeError(`not a decimal: ${JSON.stringify(value)}`);
  const frac = m[3] ?? '';
  const trimmed = frac.replace(/0+$/, '');
  if (trimmed.length > decimals) {
    throw new RangeError(`${value} has more than ${decimals} decimal places`);
  }
  const n = BigInt(m[2] + frac.padEnd(decimals, '0').slice(0, decimals));
  return m[1] ? -n : n;
}

/** Rescales an integer from `from` to `to` decimals, flooring toward zero when dropping places. */
export function rescale(value: bigint, from: number, to: number): bigint {
  if (to === from) return value;
  if (to > from) return value * 10n ** BigInt(to - from);
  return value / 10n ** BigInt(from - to);
}

/** Converts a scaled integer to a JS number (only for fields the venue sends as floats, docs/protocol/rest.md#conventions). */
export function scaledToNumber(value: bigint, decimals: number): number {
  return Number(formatScaled(value, decimals));
}

/** Absolute value of a bigint. */
export function absBig(v: bigint): bigint {
  return v < 0n ? -v : v;
}

/** Minimum of two bigints. */
export function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/** Maximum of two bigints. */
export function maxBig(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}
