/**
 * `binaryMarketSpec`: the one Up/Down (binary-option) market spec tests start a simulator with. Every test that
 * needs a binary market wrote the same dozen lines (4 size decimals, 2 price decimals, one share minimum, opening
 * at 0.50, an event on a BTC or ETH perp underlying) and they drifted only in the event id and the window; this
 * builder keeps those shared terms in one place and takes only what a test varies.
 */
import type { BinaryMarketTerms, MarketSpec } from './markets.js';
import { SimulatorInputError } from './errors.js';

/** Parameters of {@link binaryMarketSpec}: the window is required, everything else has the common default. */
export interface BinaryMarketSpecParams {
  /** Window start, unix seconds. */
  startAt: number;
  /** Window end, unix seconds; default `startAt` plus `duration`. */
  endAt?: number;
  /** Market id in the binary range 1000..2000; default 1001. */
  marketIndex?: number;
  /** Underlying symbol, lower case as the venue spells it in tags (`btc`); default `btc`. */
  underlying?: string;
  /** Market duration as in the tag (`5m`, `15m`, `1h`, `1d`); default `15m`. */
  duration?: string;
  /** Event id of the `events` route; default 1. */
  eventId?: number;
  /** Perp market standing for the underlying; default 1 (BTC perp of `DEFAULT_MARKETS`), 0 when `underlying` is `eth`. */
  underlyingMarketIndex?: number;
  /** Settlement cap in price ticks; default the venue's 100 (docs/protocol/binary-options.md#trading-rules). */
  settlementCap?: number;
  /** Settle by itself when the venue clock passes `endAt`; default false (see `BinaryMarketTerms`). */
  settleAtEnd?: boolean;
  /** The underlying's price to beat, a decimal string; default its mark price when the window opens. */
  referencePrice?: string;
}

const UNIT_SECONDS: Record<string, number> = { m: 60, h: 3600, d: 86_400 };

/** Length of a duration tag (`15m`) in seconds. */
function durationSeconds(duration: string): number {
  const m = /^(\d+)([mhd])$/.exec(duration);
  const unit = m?.[2] === undefined ? undefined : UNIT_SECONDS[m[2]];
  if (m === null || unit === undefined) {
    throw new SimulatorInputError({
      field: 'duration',
      message: `must be <n>m, <n>h or <n>d when endAt is not given, received ${JSON.stringify(duration)}`,
    });
  }
  return Number(m[1]) * unit;
}

/**
 * Builds an Up/Down market spec: symbol `BTC-UPDOWN-15M`, tag `btc-updown-15m`, title `BTC Up or Down`, 4 size and
 * 2 price decimals (docs/protocol/binary-options.md#trading-rules), a one-share minimum, first price 0.50.
 * @example
 * const startAt = Math.floor(Date.now() / 1000) - 60;
 * const sim = await startSimulator({ markets: [...DEFAULT_MARKETS, binaryMarketSpec({ startAt })] });
 * @throws SimulatorInputError naming `duration` when `endAt` is absent and the duration is not `<n>m|h|d`
 */
export function binaryMarketSpec(params: BinaryMarketSpecParams): MarketSpec {
  const underlying = params.underlying ?? 'btc';
  const duration = params.duration ?? '15m';
  const binary: BinaryMarketTerms = {
    eventId: params.eventId ?? 1,
    title: `${underlying.toUpperCase()} Up or Down`,
    tag: `${underlying}-updown-${duration}`,
    underlying,
    duration,
    startAt: params.startAt,
    endAt: params.endAt ?? params.startAt + durationSeconds(duration),
    underlyingMarketIndex: params.underlyingMarketIndex ?? (underlying === 'eth' ? 0 : 1),
  };
  if (params.settlementCap !== undefined) binary.settlementCap = params.settlementCap;
  if (params.settleAtEnd !== undefined) binary.settleAtEnd = params.settleAtEnd;
  if (params.referencePrice !== undefined) binary.referencePrice = params.referencePrice;
  return {
    marketIndex: params.marketIndex ?? 1001,
    symbol: `${underlying.toUpperCase()}-UPDOWN-${duration.toUpperCase()}`,
    marketType: 'binary',
    sizeDecimals: 4,
    priceDecimals: 2,
    minBaseAmount: '1.0000',
    minQuoteAmount: '1.000000',
    initialPrice: '0.50',
    binary,
  };
}
