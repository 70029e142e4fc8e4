// Spawns the BUILT CLI (bin/lighter-canary.js -> dist/cli.js) as a child process, the way a user runs it.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CanaryReportSchema, type CanaryReport } from '../../src/report/schema.js';

const BIN = fileURLToPath(new URL('../../bin/lighter-canary.js', import.meta.url));
const PKG = fileURLToPath(new URL('../../', import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * The E2E tests spawn the BUILT CLI; turbo's test task only builds dependencies, so rebuild this
 * package when dist/cli.js is missing or older than src/ (a no-op after the CI build step).
 */
export function ensureBuilt(): void {
  const cli = join(PKG, 'dist', 'cli.js');
  if (existsSync(cli) && statSync(cli).mtimeMs >= newestMtime(join(PKG, 'src'))) return;
  execFileSync('pnpm', ['run', 'build'], { cwd: PKG, stdio: 'ignore' });
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliHandle {
  child: ChildProcess;
  /** Resolves when stdout contains `text`. */
  waitForOutput(text: string): Promise<void>;
  done: Promise<CliRun>;
}

/** Start the CLI with `args`; `env` is added to a minimal environment (no inherited LIGHTER_* vars). */
export function startCli(args: string[], env: Record<string, string> = {}): CliHandle {
  const base: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'SYSTEMROOT']) {
    const v = process.env[k];
    if (v !== undefined) base[k] = v;
  }
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ text: string; resolve: () => void }> = [];
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    for (const w of [...waiters]) {
      if (stdout.includes(w.text)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const done = new Promise<CliRun>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return {
    child,
    done,
    waitForOutput: (text) =>
      new Promise<void>((resolve, reject) => {
        if (stdout.includes(text)) return resolve();
        waiters.push({ text, resolve });
        done.then(() => reject(new Error(`CLI exited before printing "${text}":\n${stdout}\n${stderr}`)));
      }),
  };
}

/** Run the CLI to completion. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return startCli(args, env).done;
}

/** A temp dir for report files, removed by `cleanup()`. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'canary-e2e-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Read and validate a JSON report against the published schema. */
export async function readReport(file: string): Promise<CanaryReport> {
  return CanaryReportSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

/** Criteria that failed, as "id: reason" (for readable assertion messages). */
export function failed(report: CanaryReport): string[] {
  return report.criteria.filter((c) => !c.passed).map((c) => `${c.id}: ${c.reason}`);
}
