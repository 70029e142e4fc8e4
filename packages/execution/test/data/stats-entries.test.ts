// Market-stats entries come from streaming's typed frames (models' parse). models refuses an `all` frame as a
// whole for one bad market, so a refused frame is read for our market alone: a bad sibling never hides ours.
import {
  boMarketStatsChannel,
  type ChannelDefinition,
  marketStatsChannel,
  spotMarketStatsChannel,
} from '@lighter-ts/streaming';
import { describe, expect, it } from 'vitest';
import { binaryStatsOf } from '../../src/data/binary-streams.js';
import { boStatsOf, perpStatsOf, presentDecimal, spotStatsOf } from '../../src/data/stats-entries.js';
import type { LighterInstrument } from '../../src/instruments/instrument.js';
import { fixture } from '../fixtures.js';

// The event streaming's real channel handler makes of a raw frame.
function streamed<E>(def: ChannelDefinition<E>, raw: Record<string, unknown>): E {
  const type = String(raw.type ?? `update/${def.kind}`);
  const [e] = def
    .createHandler()
    .handle(
      { kind: 'data', phase: 'update', channelKind: def.kind, channel: def.channel, raw: { ...raw, type } as never },
      { resync() {} },
    );
  if (e === undefined) throw new Error('the channel handler produced no event');
  return e;
}

describe('perpStatsOf', () => {
  it('reads the typed entry of a frame models parsed', () => {
    const e = streamed(marketStatsChannel({ market: 0 }), fixture('ws/nt_market_stats_update_single.json'));
    expect(e.typed).toBeDefined();
    expect(perpStatsOf(e, 0)?.mark_price).toBe('2064.47');
    expect(perpStatsOf(e, 1)).toBeUndefined();
  });

  it('reads our market of a frame refused for a sibling market', () => {
    const e = streamed(marketStatsChannel({ market: 'all' }), {
      channel: 'market_stats:all',
      market_stats: {
        '0': { market_id: 0, mark_price: '1.5', funding_timestamp: 1_700_000_000_000 },
        '1': { market_id: 1, mark_price: 'abc' },
      },
    });
    expect(e.typed).toBeUndefined();
    expect(perpStatsOf(e, 0)).toMatchObject({ mark_price: '1.5', funding_timestamp: 1_700_000_000_000 });
    expect(perpStatsOf(e, 1)).toBeUndefined();
  });
});

describe('spotStatsOf', () => {
  it('reads the typed entry, and our market of a refused frame', () => {
    const ok = streamed(spotMarketStatsChannel({ market: 'all' }), fixture('ws/nt_spot_market_stats_update_all.json'));
    expect(ok.typed).toBeDefined();
    expect(spotStatsOf(ok, 2048)?.index_price).toBe('1.000000');
    const bad = streamed(spotMarketStatsChannel({ market: 'all' }), {
      channel: 'spot_market_stats:all',
      spot_market_stats: { '2048': { market_id: 2048, index_price: '1.01' }, '2049': { market_id: 'x' } },
    });
    expect(bad.typed).toBeUndefined();
    expect(spotStatsOf(bad, 2048)?.index_price).toBe('1.01');
  });
});

describe('boStatsOf and binaryStatsOf', () => {
  const instrument = {
    instrumentId: 'BTC-UPDOWN-15M-1761400800-BINARY.LIGHTER',
    marketIndex: 1001,
  } as LighterInstrument;

  it('maps the typed entry and keeps the venue entry as sent in raw', () => {
    const e = streamed(boMarketStatsChannel({ market: 'all' }), fixture('ws/ours_bo_market_stats_all.json'));
    expect(e.typed).toBeDefined();
    const entry = boStatsOf(e, 1001)!;
    const s = binaryStatsOf({ instrument, entry, raw: e.stats['1001']!, tsEvent: 1, tsInit: 2 });
    expect(s).toMatchObject({ marketIndex: 1001, lastTradePrice: '0.55', midPrice: '0.545' });
    expect(s.raw.unpublished_field).toBe(7);
  });

  it('reads our market of a refused frame; an empty mid price is absent', () => {
    const e = streamed(boMarketStatsChannel({ market: 'all' }), {
      channel: 'bo_market_stats:all',
      bo_market_stats: {
        '1001': { market_id: 1001, last_trade_price: '0.4', mid_price: '' },
        '1002': { market_id: 1002, last_trade_price: 'abc' },
      },
    });
    expect(e.typed).toBeUndefined();
    const s = binaryStatsOf({ instrument, entry: boStatsOf(e, 1001)!, raw: e.stats['1001']!, tsEvent: 1, tsInit: 2 });
    expect([s.lastTradePrice, s.midPrice]).toEqual(['0.4', undefined]);
    expect(boStatsOf(e, 1002)).toBeUndefined();
  });
});

describe('presentDecimal', () => {
  it('treats empty and absent as absent', () => {
    expect([presentDecimal(''), presentDecimal(null), presentDecimal(undefined), presentDecimal('0')]).toEqual([
      undefined,
      undefined,
      undefined,
      '0',
    ]);
  });
});
