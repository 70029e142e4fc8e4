/**
 * Data criteria: a pure function of the per-market records, each mapped to NautilusTrader's
 * data-testing spec (`docs/developer_guide/spec_data_testing.md`, TC-D..). Every criterion can
 * fail; `test/data/criteria.test.ts` doctors a record per criterion.
 */
import type { Criterion, Evidence } from '../report/schema.js';
import type { MarketDataRecord, StreamCount } from './record.js';

/** Inputs of {@link evaluateDataCriteria}. */
export interface DataRun {
  /** The instruments loaded at the start. */
  readonly instruments: {
    /** Instruments the venue listed. */
    readonly count: number;
    /** Of those, how many parsed and mapped to a Nautilus instrument. */
    readonly valid: number;
  };
  /** Counters per market. */
  readonly markets: readonly MarketDataRecord[];
  /** How long the run listened, seconds (under 60 the candle check reads REST bars instead). */
  readonly seconds: number;
}

/**
 * Judge a data run.
 *
 * @example
 * const criteria = evaluateDataCriteria({ instruments: { count: 3, valid: 3 }, markets: [record], seconds: 10 });
 * @throws never
 */
export function evaluateDataCriteria(run: DataRun): Criterion[] {
  const out: Criterion[] = [];
  const push = (c: Omit<Criterion, 'evidence'> & { evidence?: Evidence[] }): void =>
    void out.push({ evidence: [], ...c });
  push({
    id: 'instruments-loaded',
    description: 'Instruments requested from the venue',
    specCases: ['TC-D01'],
    expectation: 'At least one instrument; each with symbol, price precision and size increment',
    passed: run.instruments.count > 0 && run.instruments.valid === run.instruments.count,
    reason: `${run.instruments.count} instrument(s), ${run.instruments.valid} valid`,
    evidence: [{ source: 'rest', detail: `orderBooks: ${run.instruments.count} instrument(s)` }],
  });
  for (const m of run.markets) {
    const b = m.book;
    const unsynced = b.resets.filter((r) => !r.resynced);
    const problems = [
      ...(b.frames === 0 ? ['no book frame'] : []),
      ...(b.snapshots === 0 ? ['no snapshot'] : []),
      ...(b.crossed > 0 ? [`${b.crossed} crossed book(s)`] : []),
      ...(unsynced.length > 0
        ? [`${unsynced.length} reset(s) never resynced (${unsynced.map((r) => r.reason).join(', ')})`]
        : []),
    ];
    const gaps = b.resets.filter((r) => r.reason === 'gap').length;
    push({
      id: `book-continuity/${m.market}`,
      description: `${m.market}: order book continuous through the gap detector`,
      specCases: ['TC-D10', 'TC-D14'],
      expectation: 'Book deltas flow, the book is never crossed, and every gap/reset is followed by a fresh snapshot',
      passed: problems.length === 0,
      reason: problems.length
        ? problems.join('; ')
        : `${b.frames} frame(s), ${b.snapshots} snapshot(s), ${b.resets.length} reset(s) (${gaps} gap(s)), all resynced`,
      evidence: [
        { source: 'ws', detail: `order_book/${m.marketIndex}: ${b.frames} frames, resets ${JSON.stringify(b.resets)}` },
      ],
    });
    push(stream(m, 'ticker', ['TC-D20'], 'At least one ticker with bid < ask', m.ticker, `ticker/${m.marketIndex}`));
    push(
      stream(
        m,
        'trades',
        ['TC-D30'],
        'At least one trade with price, size and aggressor side',
        m.trades,
        `trade/${m.marketIndex}`,
      ),
    );
    push(candles(m, run.seconds));
    if (m.perp)
      push(
        stream(
          m,
          'funding',
          ['TC-D52'],
          'At least one funding rate update with a decimal rate',
          m.funding,
          `market_stats/${m.marketIndex}`,
        ),
      );
    push({
      id: `market-stats/${m.market}`,
      description: `${m.market}: market stats (mark and index price)`,
      specCases: ['TC-D50', 'TC-D51'],
      expectation: 'At least one market stats update with a positive mark price and index price',
      passed: m.stats.markPrice > 0 && m.stats.indexPrice > 0,
      reason: `${m.stats.seen} update(s): ${m.stats.markPrice} with a mark price, ${m.stats.indexPrice} with an index price`,
      evidence: [{ source: 'ws', detail: `market_stats/${m.marketIndex}: ${m.stats.seen} frame(s)` }],
    });
  }
  return out;
}

// A 1m bar closes at most once a minute: a shorter run may see none on the stream (TC-D40), and is
// then judged on the REST history of the same bars (TC-D41) instead of passing by default.
function candles(m: MarketDataRecord, seconds: number): Criterion {
  const live = stream(
    m,
    'candles',
    ['TC-D40'],
    'At least one closed 1m bar on the stream with high >= open, close, low and low <= open, close',
    m.candles,
    `candle/${m.marketIndex}/1m`,
  );
  if (m.candles.seen > 0 || seconds >= 60) return live;
  const r = m.candlesRest;
  const ok = r !== null && r.valid > 0 && r.valid === r.seen && r.ascending;
  return {
    ...live,
    specCases: ['TC-D41'],
    expectation: 'Run shorter than one 1m bar: REST 1m bars of the last hour with valid OHLC and ascending timestamps',
    passed: ok,
    reason:
      r === null
        ? 'no closed bar on the stream and REST bars not read'
        : `no closed bar on the stream in ${seconds} s; REST: ${r.seen} bar(s), ${r.valid} valid, ${r.ascending ? 'ascending' : 'NOT ascending'}`,
    evidence: [{ source: 'rest', detail: `candles 1m: ${r?.seen ?? 0} bar(s)` }],
  };
}

function stream(
  m: MarketDataRecord,
  name: string,
  specCases: string[],
  expectation: string,
  c: StreamCount,
  channel: string,
): Criterion {
  return {
    id: `${name}/${m.market}`,
    description: `${m.market}: ${name}`,
    specCases,
    expectation,
    passed: c.valid > 0 && c.valid === c.seen,
    reason: c.seen === 0 ? `nothing received on ${channel}` : `${c.seen} received, ${c.valid} valid`,
    evidence: [{ source: 'ws', detail: `${channel}: ${c.seen} seen, ${c.valid} valid` }],
  };
}
