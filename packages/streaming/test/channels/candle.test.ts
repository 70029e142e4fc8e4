import { CANDLE_RESOLUTIONS } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import type { DataFrame } from '../../src/channel.js';
import { type WsCandleResolution, candleChannel } from '../../src/channels/candle.js';
import { WS_ERROR_CODE, isLighterWsError } from '../../src/errors.js';

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

  it("accepts every resolution of models' CANDLE_RESOLUTIONS but the REST-only 1w", () => {
    const streamed = CANDLE_RESOLUTIONS.filter((r) => r !== '1w') as WsCandleResolution[];
    // The list is models' (not a copy): a resolution models adds is streamed without a change here.
    expect(streamed.length).toBe(CANDLE_RESOLUTIONS.length - 1);
    for (const resolution of streamed) {
      expect(candleChannel({ marketIndex: 3, resolution }).channel).toBe(`candle/3/${resolution}`);
    }
  });

  it('refuses 1w and an unknown resolution with a typed error naming the field and the value', () => {
    for (const resolution of ['1w', '2m']) {
      let caught: unknown;
      try {
        candleChannel({ marketIndex: 0, resolution: resolution as WsCandleResolution });
      } catch (e) {
        caught = e;
      }
      expect(isLighterWsError(caught)).toBe(true);
      expect((caught as { code: string }).code).toBe(WS_ERROR_CODE.INVALID_ARGUMENT);
      expect((caught as Error).message).toMatch(/^resolution /);
      expect((caught as Error).message).toContain(`received "${resolution}"`);
    }
  });
});
