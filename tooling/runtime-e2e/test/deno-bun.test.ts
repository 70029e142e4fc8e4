// The browser bundle of the same trading script, run unchanged under Deno and Bun (pinned npm
// registry packages): each must load markets, stream, send a post-only order, see it open, cancel
// it, and then exit on its own (a leaked socket or timer would keep the process alive).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Simulator } from '@lighter-ts/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioParams, ScenarioReport } from '../src/scenario.js';
import { BUN_BIN, bundleEntry, DENO_BIN, expectedReport, has, startVenue } from './helpers/runtimes.js';

const OUT = fileURLToPath(new URL('../test-output/runtimes/', import.meta.url));
const RUNTIMES = [
  { name: 'deno', bin: DENO_BIN, args: (script: string) => ['run', '--allow-net', '--no-config', '--no-lock', script] },
  { name: 'bun', bin: BUN_BIN, args: (script: string) => [script] },
] as const;
for (const r of RUNTIMES)
  if (!has(r.bin))
    console.warn(`[runtime-e2e] ${r.name} binary not found at ${r.bin} (pnpm install): skipping its smoke test`);

/** Run the script; resolves with the exit code and the last JSON line it printed. */
function runScript(
  bin: string,
  args: string[],
  params: ScenarioParams,
): Promise<{ code: number | null; report: ScenarioReport | undefined; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [...args, JSON.stringify(params)], {
      cwd: OUT,
      env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').at(-1) ?? '';
      let report: ScenarioReport | undefined;
      try {
        report = JSON.parse(line) as ScenarioReport;
      } catch {
        report = undefined;
      }
      resolve({ code, report, stderr });
    });
  });
}

describe('the SDK under Deno and Bun', () => {
  let sim: Simulator;
  let params: ScenarioParams;
  let script: string;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    script = `${OUT}app.mjs`;
    writeFileSync(script, await bundleEntry());
    ({ sim, params } = await startVenue());
  });
  afterAll(async () => {
    await sim?.close();
  });

  for (const r of RUNTIMES) {
    it.skipIf(!has(r.bin))(`${r.name}: the order lifecycle against the simulator, then a clean exit`, async () => {
      const { code, report, stderr } = await runScript(r.bin, [...r.args(script)], params);
      expect(report, stderr).toMatchObject(expectedReport());
      expect(code).toBe(0);
    });
  }
});
