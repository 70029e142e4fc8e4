/**
 * Market selection and canary identifiers.
 */
import { randomBytes } from 'node:crypto';
import { fromUnits } from './decimal.js';
import { CANARY_ERROR_CODE, CanaryError } from './errors.js';
import type { CanaryMarket } from './venue.js';

/**
 * A fresh client order id for a canary order: `CANARY-<kind>-<time>-<random>` (NT ClientOrderId is
 * any non-empty string; the execution layer derives the venue's 31-bit client_order_index from it).
 *
 * @example
 * newCanaryOrderId('P'); // 'CANARY-P-mbx2k1-9f3a1c'
 * @throws never
 */
export function newCanaryOrderId(kind: string): string {
  return `CANARY-${kind}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/**
 * Find a market by symbol (`ETH`, `ETH-PERP`, `ETH-PERP.LIGHTER`, `ETH/USDC`) or index.
 *
 * @example
 * pickMarket(markets, 'ETH-PERP.LIGHTER');
 * @throws CanaryError (CANARY_MARKET) when nothing matches, listing what exists
 */
export function pickMarket(markets: readonly CanaryMarket[], wanted: string): CanaryMarket {
  const w = wanted.trim();
  if (/^\d+$/.test(w)) {
    const m = markets.find((x) => x.marketIndex === Number(w));
    if (m) return m;
  }
  const norm = w.toUpperCase().replace(/\.LIGHTER$/, '');
  const found =
    markets.find((x) => x.instrumentId?.toUpperCase() === w.toUpperCase()) ??
    markets.find((x) => x.symbol.toUpperCase() === norm) ??
    markets.find(
      (x) => norm.endsWith('-PERP') && x.marketType === 'perp' && x.symbol.toUpperCase() === norm.slice(0, -5),
    ) ??
    markets.find(
      (x) => norm.endsWith('-SPOT') && x.marketType === 'spot' && x.symbol.toUpperCase() === norm.slice(0, -5),
    );
  if (found) return found;
  throw new CanaryError({
    code: CANARY_ERROR_CODE.MARKET,
    message: `market "${wanted}" not found; available: ${markets.map((m) => `${m.symbol}(${m.marketIndex})`).join(', ')}`,
    field: 'market',
  });
}

/** Tick or lot size of `decimals` as a decimal string. @example tick(2) // '0.01' @throws never */
export function tick(decimals: number): string {
  return fromUnits({ units: 1n, decimals });
}

/** Shorten a tx hash for progress lines. @example short('abcdef…') @throws never */
export function short(hash: string | undefined): string {
  if (!hash) return '?';
  return hash.length > 18 ? `${hash.slice(0, 10)}…${hash.slice(-6)}` : hash;
}
