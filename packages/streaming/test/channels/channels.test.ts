import { describe, expect, it } from 'vitest';
import type { ChannelDefinition, DataFrame } from '../../src/channel.js';
import { accountAllAssetsChannel } from '../../src/channels/account-all-assets.js';
import { accountAllOrdersChannel } from '../../src/channels/account-all-orders.js';
import { accountAllPositionsChannel } from '../../src/channels/account-all-positions.js';
import { accountAllTradesChannel } from '../../src/channels/account-all-trades.js';
import { accountAllChannel } from '../../src/channels/account-all.js';
import { accountMarketChannel } from '../../src/channels/account-market.js';
import { accountOrdersChannel } from '../../src/channels/account-orders.js';
import { accountSpotAvgEntryPricesChannel } from '../../src/channels/account-spot-avg-entry-prices.js';
import { accountTxChannel } from '../../src/channels/account-tx.js';
import { boMarketStatsChannel } from '../../src/channels/bo-market-stats.js';
import { candleChannel } from '../../src/channels/candle.js';
import { heightChannel } from '../../src/channels/height.js';
import { marketStatsChannel } from '../../src/channels/market-stats.js';
import { notificationChannel } from '../../src/channels/notification.js';
import { orderBookChannel } from '../../src/channels/order-book.js';
import { poolDataChannel } from '../../src/channels/pool-data.js';
import { poolInfoChannel } from '../../src/channels/pool-info.js';
import { spotMarketStatsChannel } from '../../src/channels/spot-market-stats.js';
import { tickerChannel } from '../../src/channels/ticker.js';
import { tradeChannel } from '../../src/channels/trade.js';
import { upDownCandleChannel } from '../../src/channels/up-down-candle.js';
import { userStatsChannel } from '../../src/channels/user-stats.js';
import { isLighterWsError } from '../../src/errors.js';
import { classifyFrame } from '../../src/frames.js';
import { wsFixture } from '../helpers/fixtures.js';

const frameOf = (name: string): DataFrame => {
  const f = classifyFrame(JSON.stringify(wsFixture(name)));
  if (f.kind !== 'data') throw new Error(`${name} is not a data frame`);
  return f;
};
const noResync = { resync: () => expect.unreachable('unexpected resync') };
const run = <E>(def: ChannelDefinition<E>, ...names: string[]): E[] => {
  const h = def.createHandler();
  return names.flatMap((n) => [...h.handle(frameOf(n), noResync)]);
};

describe('channel names (docs/protocol/websocket.md#channels)', () => {
  it('builds every outbound channel and its auth need', () => {
    const defs = [
      [orderBookChannel({ marketIndex: 0 }), 'order_book/0', false],
      [tickerChannel({ marketIndex: 1 }), 'ticker/1', false],
      [tradeChannel({ marketIndex: 2048 }), 'trade/2048', false],
      [candleChannel({ marketIndex: 0, resolution: '1m' }), 'candle/0/1m', false],
      [marketStatsChannel({ market: 'all' }), 'market_stats/all', false],
      [spotMarketStatsChannel({ market: 2048 }), 'spot_market_stats/2048', false],
      [heightChannel(), 'height', false],
      [accountAllChannel({ accountIndex: 7 }), 'account_all/7', true],
      [accountMarketChannel({ marketIndex: 0, accountIndex: 7 }), 'account_market/0/7', true],
      [accountOrdersChannel({ marketIndex: 0, accountIndex: 1234 }), 'account_orders/0/1234', true],
      [accountAllOrdersChannel({ accountIndex: 7 }), 'account_all_orders/7', true],
      [accountAllTradesChannel({ accountIndex: 7 }), 'account_all_trades/7', true],
      [accountAllPositionsChannel({ accountIndex: 7 }), 'account_all_positions/7', true],
      [accountAllAssetsChannel({ accountIndex: 7n }), 'account_all_assets/7', true],
      [accountSpotAvgEntryPricesChannel({ accountIndex: 7 }), 'account_spot_avg_entry_prices/7', true],
      [userStatsChannel({ accountIndex: 7 }), 'user_stats/7', true],
      [accountTxChannel({ accountIndex: 7 }), 'account_tx/7', true],
      [notificationChannel({ accountIndex: 7 }), 'notification/7', true],
      [poolDataChannel({ accountIndex: 7 }), 'pool_data/7', true],
      [poolInfoChannel({ accountIndex: 7 }), 'pool_info/7', true],
    ] as const;
    for (const [def, channel, auth] of defs) {
      expect(def.channel).toBe(channel);
      expect(def.requiresAuth).toBe(auth);
    }
  });

  it('rejects bad indexes and resolutions with a typed error naming the field', () => {
    for (const bad of [
      () => orderBookChannel({ marketIndex: -1 }),
      () => tickerChannel({ marketIndex: 1.5 }),
      () => accountAllChannel({ accountIndex: -2 }),
    ]) {
      try {
        bad();
        expect.unreachable();
      } catch (e) {
        expect(isLighterWsError(e)).toBe(true);
        expect((e as Error).message).toMatch(/Index/);
      }
    }
    expect(() => candleChannel({ marketIndex: 0, resolution: '1w' as '1m' })).toThrow(/resolution/);
  });

  it('binary-option channels: names built here (the only place), bad parts refused naming the field', () => {
    expect(boMarketStatsChannel({ market: 'all' }).channel).toBe('bo_market_stats/all');
    expect(boMarketStatsChannel({ market: 1001 }).channel).toBe('bo_market_stats/1001');
    expect(upDownCandleChannel({ underlying: 'BTC', duration: '15m', resolution: '1s' }).channel).toBe(
      'up_down_candle/btc/15m/1s',
    );
    const field = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        expect(isLighterWsError(e)).toBe(true);
        return (e as Error).message;
      }
      return expect.unreachable('no error');
    };
    expect(field(() => upDownCandleChannel({ underlying: 'b/tc', duration: '15m', resolution: '1s' }))).toMatch(
      /^underlying .*"b\/tc"/,
    );
    expect(field(() => upDownCandleChannel({ underlying: 'btc', duration: 'x', resolution: '1s' }))).toMatch(
      /^duration .*"x"/,
    );
    expect(field(() => upDownCandleChannel({ underlying: 'btc', duration: '5m', resolution: '1m' as '1s' }))).toMatch(
      /^resolution/,
    );
  });
});

describe('channel parsers on real fixtures', () => {
  it('ticker', () => {
    const [e] = run(tickerChannel({ marketIndex: 0 }), 'nt_ticker_update.json');
    expect(e).toMatchObject({
      phase: 'update',
      symbol: 'ETH',
      bestBid: { price: '2064.30', size: '1.0392' },
      bestAsk: { price: '2064.48', size: '0.4950' },
    });
  });
  it('trade', () => {
    const [e] = run(tradeChannel({ marketIndex: 0 }), 'nt_trade_update.json');
    expect(e?.trades.length).toBeGreaterThan(0);
    expect(e?.liquidationTrades).toEqual(expect.any(Array));
  });
  it('market_stats single and all become maps keyed by market id', () => {
    const [single] = run(marketStatsChannel({ market: 0 }), 'nt_market_stats_update_single.json');
    expect(single?.stats['0']?.mark_price).toBe('2064.47');
    const [all] = run(marketStatsChannel({ market: 'all' }), 'nt_market_stats_update_all.json');
    expect(all?.stats['0']?.symbol).toBe('ETH');
  });
  it('spot_market_stats', () => {
    const [e] = run(spotMarketStatsChannel({ market: 'all' }), 'nt_spot_market_stats_update_all.json');
    expect(Object.keys(e?.stats ?? {}).length).toBeGreaterThan(0);
  });
  it("market stats carry models' parse of the frame: typed entries per market", () => {
    const [perp] = run(marketStatsChannel({ market: 0 }), 'nt_market_stats_update_single.json');
    expect(perp?.typed?.market_stats.map((m) => [m.market_id, m.mark_price])).toEqual([[0, '2064.47']]);
    expect(perp?.parseError).toBeUndefined();
    const [spot] = run(spotMarketStatsChannel({ market: 'all' }), 'nt_spot_market_stats_update_all.json');
    expect(spot?.typed?.spot_market_stats.length).toBe(Object.keys(spot?.stats ?? {}).length);
    const [bo] = run(boMarketStatsChannel({ market: 'all' }), 'ours_bo_market_stats_all.json');
    expect(bo?.typed?.bo_market_stats.map((m) => m.market_id)).toEqual(Object.keys(bo?.stats ?? {}).map(Number));
  });
  it('a market-stats frame models refuses still comes, raw, with parseError', () => {
    const h = marketStatsChannel({ market: 'all' }).createHandler();
    const raw = {
      type: 'update/market_stats',
      channel: 'market_stats:all',
      market_stats: { '0': { market_id: 0, mark_price: '1.5' }, '1': { market_id: 1, mark_price: 'abc' } },
    };
    const [e] = h.handle(classifyFrame(JSON.stringify(raw)) as DataFrame, noResync);
    expect(e?.stats['0']?.mark_price).toBe('1.5');
    expect(e?.typed).toBeUndefined();
    expect(e?.parseError?.code).toBe('PARSE_ERROR');
  });
  it('height', () => {
    const [e] = run(heightChannel(), 'nt_height_update.json');
    expect(typeof e?.height).toBe('number');
  });
  it('account channels pass the payload through with decimals as strings', () => {
    const [e] = run(accountAllAssetsChannel({ accountIndex: 1234 }), 'nt_account_all_assets_update.json');
    expect(e?.data.assets).toBeDefined();
    expect(e?.data.type).toBeUndefined();
    expect(e?.typed?.kind).toBe('account_all_assets');
    expect(e?.parseError).toBeUndefined();
    const [o] = run(accountOrdersChannel({ marketIndex: 0, accountIndex: 1234 }), 'nt_account_orders_update.json');
    expect(o?.data.orders).toBeDefined();
    expect(o?.typed?.kind).toBe('account_orders');
  });
  it('account channels still deliver a frame the models schema rejects, with parseError', () => {
    const h = userStatsChannel({ accountIndex: 1 }).createHandler();
    const f = classifyFrame(JSON.stringify({ type: 'update/user_stats', channel: 'user_stats:1', stats: 'garbage' }));
    const [e] = h.handle(f as DataFrame, noResync);
    expect(e?.data.stats).toBe('garbage');
    expect(e?.typed).toBeUndefined();
    expect(e?.parseError?.code).toBe('PARSE_ERROR');
  });
  it('order_book snapshot then continuing update', () => {
    const def = orderBookChannel({ marketIndex: 0 });
    const h = def.createHandler();
    const snap = h.handle(frameOf('nt_order_book_subscribed.json'), noResync);
    expect(snap[0]?.book.bestAsk()?.price).toBe('2325.00');
    const upd = frameOf('nt_order_book_update.json');
    const reasons: string[] = [];
    // The two fixtures are from different sessions: the update does not continue the snapshot.
    expect(h.handle(upd, { resync: (r) => reasons.push(r) })).toEqual([]);
    expect(reasons).toEqual(['gap']);
  });
});
