/**
 * The three market kinds and the index ranges each lives in (docs/protocol/binary-options.md#market-ids). Binary options ("Up/Down" markets) are the third kind.
 */
import { MARKET_TYPE } from './account.js';

/**
 * Market kinds: the two `market_type` spellings plus `binary` for Up/Down markets.
 *
 * @example
 * import { MARKET_KIND } from '@lighter-ts/models';
 * MARKET_KIND.BINARY; // 'binary'
 * @throws never (a constant)
 */
export const MARKET_KIND = {
  ...MARKET_TYPE,
  /** `binary`: a binary option (Up/Down) market, ids 1000-2000 (docs/protocol/binary-options.md#market-ids). */
  BINARY: 'binary',
} as const;
/** Union of {@link MARKET_KIND} values. */
export type MarketKind = (typeof MARKET_KIND)[keyof typeof MARKET_KIND];

/**
 * Inclusive market-index ranges by kind. Perps 0-254 and spot 2048-4094 are the official signer's checks; the
 * binary range 1000-2000 is the slot range a third-party SDK documents for Up/Down books, and is NOT verified
 * against an official signer (docs/protocol/binary-options.md#market-ids).
 *
 * @example
 * MARKET_INDEX_RANGE.binary.min; // 1000
 * @throws never (a constant)
 */
export const MARKET_INDEX_RANGE = {
  /** Perpetual markets: ids 0 to 254 (255 is the "all markets" sentinel, `ALL_MARKETS`). */
  perp: {
    /** First perp market id. */
    min: 0,
    /** Last perp market id. */
    max: 254,
  },
  /** Binary option markets: ids 1000 to 2000 (a third-party SDK's range, unverified; see above). */
  binary: {
    /** First binary market id. */
    min: 1000,
    /** Last binary market id. */
    max: 2000,
  },
  /** Spot markets: ids 2048 to 4094. */
  spot: {
    /** First spot market id. */
    min: 2048,
    /** Last spot market id. */
    max: 4094,
  },
} as const satisfies Record<MarketKind, { min: number; max: number }>;

/**
 * Largest market id the wire may carry: market indexes are signed int64 since lighter-go v1.0.11
 * (docs/protocol/binary-options.md#market-ids).
 *
 * @example
 * import { MAX_MARKET_ID } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MAX_MARKET_ID = 2n ** 63n - 1n;

/**
 * Kind of a market index by range, or `undefined` outside every known range.
 *
 * @example
 * marketKindOf(1500); // 'binary'
 * marketKindOf(2048n); // 'spot'
 * marketKindOf(300); // undefined
 * @throws never
 */
export function marketKindOf(marketIndex: number | bigint): MarketKind | undefined {
  const m =
    typeof marketIndex === 'bigint' ? marketIndex : Number.isSafeInteger(marketIndex) ? BigInt(marketIndex) : -1n;
  for (const kind of [MARKET_KIND.PERP, MARKET_KIND.BINARY, MARKET_KIND.SPOT] as const) {
    const r = MARKET_INDEX_RANGE[kind];
    if (m >= BigInt(r.min) && m <= BigInt(r.max)) return kind;
  }
  return undefined;
}
