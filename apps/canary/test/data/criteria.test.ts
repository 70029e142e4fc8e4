// Every data criterion can fail: each row doctors a passing record so that exactly that criterion fails.
import { describe, expect, it } from 'vitest';
import { type DataRun, evaluateDataCriteria } from '../../src/data/criteria.js';
import type { MarketDataRecord } from '../../src/data/record.js';
import { EXIT_CODE, exitCodeFor } from '../../src/exit-codes.js';

function baseline(): { instruments: { count: number; valid: number }; markets: MarketDataRecord[]; seconds: number } {
  return {
    instruments: { count: 3, valid: 3 },
    seconds: 10,
    markets: [
      {
        market: 'ETH',
        marketIndex: 0,
        perp: true,
        book: { frames: 40, snapshots: 2, crossed: 0, resets: [{ reason: 'gap', resynced: true }] },
        ticker: { seen: 5, valid: 5 },
        trades: { seen: 7, valid: 7 },
        candles: { seen: 0, valid: 0 },
        candlesRest: { seen: 2, valid: 2, ascending: true },
        funding: { seen: 2, valid: 2 },
        stats: { seen: 2, markPrice: 2, indexPrice: 2 },
      },
    ],
  };
}

type Run = ReturnType<typeof baseline>;
const eth = (r: Run): MarketDataRecord => r.markets[0] as MarketDataRecord;
const TABLE: Array<{ id: string; how: string; doctor: (r: Run) => void }> = [
  { id: 'instruments-loaded', how: 'no instrument', doctor: (r) => void (r.instruments = { count: 0, valid: 0 }) },
  {
    id: 'instruments-loaded',
    how: 'an instrument without precision',
    doctor: (r) => void (r.instruments = { count: 3, valid: 2 }),
  },
  {
    id: 'book-continuity/ETH',
    how: 'a gap never resynced',
    doctor: (r) => void eth(r).book.resets.push({ reason: 'gap', resynced: false }),
  },
  { id: 'book-continuity/ETH', how: 'a crossed book', doctor: (r) => void (eth(r).book.crossed = 1) },
  {
    id: 'book-continuity/ETH',
    how: 'no book frame',
    doctor: (r) => void Object.assign(eth(r).book, { frames: 0, snapshots: 0, resets: [] }),
  },
  { id: 'ticker/ETH', how: 'a ticker with bid >= ask', doctor: (r) => void (eth(r).ticker.valid = 4) },
  { id: 'trades/ETH', how: 'no trade', doctor: (r) => void Object.assign(eth(r).trades, { seen: 0, valid: 0 }) },
  {
    id: 'candles/ETH',
    how: 'REST bars not ascending (short run)',
    doctor: (r) => void (eth(r).candlesRest = { seen: 2, valid: 2, ascending: false }),
  },
  { id: 'candles/ETH', how: 'a 60 s run without a closed bar on the stream', doctor: (r) => void (r.seconds = 60) },
  {
    id: 'candles/ETH',
    how: 'an invalid closed bar',
    doctor: (r) => void Object.assign(eth(r).candles, { seen: 1, valid: 0 }),
  },
  {
    id: 'funding/ETH',
    how: 'no funding rate',
    doctor: (r) => void Object.assign(eth(r).funding, { seen: 0, valid: 0 }),
  },
  { id: 'market-stats/ETH', how: 'no index price', doctor: (r) => void (eth(r).stats.indexPrice = 0) },
];

describe('data criteria (pure)', () => {
  it('the baseline passes, with TC-D ids', () => {
    const c = evaluateDataCriteria(baseline() as DataRun);
    expect(c.filter((x) => !x.passed)).toEqual([]);
    expect(c.map((x) => [x.id, x.specCases])).toEqual([
      ['instruments-loaded', ['TC-D01']],
      ['book-continuity/ETH', ['TC-D10', 'TC-D14']],
      ['ticker/ETH', ['TC-D20']],
      ['trades/ETH', ['TC-D30']],
      ['candles/ETH', ['TC-D41']],
      ['funding/ETH', ['TC-D52']],
      ['market-stats/ETH', ['TC-D50', 'TC-D51']],
    ]);
  });

  it('every criterion has a failing row', () => {
    expect(new Set(TABLE.map((r) => r.id))).toEqual(
      new Set(evaluateDataCriteria(baseline() as DataRun).map((c) => c.id)),
    );
  });

  it.each(TABLE)('$id fails when $how (and only it)', ({ id, doctor }) => {
    const run = baseline();
    doctor(run);
    const criteria = evaluateDataCriteria(run as DataRun);
    expect(criteria.filter((c) => !c.passed).map((c) => c.id)).toEqual([id]);
    expect(exitCodeFor({ criteria, errors: [], interruptedBy: null, cleanupProven: true })).toBe(EXIT_CODE.FAIL);
  });

  it('spot markets have no funding criterion', () => {
    const run = baseline();
    (run.markets[0] as { perp: boolean }).perp = false;
    expect(evaluateDataCriteria(run as DataRun).map((c) => c.id)).not.toContain('funding/ETH');
  });
});
