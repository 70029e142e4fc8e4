import { describe, expect, it } from 'vitest';
import type { DataFrame } from '../../src/channel.js';
import { candleChannel } from '../../src/channels/candle.js';

const frame = (phase: 'snapshot' | 'update', candles: unknown[]): DataFrame => ({
  kind: 'data',
  phase,
  channelKind: 'candle',
  channel: 'candle/0/1m',
  raw: { type: `${phase === 'snapshot' ? 'subscribed' : 'update'}/candle`, channel: 'candle:0:1m', candles },
});
const bar = (t: number, c: number) => ({ t, o: 1.5, h: 2, l: 1, c, v: 13.224299999999998, V: 100, i: 1 });
const ctx = { resync: () => {} };

describe('candle channel', () => {
  it('emits a bar only once the next bar starts, with the last values seen', () => {
    const h = candleChannel({ marketIndex: 0, resolution: '1m' }).createHandler();
    expect(h.handle(frame('snapshot', [bar(0, 1), bar(60_000, 1.1)]), ctx)).toEqual([]);
    expect(h.handle(frame('update', [bar(60_000, 1.2)]), ctx)).toEqual([]);
    expect(h.handle(frame('update', [bar(60_000, 1.3)]), ctx)).toEqual([]);
    const out = h.handle(frame('update', [bar(120_000, 2)]), ctx);
    expect(out).toHaveLength(1);
    expect(out[0]?.candle).toMatchObject({ openTime: 60_000, close: '1.3', open: '1.5', volume: '13.224299999999998' });
  });
  it('forgets the open bar on reset (reconnect)', () => {
    const h = candleChannel({ marketIndex: 0, resolution: '5m' }).createHandler();
    h.handle(frame('update', [bar(0, 1)]), ctx);
    h.reset();
    expect(h.handle(frame('update', [bar(300_000, 1)]), ctx)).toEqual([]);
  });
});
