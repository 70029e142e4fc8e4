// ticker, trade and candle read their frames through models' frame schemas (issue 13: one parse path), so what
// models accepts or refuses is what these channels accept or refuse.
import { describe, expect, it } from 'vitest';
import type { DataFrame } from '../../src/channel.js';
import { candleChannel } from '../../src/channels/candle.js';
import { tickerChannel } from '../../src/channels/ticker.js';
import { tradeChannel } from '../../src/channels/trade.js';
import { classifyFrame } from '../../src/frames.js';

const frame = (raw: Record<string, unknown>): DataFrame => {
  const f = classifyFrame(JSON.stringify(raw));
  if (f.kind !== 'data') throw new Error('not a data frame');
  return f;
};
const ctx = { resync: () => {} };

const trade = {
  trade_id: '17',
  type: 'trade',
  market_id: 0,
  size: '0.5000',
  price: 2000.25,
  ask_id: 1,
  bid_id: 2,
  ask_account_id: 3,
  bid_account_id: 4,
  is_maker_ask: true,
  timestamp: 1_760_000_000_000,
  future_field: 'kept',
};

describe('ticker through TickerFrameSchema', () => {
  const ticker = (t: unknown, extra: Record<string, unknown> = {}) =>
    tickerChannel({ marketIndex: 0 })
      .createHandler()
      .handle(frame({ type: 'update/ticker', channel: 'ticker:0', ticker: t, ...extra }), ctx)[0];

  it('takes the parsed values: a numeric price becomes its decimal string, nonce as integer text a number', () => {
    const e = ticker(
      { s: 'ETH', a: { price: 2001.5, size: '1' }, b: { price: '2000.00', size: '2' } },
      { nonce: '42' },
    );
    expect(e).toMatchObject({ symbol: 'ETH', nonce: 42, parseError: undefined });
    expect(e?.bestAsk).toEqual({ price: '2001.5', size: '1' });
    expect(e?.bestBid).toEqual({ price: '2000.00', size: '2' });
  });
  it('a frame the schema refuses is still delivered, empty, with the parse error naming the field', () => {
    const e = ticker({ s: 'ETH', a: { price: 'abc', size: '1' }, b: { price: '2000.00', size: '2' } });
    expect(e?.bestAsk).toBeUndefined();
    expect(e?.bestBid).toBeUndefined();
    expect(e?.symbol).toBeUndefined();
    expect(e?.parseError?.code).toBe('PARSE_ERROR');
    expect(JSON.stringify(e?.parseError)).toContain('ticker.a.price');
  });
});

describe('trade through TradeFrameSchema', () => {
  const handle = (raw: Record<string, unknown>) =>
    tradeChannel({ marketIndex: 0 })
      .createHandler()
      .handle(frame({ type: 'update/trade', channel: 'trade:0', ...raw }), ctx)[0];

  it('rows are models Trade rows: ids as numbers, decimals as strings, unknown keys kept, null lists empty', () => {
    const e = handle({ trades: [trade], liquidation_trades: null });
    expect(e?.parseError).toBeUndefined();
    expect(e?.trades).toHaveLength(1);
    expect(e?.trades[0]).toMatchObject({ trade_id: 17, price: '2000.25', size: '0.5000', future_field: 'kept' });
    expect(e?.liquidationTrades).toEqual([]);
  });
  it('a frame the schema refuses is delivered with no rows and the parse error; raw keeps what was sent', () => {
    const e = handle({ trades: [{ ...trade, price: 'abc' }] });
    expect(e?.trades).toEqual([]);
    expect(e?.parseError?.code).toBe('PARSE_ERROR');
    expect(JSON.stringify(e?.parseError)).toContain('trades.0.price');
    expect(e?.raw.trades).toHaveLength(1);
  });
});

describe('candle through CandleFrameSchema', () => {
  const candles = (phase: 'subscribed' | 'update', bars: unknown[]) =>
    frame({ type: `${phase}/candle`, channel: 'candle:0:1m', candles: bars });
  const bar = (t: unknown, c: unknown) => ({ t, o: 1.5, h: 2, l: 1, c, v: 3, V: 4 });

  it('integer-text times and numeric-text prices parse; the emitted bar keeps the venue object as raw', () => {
    const h = candleChannel({ marketIndex: 0, resolution: '1m' }).createHandler();
    const first = bar('60000', '1.25');
    expect(h.handle(candles('update', [first]), ctx)).toEqual([]);
    const [e] = h.handle(candles('update', [bar(120_000, 2)]), ctx);
    expect(e?.candle).toMatchObject({ openTime: 60_000, close: '1.25', volume: '3', quoteVolume: '4' });
    expect(e?.candle.raw).toEqual(first);
  });
  it('a frame the schema refuses leaves the open bar as it was', () => {
    const h = candleChannel({ marketIndex: 0, resolution: '1m' }).createHandler();
    h.handle(candles('update', [bar(60_000, 1)]), ctx);
    // A later bar with a broken price: the whole frame is refused, so bar 60000 is not closed by it.
    expect(h.handle(candles('update', [bar(120_000, 'abc')]), ctx)).toEqual([]);
    const [e] = h.handle(candles('update', [bar(120_000, 2)]), ctx);
    expect(e?.candle.openTime).toBe(60_000);
  });
});
