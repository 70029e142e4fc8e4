/**
 * Crash test (issue 12 #8): children submit single orders, batches and OTOCO brackets against
 * one simulator in this process and are SIGKILLed at random instants: right after a submit
 * resolved (the parent kills as soon as it reads the `R` line) or after a random delay, mid-flight.
 * After every kill a restarted client on the same journal must recover the ClientOrderId of every
 * order the venue has; at the end, its cancel-all must close all of them. Lanes (own account and
 * journal) run in parallel to keep 50+ kills in reasonable time. The seed is printed; set
 * CRASH_SEED to replay a run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type CreatedAccount, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LighterExecutionClient } from '../../src/execution/client.js';
import { simClientConfig } from '../helpers/sim-config.js';

const here = dirname(fileURLToPath(import.meta.url));
const CHILD = join(here, 'child.mjs');
const LANES = Number(process.env.CRASH_LANES ?? 4);
const KILLS_PER_LANE = Number(process.env.CRASH_KILLS_PER_LANE ?? 13);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);

/** mulberry32: small seeded PRNG so a failing run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let sim: Simulator;
let dir: string;
beforeAll(async () => {
  // The children import the built package (`@lighter-ts/execution` resolves to dist/): turbo runs
  // this package's build before its tests (turbo.json), so dist matches src in `pnpm test`.
  statSync(join(here, '..', '..', 'dist', 'index.js'));
  sim = await startSimulator({ seed: 11, marketMakers: false });
  dir = mkdtempSync(join(tmpdir(), 'lighter-crash-'));
});
afterAll(async () => {
  await sim?.close();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

function clientFor(acct: CreatedAccount, journal: string): LighterExecutionClient {
  return new LighterExecutionClient({
    config: simClientConfig({ sim, acct, connectTimeoutMs: 60_000 }),
    identityStorePath: journal,
    inflightProbeMs: 60_000,
  });
}

/** Runs one child and kills it; returns how many submits had resolved and how it was killed. */
async function runAndKill(params: {
  acct: CreatedAccount;
  journal: string;
  prefix: string;
  rand: () => number;
}): Promise<{ resolved: number; how: string }> {
  const child: ChildProcess = spawn(process.execPath, [CHILD], {
    cwd: here,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      SIM_HTTP: sim.httpUrl,
      SIM_WS: sim.wsUrl,
      SIM_CHAIN: String(sim.chainId),
      ACCOUNT_INDEX: String(params.acct.accountIndex),
      API_KEY_INDEX: String(params.acct.apiKeyIndex),
      API_PRIVATE_KEY: params.acct.privateKey,
      JOURNAL: params.journal,
      CRASH_PREFIX: params.prefix,
    },
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Half the kills land right after a submit resolved, half after a random delay (mid-flight).
  const afterResolve = params.rand() < 0.5;
  const killAt = 1 + Math.floor(params.rand() * 4);
  const delayMs = Math.floor(params.rand() * 250);
  let resolved = 0;
  let how = '';
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  await new Promise<void>((resolve, reject) => {
    exited.then(() => (how === '' ? reject(new Error(`child exited before the kill: ${stderr}`)) : resolve()));
    lines.on('line', (line) => {
      if (line === 'READY' && !afterResolve) {
        setTimeout(() => {
          how = `after ${delayMs} ms`;
          child.kill('SIGKILL');
        }, delayMs);
      } else if (line.startsWith('R ')) {
        resolved++;
        if (afterResolve && resolved === killAt && how === '') {
          how = `right after submit #${resolved} resolved`;
          child.kill('SIGKILL');
        }
      }
    });
  });
  lines.close();
  return { resolved, how };
}

describe('crash test: SIGKILL at random instants never loses an identity the venue has', () => {
  it(`recovers every ClientOrderId after ${LANES * KILLS_PER_LANE} kills (seed ${SEED})`, {
    timeout: 900_000,
  }, async () => {
    console.log(`crash test seed ${SEED} (CRASH_SEED=${SEED} replays it)`);
    const lanes = await Promise.all(
      Array.from({ length: LANES }, async (_, lane) => {
        const acct = await sim.createAccount({ collateral: '1000000' });
        return { lane, acct, journal: join(dir, `lane-${lane}`, 'ids.jsonl'), rand: prng(SEED + lane) };
      }),
    );
    let kills = 0;
    let checkedOrders = 0;
    let killsRightAfterResolve = 0;
    await Promise.all(
      lanes.map(async ({ lane, acct, journal, rand }) => {
        for (let k = 0; k < KILLS_PER_LANE; k++) {
          const r = await runAndKill({ acct, journal, prefix: `L${lane}-K${k}`, rand });
          kills++;
          if (r.how.startsWith('right after')) killsRightAfterResolve++;
          // Restart on the same journal: every order the venue has must map back to its ClientOrderId.
          const restarted = clientFor(acct, journal);
          try {
            await restarted.connect();
            const reports = await restarted.generateOrderStatusReports({
              instrumentId: 'ETH-PERP.LIGHTER',
              openOnly: true,
            });
            const unmapped = reports.filter((x) => x.clientOrderId === undefined);
            expect(
              unmapped,
              `lane ${lane} kill ${k} (${r.how}, seed ${SEED}): venue orders without a ClientOrderId`,
            ).toEqual([]);
            for (const x of reports) expect(x.clientOrderId?.startsWith(`L${lane}-`)).toBe(true);
            checkedOrders = Math.max(checkedOrders, reports.length);
            if (k === KILLS_PER_LANE - 1) {
              // The consequence issue 12 #8 described: cancel-all of the restarted client closes them all.
              const targets = await restarted.cancelAllOrders({ instrumentId: 'ETH-PERP.LIGHTER' });
              expect(targets.clientOrderIds.length).toBe(reports.length);
              for (let i = 0; i < 200; i++) {
                const open = await restarted.generateOrderStatusReports({
                  instrumentId: 'ETH-PERP.LIGHTER',
                  openOnly: true,
                });
                if (open.length === 0) break;
                await new Promise((res) => setTimeout(res, 50));
              }
              expect(
                await restarted.generateOrderStatusReports({ instrumentId: 'ETH-PERP.LIGHTER', openOnly: true }),
              ).toEqual([]);
            }
          } finally {
            await restarted.close();
          }
        }
      }),
    );
    console.log(
      `crash test: ${kills} kills (${killsRightAfterResolve} right after a submit resolved), up to ${checkedOrders} venue orders per account checked`,
    );
    expect(kills).toBe(LANES * KILLS_PER_LANE);
    expect(killsRightAfterResolve).toBeGreaterThan(0);
    expect(checkedOrders).toBeGreaterThan(KILLS_PER_LANE); // the check is not vacuous
  });
});
