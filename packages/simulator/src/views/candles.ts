/**
 * Candles built from the trade history (Candle short keys t o h l c v V i, docs/protocol/rest.md#response-models).
 */
import { CANDLE_RESOLUTION_MS } from '@lighter-ts/models';
import type { SimMarket } from '../engine/market.js';
import { scaledToNumber } from '../util/decimal.js';

/** Candle resolutions and their length in ms (docs/protocol/enums.md), looked up by the resolution string a client sent. */
export const RESOLUTION_MS: Readonly<Record<string, number>> = CANDLE_RESOLUTION_MS;

/** Candles of `market` in [start, end) (ms), oldest first, at most `limit` (latest kept). */
export function buildCandles(
  market: SimMarket,
  p: { resolutionMs: number; start: number; end: number; limit: number },
): Record<string, number>[] {
  const pd = market.spec.priceDecimals;
  const sd = market.spec.sizeDecimals;
  const buckets = new Map<number, { o: bigint; h: bigint; l: bigint; c: bigint; v: bigint; V: bigint; i: number }>();
  for (const t of market.trades) {
    if (t.timestamp < p.start || t.timestamp >= p.end) continue;
    const k = Math.floor(t.timestamp / p.resolutionMs) * p.resolutionMs;
    const b = buckets.get(k);
    if (!b) {
      buckets.set(k, { o: t.price, h: t.price, l: t.price, c: t.price, v: t.size, V: t.usdAmount, i: t.tradeId });
    } else {
      if (t.price > b.h) b.h = t.price;
      if (t.price < b.l) b.l = t.price;
      b.c = t.price;
      b.v += t.size;
      b.V += t.usdAmount;
      b.i = t.tradeId;
    }
  }
  const rows = [...buckets.entries()].sort((a, b) => a[0] - b[0]).slice(-p.limit);
  return rows.map(([t, b]) => ({
    t,
    o: scaledToNumber(b.o, pd),
    h: scaledToNumber(b.h, pd),
    l: scaledToNumber(b.l, pd),
    c: scaledToNumber(b.c, pd),
    v: scaledToNumber(b.v, sd),
    V: scaledToNumber(b.V, 6),
    i: b.i,
  }));
}
