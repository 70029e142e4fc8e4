// What the runtime tests share: the browser path (one constant, overridable), the local Deno/Bun
// binaries, a simulator with a funded account, and the one browser-platform bundle of src/entry.ts.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Simulator, startSimulator } from '@lighter-ts/simulator';
import { build } from 'esbuild';
import type { ScenarioParams, ScenarioReport } from '../../src/scenario.js';

/** Debian's Chromium, as `.ci/run` installs it; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Deno and Bun from the npm registry packages pinned in package.json. */
export const DENO_BIN = fileURLToPath(new URL('../../node_modules/.bin/deno', import.meta.url));
export const BUN_BIN = fileURLToPath(new URL('../../node_modules/.bin/bun', import.meta.url));

export const has = (path: string): boolean => existsSync(path);

/**
 * The entry bundled as a web developer would (esbuild, browser platform, ESM): export conditions
 * pick the fetch build of http, and `ws` resolves to its browser stub.
 */
export async function bundleEntry(): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('../../src/entry.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** A simulator on loopback with market makers and one funded account; the scenario's parameters. */
export async function startVenue(): Promise<{ sim: Simulator; params: ScenarioParams }> {
  const sim = await startSimulator({ seed: 14 });
  const acct = await sim.createAccount({ collateral: '100000' });
  return {
    sim,
    params: {
      httpUrl: sim.httpUrl,
      wsUrl: sim.wsUrl,
      chainId: sim.chainId,
      accountIndex: acct.accountIndex,
      apiKeyIndex: acct.apiKeyIndex,
      privateKey: acct.privateKey,
      marketIndex: 0,
    },
  };
}

/** The facts every runtime must report for the lifecycle to count as done. */
export function expectedReport(): Partial<ScenarioReport> {
  return {
    ok: true,
    steps: ['markets', 'book', 'account-stream', 'sent', 'open', 'canceled'],
    transport: 'fetch',
    socket: 'standard',
    openSeen: true,
    canceledSeen: true,
  };
}
