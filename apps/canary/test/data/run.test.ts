// `data` in-process against the embedded simulator (real sockets, its market makers trade), with
// a WS sequence gap injected on the ETH book: the gap detector must reset and resync it.
import { describe, expect, it } from 'vitest';
import { runDataTest } from '../../src/data/run.js';
import { DataReportSchema } from '../../src/data/schema.js';

function sink(): { text: () => string; write(c: string): boolean } {
  const chunks: string[] = [];
  return { text: () => chunks.join(''), write: (c: string) => chunks.push(c) > 0 };
}

describe('lighter-canary data', () => {
  it('ETH and BTC pass every TC-D criterion; an injected book gap is detected and resynced', async () => {
    const out = sink();
    const { report, exitCode } = await runDataTest({
      options: { network: 'sim', seconds: 4, markets: ['ETH', 'BTC'] },
      env: {},
      stdout: out,
      simulator: { faults: [{ method: 'inject', args: [{ kind: 'ws-gap', marketIndex: 0, times: 1 }] }] },
    });
    expect(
      report.criteria.filter((c) => !c.passed),
      out.text(),
    ).toEqual([]);
    expect(exitCode).toBe(0);
    expect(DataReportSchema.parse(report)).toBeTruthy();
    expect(report.criteria.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'instruments-loaded',
        'book-continuity/ETH',
        'trades/BTC',
        'candles/ETH',
        'funding/ETH',
        'market-stats/BTC',
        'ticker/ETH',
      ]),
    );
    expect(report.criteria.find((c) => c.id === 'book-continuity/ETH')?.specCases).toEqual(['TC-D10', 'TC-D14']);
    const eth = report.markets.find((m) => m.market === 'ETH');
    expect(eth?.book.resets).toEqual(expect.arrayContaining([{ reason: 'gap', resynced: true }]));
    expect(out.text()).toContain('DATA: PASS');
  }, 90_000);
});
