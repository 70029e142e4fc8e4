// The process must be able to exit on its own after close(): no socket, timer or subscription handle
// left behind (STYLE.md "State and concurrency"). A child node process runs the bundled package against
// a simulator, places an order, holds three subscriptions (one being iterated), closes, and must exit
// with code 0 without process.exit().
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../test-output/exit/', import.meta.url));

const SCRIPT = `
import { startSimulator } from '@lighter-ts/simulator';
import { LighterTradingClient } from './index.js';
const sim = await startSimulator({ seed: 1 });
const acct = await sim.createAccount({ collateral: '1000' });
const client = new LighterTradingClient({ network: sim.network, accountIndex: acct.accountIndex, apiKeyIndex: acct.apiKeyIndex, apiPrivateKey: acct.privateKey });
const placed = await client.placeOrder({ market: 'ETH', side: 'buy', size: '0.01', price: '2000', postOnly: true });
const book = await client.subscribeBook({ market: 'ETH' });
await client.subscribeOrders({ onData: () => {} });
await client.subscribeTrades({ market: 'BTC', onData: () => {} });
let seen;
const gotOne = new Promise((r) => { seen = r; });
const iterated = (async () => { let n = 0; for await (const _ of book) { n++; seen(); } return n; })();
await gotOne;
await client.close();
await iterated;
await sim.close();
console.log(JSON.stringify({ status: placed.status, closed: client.closed }));
`;

describe('process exit', () => {
  it('exits naturally after close()', () => {
    mkdirSync(outDir, { recursive: true });
    execFileSync(
      'pnpm',
      ['exec', 'tsup', 'src/index.ts', '--format', 'esm', '--out-dir', outDir, '--no-config', '--silent'],
      { cwd: pkgDir, stdio: 'pipe' },
    );
    writeFileSync(`${outDir}child.mjs`, SCRIPT);
    // The timeout only kills a hung child so the test fails instead of hanging.
    const r = spawnSync(process.execPath, [`${outDir}child.mjs`], { cwd: outDir, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim())).toEqual({ status: 'accepted', closed: true });
    // A tsup build plus a child process with a simulator: on a loaded 2-core machine this can take a while.
  }, 120_000);
});
