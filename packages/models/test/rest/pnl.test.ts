import { describe, expect, it } from 'vitest';
import { PnlParamsSchema, parseAccountPnl } from '../../src/index.js';

describe('pnl', () => {
  it('parses float entries and validates resolution', () => {
    const r = parseAccountPnl({
      code: 200,
      resolution: '1h',
      pnl: [{ timestamp: 1700000000, trade_pnl: 1.5, inflow: 0 }],
    });
    expect(r.pnl[0]).toEqual({ timestamp: 1700000000, trade_pnl: 1.5, inflow: 0 });
    expect(
      PnlParamsSchema.safeParse({ value: '1', resolution: '30m', startTimestamp: 0, endTimestamp: 1, countBack: 1 })
        .success,
    ).toBe(false);
  });
});
