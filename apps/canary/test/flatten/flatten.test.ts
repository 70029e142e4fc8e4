// `flatten` in-process against the embedded simulator: real sockets, real matching. The account is
// seeded through the same venue (two resting orders and a long position), flattened, then flattened
// again: the rerun must find nothing and say so.
import { describe, expect, it } from 'vitest';
import { parseFlattenArgs } from '../../src/flatten/args.js';
import { runFlatten } from '../../src/flatten/run.js';
import { FlattenReportSchema } from '../../src/flatten/schema.js';
import { seedAccount } from '../../src/flatten/seed.js';
import { startSimulator } from '@lighter-ts/simulator';
import { createExecutionVenue } from '../../src/execution-venue.js';

function sink(): { text: () => string; write(c: string): boolean } {
  const chunks: string[] = [];
  return { text: () => chunks.join(''), write: (c: string) => chunks.push(c) > 0 };
}

describe('lighter-canary flatten', () => {
  it('cancels every open order (also ones it never placed), closes every position reduce-only, proves it flat; a rerun finds nothing', async () => {
    const signal = AbortSignal.timeout(90_000);
    const sim = await startSimulator({ port: 0 });
    const acct = await sim.createAccount({ collateral: '100000' });
    const network = sim.network;
    const credentials = { accountIndex: acct.accountIndex, apiKeyIndex: acct.apiKeyIndex, apiSecret: acct.privateKey };
    try {
      // Another session places the orders and opens the position, then goes away with its identities.
      const other = createExecutionVenue({ network, credentials, clock: Date.now });
      await other.connect({ signal });
      const eth = (await other.loadMarkets({ signal })).find((m) => m.symbol === 'ETH');
      if (!eth) throw new Error('no ETH market in the simulator');
      await seedAccount({ venue: other, market: eth, seed: { orders: 2, position: true }, signal });
      await other.close();

      const venue = createExecutionVenue({ network, credentials, clock: Date.now });
      await venue.connect({ signal });
      try {
        const out = sink();
        const first = await runFlatten({ options: { network: 'sim' }, venue, env: {}, stdout: out, signal });
        expect(FlattenReportSchema.parse(first.report)).toBeTruthy();
        expect(first.report.errors).toEqual([]);
        expect(first.report.found.openOrders).toBe(2);
        expect(first.report.found.positions).toEqual([
          { market: 'ETH', size: expect.stringMatching(/^(?!-)\d+(\.\d+)?$/) },
        ]);
        const cancels = first.report.actions.filter((a) => a.kind === 'cancel');
        expect(cancels.map((a) => [a.ok, a.clientOrderId.startsWith('EXT-')])).toEqual([
          [true, true],
          [true, true],
        ]);
        const close = first.report.actions.find((a) => a.kind === 'close');
        expect(close).toMatchObject({
          ok: true,
          detail: expect.stringMatching(/^sell .* reduce-only IOC, worst \d+\.\d+ \(touch .*, 500 bps\)$/),
        });
        expect(first.report.after).toEqual({ openOrders: 0, positions: [], verified: true });
        expect(first.exitCode).toBe(0);
        expect(first.report.nothingToDo).toBe(false);

        const again = await runFlatten({ options: { network: 'sim' }, venue, env: {}, stdout: out, signal });
        expect(again.report.nothingToDo).toBe(true);
        expect(again.report.actions).toEqual([]);
        expect(again.report.summary).toBe('nothing to do: no open order and no position');
        expect(again.exitCode).toBe(0);
        expect(out.text()).toContain('FLATTEN: FLAT');
      } finally {
        await venue.close();
      }
    } finally {
      await sim.close();
    }
  }, 120_000);

  it('mainnet needs --yes; flags are validated', () => {
    expect(() => parseFlattenArgs(['--network', 'mainnet'])).toThrow(/--yes/);
    expect(parseFlattenArgs(['--network', 'mainnet', '--yes', '--slippage-bps', '50'])).toMatchObject({
      kind: 'flatten',
      options: { network: 'mainnet', yes: true, slippageBps: 50 },
    });
    expect(() => parseFlattenArgs(['--slippage-bps', 'x'])).toThrow(/slippage-bps/);
  });
});
