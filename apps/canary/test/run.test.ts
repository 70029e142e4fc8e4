// The programmatic API in-process: runCanary against the embedded simulator with hooks.
import { describe, expect, it } from 'vitest';
import { CanaryReportSchema } from '../src/report/schema.js';
import type { Simulator } from '@lighter-ts/simulator';
import { runCanary } from '../src/run.js';

function sink(): { text: () => string; write(c: string): boolean } {
  const chunks: string[] = [];
  return { text: () => chunks.join(''), write: (c: string) => chunks.push(c) > 0 };
}

const KEY = `${'7a'.repeat(39)}01`;

describe('runCanary (programmatic)', () => {
  it('passes against the embedded simulator, exposes it to hooks, and never prints the key', async () => {
    const out = sink();
    let seen: unknown;
    const { exitCode, report } = await runCanary({
      options: { network: 'sim', market: 'BTC-PERP.LIGHTER', side: 'sell' },
      env: {},
      stdout: out,
      simulator: { accountPrivateKey: KEY, onStarted: (sim) => void (seen = sim) },
    });
    expect(report.criteria.filter((c) => !c.passed)).toEqual([]);
    expect(exitCode).toBe(0);
    expect(CanaryReportSchema.parse(report)).toBeTruthy();
    expect(report.market?.symbol).toBe('BTC');
    expect(report.order?.side).toBe('sell');
    expect(Number(report.order?.price)).toBeGreaterThan(Number(report.order?.reference));
    expect(typeof (seen as { faults?: unknown }).faults).toBe('object');
    expect(out.text()).toContain('VERDICT: PASS');
    expect(out.text()).not.toContain(KEY);
    expect(JSON.stringify(report)).not.toContain(KEY);
    // Everything was closed: no sockets or servers left behind by the run (simulator included).
    await new Promise((r) => setTimeout(r, 50));
    expect(process.getActiveResourcesInfo().filter((r) => /TCP|Tls/.test(r))).toEqual([]);
  }, 60_000);

  it('reports the tier and the volume quota before and after the run (a Premium account on the simulator)', async () => {
    let quota: (() => { tier: string; remaining: number }) | undefined;
    const { exitCode, report } = await runCanary({
      options: { network: 'sim' },
      env: {},
      stdout: sink(),
      simulator: {
        onStarted: (sim, account) => {
          const s = sim as Simulator;
          s.setAccountTier({ accountIndex: account.accountIndex, tier: 'premium', remaining: 700 });
          quota = () => s.accountQuota(account.accountIndex);
        },
      },
    });
    expect(exitCode).toBe(0);
    expect(report.accountTier).toEqual({ before: 'premium', after: 'premium' });
    // the post-only order spends one unit unless it took the free request of its 15 s window; the cancel spends none
    expect([700, 699]).toContain(report.volumeQuota.before);
    expect(report.volumeQuota.after).toBe(quota?.().remaining);
    expect(report.volumeQuota.after).toBe(report.volumeQuota.before);
  }, 60_000);

  it('an aborted run (signal) cancels what it placed and reports the interrupt', async () => {
    const ac = new AbortController();
    const { exitCode, report } = await runCanary({
      options: { network: 'sim' },
      env: {},
      stdout: sink(),
      signal: ac.signal,
      pauseAfter: 'accepted-ws',
      onPause: () => ac.abort('SIGINT'),
    });
    expect(exitCode).toBe(130);
    expect(report.cleanup.canceled).toEqual([report.order?.requestedClientOrderId]);
    expect(report.cleanup.openOrdersAfter).toBe(0);
    expect(report.verdict).toBe('fail');
  }, 60_000);

  it('a failure after submit (cancel rejected) still cancels what was placed before returning', async () => {
    const { exitCode, report } = await runCanary({
      options: { network: 'sim' },
      env: {},
      stdout: sink(),
      simulator: {
        faults: [
          { method: 'rejectNextTx', args: [{ code: 21506, message: 'too many pending txs' }], atStep: 'cancel' },
        ],
      },
    });
    expect(exitCode).toBe(1);
    expect(report.criteria.find((c) => c.id === 'cancel-acknowledged')).toMatchObject({
      passed: false,
      reason: expect.stringContaining('21506'),
    });
    expect(report.cleanup.reason).toBe('failure');
    expect(report.cleanup.canceled).toEqual([report.order?.requestedClientOrderId]);
    expect(report.cleanup.openOrdersAfter).toBe(0);
    expect(report.criteria.find((c) => c.id === 'nothing-left-open')?.passed).toBe(true);
  }, 60_000);

  it('rejects bad options before anything starts', async () => {
    await expect(
      runCanary({ options: { network: 'mainnet', yes: true }, env: {}, stdout: sink() }),
    ).rejects.toMatchObject({ code: 'CANARY_USAGE', field: 'maxNotional' });
  });
});
