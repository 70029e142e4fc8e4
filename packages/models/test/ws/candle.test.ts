import { describe, expect, it } from 'vitest';
import { parseWsFrame } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('candle frames', () => {
  it('parses nt_candle_subscribed.json and nt_candle_update.json', () => {
    const s = parseWsFrame(loadFixture('ws/nt_candle_subscribed.json'));
    if (s.kind !== 'candle') throw new Error(`kind ${s.kind}`);
    expect(s.channel).toBe('candle:0:1m');
    expect(s.candles).toEqual([
      {
        t: 1778821440000,
        o: 2264.2,
        h: 2264.34,
        l: 2263.36,
        c: 2263.97,
        v: 13.223699999999997,
        V: 29934.600011999984,
        i: 19993571166,
      },
    ]);
    const u = parseWsFrame(loadFixture('ws/nt_candle_update.json'));
    expect(u.kind === 'candle' && u.candles[0]?.c).toBe(2263.89);
    expect(u.kind === 'candle' && u.candles[0]?.i).toBe(19993574218);
  });
});
