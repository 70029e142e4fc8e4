import { describe, expect, it } from 'vitest';
import { parseCandles } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('candles', () => {
  it('parses nt_candles.json field for field', () => {
    const r = parseCandles(loadFixture('rest/nt_candles.json'));
    expect(r.r).toBe('1m');
    expect(r.c).toEqual([
      { t: 1700000000000, o: 2361.11, h: 2362.22, l: 2360.0, c: 2361.31, v: 1.2345, V: 2914.872195, i: 19211490282 },
      { t: 1700000060000, o: 2361.31, h: 2363.0, l: 2361.1, c: 2362.5, v: 0.5, V: 1181.905, i: 19211490283 },
    ]);
  });
  it('turns c: null into [] (nt_candles_null.json)', () => {
    const r = parseCandles(loadFixture('rest/nt_candles_null.json'));
    expect(r.c).toEqual([]);
    expect(r.message).toBeNull();
  });
});
