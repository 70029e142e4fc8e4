import { describe, expect, it } from 'vitest';
import {
  MarketIdSchema,
  isLighterParseError,
  parseAccountLimits,
  parseBoPnl,
  parseDetailedAccounts,
  parseEvents,
  parseUpDownCandles,
  parseWsFrame,
} from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('events (ours_bo_events.json)', () => {
  it('parses events, their markets and the cursor, keeping unknown fields and the raw payload', () => {
    const raw = loadFixture('rest/ours_bo_events.json');
    const r = parseEvents(raw);
    expect(r.raw).toBe(raw);
    expect(r.next_cursor).toBe(1112);
    expect(r.events.map((e) => [e.event_id, e.title, e.tag])).toEqual([
      [1111, 'BTC Up or Down', 'btc-updown-15m'],
      [1112, 'BTC Up or Down', 'btc-updown-15m'],
    ]);
    const m = r.events[0]?.markets[0];
    expect(m).toMatchObject({
      market_id: 1001,
      settlement_cap: 100,
      price_decimals: 2,
      size_decimals: 4,
      settlement_price: null,
    });
    expect((m as Record<string, unknown>).future_field).toBe('kept');
    // A market id sent as integer text parses to the same number.
    expect(r.events[1]?.markets[0]?.market_id).toBe(1002);
  });
  it('refuses a market id a JS number cannot hold exactly, naming the field', () => {
    const body = { code: 200, events: [{ event_id: 1, markets: [{ market_id: '9007199254740993' }] }] };
    try {
      parseEvents(body);
      expect.unreachable();
    } catch (e) {
      expect(isLighterParseError(e)).toBe(true);
      expect(JSON.stringify(e)).toContain('events.0.markets.0.market_id');
    }
  });
});

describe('MarketIdSchema (int64 on the wire)', () => {
  it('accepts numbers and integer text inside the exact range and refuses the rest', () => {
    expect(MarketIdSchema.safeParse(0).data).toBe(0);
    expect(MarketIdSchema.safeParse('1500').data).toBe(1500);
    expect(MarketIdSchema.safeParse(Number.MAX_SAFE_INTEGER).data).toBe(Number.MAX_SAFE_INTEGER);
    expect(MarketIdSchema.safeParse('9007199254740992').success).toBe(false);
    expect(MarketIdSchema.safeParse(2 ** 60).success).toBe(false);
    expect(MarketIdSchema.safeParse(-1).success).toBe(false);
    expect(MarketIdSchema.safeParse(1.5).success).toBe(false);
  });
  it('is what existing market payloads use: an unsafe market id in a position fails the parse', () => {
    const account = {
      code: 200,
      total: 1,
      accounts: [{ index: 1, l1_address: '0x', positions: [{ market_id: 2 ** 60, symbol: 'X', position: '1' }] }],
    };
    expect(() => parseDetailedAccounts(account)).toThrow(/market_id/);
  });
});

describe('upDownCandles (ours_bo_up_down_candles.json)', () => {
  it('keeps prices as exact strings and exposes the cursor', () => {
    const r = parseUpDownCandles(loadFixture('rest/ours_bo_up_down_candles.json'));
    expect(r.candles).toHaveLength(2);
    expect(r.candles[0]).toMatchObject({ t: 1761400800, o: '111000.10', c: '111005.50' });
    expect(r.next_cursor).toBe(1761400860);
  });
});

describe('portfolio_boPnl (ours_bo_pnl.json)', () => {
  it('keeps settlement_pnl null until settlement and a real zero afterwards', () => {
    const r = parseBoPnl(loadFixture('rest/ours_bo_pnl.json'));
    expect(r.events.map((e) => [e.event_id, e.total_pnl, e.settlement_pnl])).toEqual([
      [1112, '-1.250000', null],
      [1111, '4.500000', '0.000000'],
    ]);
    expect(r.events[1]?.markets[0]).toMatchObject({ market_id: 1001, settlement_pnl: '0.000000' });
  });
});

describe('binary fields of existing payloads', () => {
  it('accountLimits carries the binary-option tier and fee rate', () => {
    const r = parseAccountLimits(loadFixture('rest/ours_bo_account_limits.json'));
    expect([r.bo_user_tier_name, r.bo_fee_rate]).toEqual(['bo_standard', '0.0100']);
  });
  it('account_all carries bo_positions (map flattened) and account_market bo_position', () => {
    const all = parseWsFrame(loadFixture('ws/ours_account_all_bo_positions.json'));
    if (all.kind !== 'account_all') throw new Error(all.kind);
    expect(all.bo_positions).toEqual([{ market_id: 1001, sign: 1, position: '10.0000', avg_entry_price: '0.55' }]);
    const one = parseWsFrame(loadFixture('ws/ours_account_market_bo_position.json'));
    if (one.kind !== 'account_market') throw new Error(one.kind);
    expect(one.bo_position).toMatchObject({ market_id: 1001, sign: -1, position: '4.0000' });
  });
});

describe('WS frames', () => {
  it('bo_market_stats/all parses to one entry per market and keeps unknown fields', () => {
    const f = parseWsFrame(loadFixture('ws/ours_bo_market_stats_all.json'));
    if (f.kind !== 'bo_market_stats') throw new Error(f.kind);
    expect(f.snapshot).toBe(false);
    expect(f.bo_market_stats.map((s) => [s.market_id, s.last_trade_price])).toEqual([
      [1001, '0.55'],
      [1002, '0.48'],
    ]);
    expect((f.bo_market_stats[0] as Record<string, unknown>).unpublished_field).toBe(7);
  });
  it('bo_market_stats for one market is a snapshot with one entry', () => {
    const f = parseWsFrame(loadFixture('ws/ours_bo_market_stats_single.json'));
    if (f.kind !== 'bo_market_stats') throw new Error(f.kind);
    expect(f.snapshot).toBe(true);
    expect(f.bo_market_stats).toHaveLength(1);
  });
  it('up_down_candle keeps decimal-string prices', () => {
    const f = parseWsFrame(loadFixture('ws/ours_up_down_candle_update.json'));
    if (f.kind !== 'up_down_candle') throw new Error(f.kind);
    expect(f.candles.map((c) => c.c)).toEqual(['111000.10', '111002.00']);
  });
});
