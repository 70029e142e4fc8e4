import { describe, expect, it } from 'vitest';
import { parseWsFrame } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('market_stats frames', () => {
  it('parses a single market (ccxt_market_stats_update_single.json) to a one-element array', () => {
    const f = parseWsFrame(loadFixture('ws/ccxt_market_stats_update_single.json'));
    if (f.kind !== 'market_stats') throw new Error(`kind ${f.kind}`);
    expect(f.market_stats).toEqual([
      {
        market_id: 0,
        index_price: '3015.56',
        mark_price: '3013.91',
        open_interest: '122736286.659423',
        open_interest_limit: '72057594037927936.000000',
        funding_clamp_small: '0.0500',
        funding_clamp_big: '4.0000',
        last_trade_price: '3013.13',
        current_funding_rate: '0.0012',
        funding_rate: '0.0012',
        funding_timestamp: 1763532000004,
        daily_base_token_volume: 643235.2763,
        daily_quote_token_volume: 1983505435.673896,
        daily_price_low: 2977.42,
        daily_price_high: 3170.81,
        daily_price_change: -0.3061987051035322,
      },
    ]);
  });
  it('parses the all-markets map (nt_market_stats_update_all.json) to an array', () => {
    const f = parseWsFrame(loadFixture('ws/nt_market_stats_update_all.json'));
    if (f.kind !== 'market_stats') throw new Error(`kind ${f.kind}`);
    expect(f.market_stats).toHaveLength(1);
    expect(f.market_stats[0]?.symbol).toBe('ETH');
    expect(f.market_stats[0]?.mid_price).toBe('2064.39');
    expect(f.market_stats[0]?.current_funding_rate).toBe('0.000001');
    expect(f.market_stats[0]?.daily_price_high).toBe(2398);
    const c = parseWsFrame(loadFixture('ws/ccxt_market_stats_update_all.json'));
    expect(c.kind === 'market_stats' && c.market_stats[0]?.market_id).toBe(96);
    expect(c.kind === 'market_stats' && c.market_stats[0]?.index_price).toBe('1.15901');
  });
  it('parses nt_market_stats_subscribed_single.json and docs_market_stats_update.json', () => {
    const s = parseWsFrame(loadFixture('ws/nt_market_stats_subscribed_single.json'));
    if (s.kind !== 'market_stats') throw new Error(`kind ${s.kind}`);
    expect(s.snapshot).toBe(true);
    expect(s.market_stats[0]?.base_interest_rate).toBe('0.0100');
    expect(s.market_stats[0]?.mark_price).toBe('64356.3');
    const d = parseWsFrame(loadFixture('ws/docs_market_stats_update.json'));
    expect(d.kind === 'market_stats' && d.market_stats[0]?.open_interest).toBe('235.25');
  });
  it('reports a bad entry in the map with its market key in the path', () => {
    const f = () =>
      parseWsFrame({
        type: 'update/market_stats',
        channel: 'market_stats:all',
        market_stats: { '7': { market_id: null } },
      });
    expect(f).toThrow(/market_stats\.7\.market_id/);
  });
});

describe('spot_market_stats frames', () => {
  it('parses single and all forms', () => {
    for (const name of [
      'nt_spot_market_stats_subscribed_single.json',
      'nt_spot_market_stats_update_single.json',
      'nt_spot_market_stats_update_all.json',
    ]) {
      const f = parseWsFrame(loadFixture(`ws/${name}`));
      if (f.kind !== 'spot_market_stats') throw new Error(`kind ${f.kind}`);
      expect(f.spot_market_stats).toEqual([
        {
          symbol: 'USDC',
          market_id: 2048,
          index_price: '1.000000',
          mid_price: '1.000001',
          last_trade_price: '1.000002',
          daily_base_token_volume: 1000,
          daily_quote_token_volume: 1000.1,
          daily_price_low: 0.999999,
          daily_price_high: 1.000002,
          daily_price_change: 0.000001,
        },
      ]);
    }
    const d = parseWsFrame(loadFixture('ws/docs_spot_market_stats_update_all.json'));
    expect(d.kind === 'spot_market_stats' && d.spot_market_stats[0]?.last_trade_price).toBe('3038.08');
  });
});
