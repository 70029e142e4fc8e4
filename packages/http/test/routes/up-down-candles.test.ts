import { describe, expect, it } from 'vitest';
import { UpDownCandlesParamsSchema } from '../../src/routes/up-down-candles.js';
import { describeRoute } from '../helpers/route-cases.js';

describeRoute('upDownCandles');

// Moved from models (issue 13: the request side of a route lives next to its function).
describe('upDownCandles query', () => {
  it('validates the query: seconds, inclusive, at most 24 h apart, limit 1..3600', () => {
    const ok = { symbol: 'btc', duration: '15m', startTimestamp: 1761400800, endTimestamp: 1761400800 + 86_400 };
    expect(UpDownCandlesParamsSchema.safeParse(ok).success).toBe(true);
    expect(UpDownCandlesParamsSchema.safeParse({ ...ok, endTimestamp: ok.endTimestamp + 1 }).success).toBe(false);
    expect(UpDownCandlesParamsSchema.safeParse({ ...ok, endTimestamp: ok.startTimestamp - 1 }).success).toBe(false);
    expect(UpDownCandlesParamsSchema.safeParse({ ...ok, resolution: '1m' }).success).toBe(false);
    expect(UpDownCandlesParamsSchema.safeParse({ ...ok, limit: 3601 }).success).toBe(false);
    expect(UpDownCandlesParamsSchema.safeParse({ ...ok, startTimestamp: 1761400800000 }).success).toBe(false);
  });
  it('the window check names endTimestamp with our message', () => {
    const base = { symbol: 'btc', duration: '15m', startTimestamp: 100, endTimestamp: 99 };
    const before = UpDownCandlesParamsSchema.safeParse(base);
    expect(before.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['endTimestamp', 'must not be before startTimestamp'],
    ]);
    const wide = UpDownCandlesParamsSchema.safeParse({ ...base, endTimestamp: 100 + 86_401 });
    expect(wide.error?.issues.map((i) => i.message)).toEqual(['must be at most 24 h (86400 s) after startTimestamp']);
    const sym = UpDownCandlesParamsSchema.safeParse({ ...base, endTimestamp: 100, symbol: 'b/tc' });
    expect(sym.error?.issues.map((i) => i.message)).toEqual(['underlying symbol (letters and digits)']);
  });
});
