import { describe, expect, it } from 'vitest';
import { parseAccountPnl } from '../../src/index.js';

describe('pnl', () => {
  it('parses float entries', () => {
    const r = parseAccountPnl({
      code: 200,
      resolution: '1h',
      pnl: [{ timestamp: 1700000000, trade_pnl: 1.5, inflow: 0 }],
    });
    expect(r.pnl[0]).toEqual({ timestamp: 1700000000, trade_pnl: 1.5, inflow: 0 });
  });
});
