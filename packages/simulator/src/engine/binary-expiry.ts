/**
 * Time-driven settlement of Up/Down markets (docs/protocol/binary-options.md#settlement): a market whose terms ask
 * for it (`settleAtEnd`) settles by itself once the venue clock passes the end of its window, from its underlying.
 * Up wins (the market settles at the cap) when the underlying's mark price at the end is above the reference price,
 * Down wins (settles at 0) otherwise, a tie included: an Up share pays "if the underlying ends the window higher".
 * The reference is the terms' `referencePrice`, or the underlying's mark price at the first clock tick inside the
 * window (the simulator has no price history to look it up afterwards).
 */
import { parseScaled } from '../util/decimal.js';
import { settleBinaryMarket } from './binary.js';
import type { ExchangeCore } from './exchange-core.js';

/**
 * Records window-opening reference prices and settles every self-settling binary market whose window has ended.
 * Called from the exchange's clock tick (every 100 ms and on `advanceTime`).
 * @example settleDueBinaryMarkets(exchange)
 * @throws never (a market without a known underlying is left to the operator)
 */
export function settleDueBinaryMarkets(ex: ExchangeCore): void {
  const now = ex.now();
  for (const m of ex.markets.values()) {
    const terms = m.spec.binary;
    if (!m.isBinary || terms?.settleAtEnd !== true || m.settlement !== undefined) continue;
    const under = ex.markets.get(terms.underlyingMarketIndex ?? -1);
    if (under === undefined || now < terms.startAt * 1000) continue;
    m.referencePrice ??=
      terms.referencePrice === undefined
        ? under.markPrice
        : parseScaled(terms.referencePrice, under.spec.priceDecimals);
    if (now < terms.endAt * 1000) continue;
    const upWins = under.markPrice > m.referencePrice;
    settleBinaryMarket(ex, { marketIndex: m.index, priceTicks: upWins ? m.settlementCap : 0 });
  }
}
