import { describe, expect, it } from 'vitest';
import { parseWsFrame } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('ticker frames', () => {
  it('parses nt_ticker_update.json', () => {
    const f = parseWsFrame(loadFixture('ws/nt_ticker_update.json'));
    if (f.kind !== 'ticker') throw new Error(`kind ${f.kind}`);
    expect(f.nonce).toBe(9182390020);
    expect(f.last_updated_at).toBe(1774883844921166);
    expect(f.ticker).toEqual({
      s: 'ETH',
      a: { price: '2064.48', size: '0.4950' },
      b: { price: '2064.30', size: '1.0392' },
      last_updated_at: 1774883844921166,
    });
  });
  it('parses nt_ticker_subscribed.json as a snapshot', () => {
    const f = parseWsFrame(loadFixture('ws/nt_ticker_subscribed.json'));
    if (f.kind !== 'ticker') throw new Error(`kind ${f.kind}`);
    expect(f.snapshot).toBe(true);
    expect(f.ticker.a).toEqual({ price: '2325.00', size: '99.0000' });
    expect(f.ticker.b).toEqual({ price: '2000.00', size: '0.0200' });
  });
  it('accepts empty-string prices on an empty book', () => {
    const f = parseWsFrame({
      type: 'update/ticker',
      channel: 'ticker:9',
      ticker: { s: 'X', a: { price: '', size: '' }, b: null },
    });
    expect(f.kind === 'ticker' && f.ticker.a?.price).toBe('');
  });
});
