/**
 * Synthetic liquidity: per market, a maker account quotes a ladder around a seeded random
 * walk of the mark price and a taker account crosses the spread now and then, so books stay
 * two-sided and streams move. Deterministic for a seed (the PRNG drives every choice).
 */
import type { Exchange } from './engine/exchange.js';
import type { SimMarket } from './engine/market.js';
import type { SimAccount } from './engine/types.js';
import { ORDER_TYPE, TIME_IN_FORCE } from './protocol.js';
import type { SeededRandom } from './util/prng.js';

/** Market maker tuning. */
export interface MarketMakerOptions {
  /** Step interval (ms). Default 250. */
  intervalMs?: number;
  /** Levels per side. Default 5. */
  levels?: number;
  /** Let the mark price random-walk. Default true. */
  drift?: boolean;
  /** Probability per step of a taker trade. Default 0.3. */
  tradeProbability?: number;
}

interface MarketMakerPair {
  market: SimMarket;
  maker: SimAccount;
  taker: SimAccount;
}

const BIG = 10n ** 15n; // micro-USDC: 1e9 USDC of collateral

/** Drives synthetic liquidity on every market. */
export class MarketMakers {
  private timer: NodeJS.Timeout | undefined;
  private readonly pairs: MarketMakerPair[] = [];
  private readonly opts: Required<MarketMakerOptions>;

  constructor(
    private readonly ex: Exchange,
    private readonly rng: SeededRandom,
    options: MarketMakerOptions = {},
  ) {
    this.opts = {
      intervalMs: options.intervalMs ?? 250,
      levels: options.levels ?? 5,
      drift: options.drift ?? true,
      tradeProbability: options.tradeProbability ?? 0.3,
    };
    for (const market of ex.markets.values()) {
      // Binary markets get no synthetic liquidity: their prices are bounded by the cap and tests drive them.
      if (market.isBinary) continue;
      const mk = (tag: string) => {
        const a = ex.createAccount({ collateral: BIG, l1Address: `0x${tag}${rng.hex(19)}`, isMarketMaker: true });
        a.spotBalances.set(market.spec.baseAssetId ?? 1, 10n ** 14n);
        return a;
      };
      this.pairs.push({ market, maker: mk('aa'), taker: mk('bb') });
    }
  }

  /** Quotes once immediately and then every interval (timer unref'd). */
  start(): void {
    this.step();
    if (this.timer) return;
    this.timer = setInterval(() => this.step(), this.opts.intervalMs);
    this.timer.unref();
  }

  /** Stops the timer (quotes stay on the book). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One quoting round on every market (tests may call it directly). */
  step(): void {
    for (const p of this.pairs) this.stepMarket(p);
  }

  private stepMarket(p: MarketMakerPair): void {
    const { market: m, maker, taker } = p;
    const ex = this.ex;
    const tick = m.markPrice / 10000n > 0n ? m.markPrice / 10000n : 1n; // ~1 bp
    if (this.opts.drift && this.rng.next() < 0.5) {
      const move = BigInt(this.rng.int(-2, 2)) * tick;
      const next = m.markPrice + move;
      if (next > 0n) ex.setMarkPrice(m.index, next);
    }
    ex.cancelAllOpen(maker.index, 'canceled', m.index);
    const expiry = ex.now() + 28 * 86_400_000;
    for (let i = 1; i <= this.opts.levels; i++) {
      for (const isAsk of [true, false]) {
        const price = isAsk ? m.markPrice + tick * BigInt(i) : m.markPrice - tick * BigInt(i);
        if (price <= 0n) continue;
        const size = m.minBase * BigInt(this.rng.int(2, 40));
        try {
          ex.placeOrder({
            accountIndex: maker.index,
            apiKeyIndex: 0,
            marketIndex: m.index,
            clientOrderIndex: 0,
            baseAmount: size,
            price,
            isAsk,
            type: ORDER_TYPE.LIMIT,
            timeInForce: TIME_IN_FORCE.GOOD_TILL_TIME,
            reduceOnly: false,
            triggerPrice: 0n,
            orderExpiry: expiry,
            nonce: 0,
          });
        } catch {
          // a quote that the rules reject (e.g. below min notional) is simply skipped
        }
      }
    }
    if (this.rng.next() < this.opts.tradeProbability) {
      const isAsk = this.rng.next() < 0.5;
      const best = m.book.bestPrice(!isAsk);
      if (best === undefined) return;
      try {
        ex.placeOrder({
          accountIndex: taker.index,
          apiKeyIndex: 0,
          marketIndex: m.index,
          clientOrderIndex: 0,
          baseAmount: m.minBase * BigInt(this.rng.int(1, 4)),
          price: best,
          isAsk,
          type: ORDER_TYPE.LIMIT,
          timeInForce: TIME_IN_FORCE.IMMEDIATE_OR_CANCEL,
          reduceOnly: false,
          triggerPrice: 0n,
          orderExpiry: 0,
          nonce: 0,
          txHash: this.rng.hex(40),
        });
      } catch {
        // ignored: synthetic flow only
      }
    }
  }

  /** Account indexes used by the market makers. */
  accountIndexes(): number[] {
    return this.pairs.flatMap((p) => [p.maker.index, p.taker.index]);
  }
}
