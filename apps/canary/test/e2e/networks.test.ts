// End to end, once per Lighter network: the built CLI against the embedded simulator impersonating
// that network (its signing chain id, its collateral, its network id). Real sockets on 127.0.0.1.
import { join } from 'node:path';
import { NETWORKS } from '@lighter-ts/models';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, failed, readReport, runCli, tempDir } from '../helpers/spawn-cli.js';

const E2E_TIMEOUT = 120_000;
const cleanups: Array<() => Promise<void>> = [];
beforeAll(() => ensureBuilt(), 120_000);
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('lighter-canary against the simulator impersonating each network', () => {
  it.each(Object.values(NETWORKS))(
    '--sim-network $networkId: passes, signing with chain id $chainId',
    async (n) => {
      const t = await tempDir();
      cleanups.push(t.cleanup);
      const json = join(t.dir, 'r.json');
      const run = await runCli(['--network', 'sim', '--sim-network', n.networkId, '--json', json]);
      const report = await readReport(json);
      expect(failed(report), run.stdout + run.stderr).toEqual([]);
      expect(run.code).toBe(0);
      expect(report.verdict).toBe('pass');
      expect(report.network).toBe('sim');
      expect(report.endpoint).toMatchObject({
        networkId: n.networkId,
        chainId: n.chainId,
        collateral: n.collateral.symbol,
      });
      expect(report.endpoint.httpUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(run.stdout).toContain(`as ${n.networkId} (chain id ${n.chainId}, ${n.collateral.symbol})`);
    },
    E2E_TIMEOUT,
  );
});
