#!/usr/bin/env node
// The one test command (`pnpm test`, run verbatim by .ci/run): every guardrail and every test of every
// package, in order, each step timed. It goes on after a failed step (except a failed build) so one run
// shows every problem, and ends with the vitest totals as `tests: N passed, M failed`.
import { run } from './workspace.mjs';

const steps = [
  {
    name: 'repo checks (layers, paths, docs citations, import cycles, duplicates)',
    cmd: ['node', 'tooling/repo-checks/src/cli.mjs'],
  },
  { name: 'build (tsup, ESM + CJS + d.ts)', cmd: ['pnpm', 'run', 'build'], critical: true },
  { name: 'lint (biome)', cmd: ['pnpm', 'run', 'lint'] },
  { name: 'typecheck (tsc)', cmd: ['pnpm', 'exec', 'turbo', 'run', 'typecheck', '--continue'] },
  // typedoc over every published entry point (cross-package types come from the build); fails on an undocumented export.
  { name: 'api docs (typedoc: no undocumented public export)', cmd: ['pnpm', 'run', 'docs:check'] },
  {
    name: 'tests (vitest, every package)',
    cmd: ['pnpm', 'exec', 'turbo', 'run', 'test', '--concurrency=2', '--continue'],
    countTests: true,
  },
  {
    name: 'bundle budgets (min+gzip ESM, browser: decimal, route, signer, stream)',
    cmd: ['node', 'scripts/bundle-budgets.mjs'],
  },
  { name: 'publint + attw', cmd: ['node', 'scripts/check-packages.mjs'] },
  { name: 'consumer install (one layer alone, import + require)', cmd: ['node', 'scripts/consumer-test.mjs'] },
  { name: 'changeset version (throwaway copy)', cmd: ['node', 'scripts/check-changeset-version.mjs'] },
  { name: 'canary against the embedded simulator', cmd: ['pnpm', 'run', 'canary'] },
];

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping terminal colour codes is the point
const ANSI = /\u001b\[[0-9;]*m/g;
/** Sum vitest's "Tests  3 failed | 40 passed (43)" summary lines. */
function countVitest(output) {
  let passed = 0;
  let failed = 0;
  for (const line of output.replace(ANSI, '').split('\n')) {
    const m = /\bTests\s+(.*)\(\d+\)\s*$/.exec(line);
    if (!m) continue;
    passed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
  }
  return { passed, failed };
}

const results = [];
let totals = { passed: 0, failed: 0 };
const started = Date.now();
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const t0 = Date.now();
  const [command, ...args] = step.cmd;
  const { code, output } = await run(command, args);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  results.push({ name: step.name, ok: code === 0, seconds });
  if (step.countTests) totals = countVitest(output);
  if (code !== 0 && step.critical) {
    console.error(`\n${step.name} failed: later steps need it, stopping here.`);
    break;
  }
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds}s)`);
const failedSteps = results.filter((r) => !r.ok).length + (steps.length - results.length);
console.log(
  `${results.length - failedSteps} of ${steps.length} steps passed in ${((Date.now() - started) / 1000).toFixed(0)}s`,
);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = failedSteps === 0 && totals.failed === 0 ? 0 : 1;
