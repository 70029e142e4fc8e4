#!/usr/bin/env node
// Bundle budgets: what a web app pays, min+gzip, for each piece of the SDK. Each row bundles a one-line
// import of the built packages (dist/, resolved by export conditions exactly as a user's bundler would:
// esbuild, ESM, browser platform, minified; tooling/repo-checks/src/bundle-budget.mjs), gzips it (level 9)
// and reads esbuild's metafile to show which modules weigh most. Exit code 1 when an enforced budget is exceeded.
// usage: node scripts/bundle-budgets.mjs   (after `pnpm run build`)
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { budgetStatus, measureBundle } from '../tooling/repo-checks/src/bundle-budget.mjs';
import { ROOT } from './workspace.mjs';

// The private runtime-e2e package depends on every published package, so imports resolve from it.
const RESOLVE_DIR = join(ROOT, 'tooling/runtime-e2e');
// zod alone resolves from the package that depends on it.
const MODELS_DIR = join(ROOT, 'packages/models');

/** @type {import('../tooling/repo-checks/src/bundle-budget.mjs').BudgetRow[]} */
const ROWS = [
  { name: 'models decimal helpers', code: "export * from '@lighter-ts/models/decimal';", budgetKb: 10 },
  {
    name: 'one REST route + its schema (orderBooks, fetch)',
    code: "export { orderBooks, createFetchTransport } from '@lighter-ts/http';",
    budgetKb: 20,
  },
  {
    name: 'the signer (createSigner)',
    code: "export { createSigner } from '@lighter-ts/signing';",
    budgetKb: 35,
  },
  {
    name: 'streaming client + one channel',
    code: "export { LighterWsClient, orderBookChannel } from '@lighter-ts/streaming';",
    budgetKb: 25,
  },
  { name: '(info) signing, whole entry', code: "export * from '@lighter-ts/signing';" },
  { name: '(info) models, whole entry', code: "export * from '@lighter-ts/models';" },
  { name: '(info) a browser trading app (runtime-e2e)', code: "import './src/entry.ts';" },
  // The floor under any route: what the schema library costs before a single Lighter schema.
  {
    name: '(info) zod classic, one z.object',
    code: "import * as z from 'zod'; export const s = z.object({ a: z.string() });",
    resolveDir: MODELS_DIR,
  },
  {
    name: '(info) the same route, zod left out (the SDK part)',
    code: "export { orderBooks, createFetchTransport } from '@lighter-ts/http';",
    external: ['zod', 'zod/*'],
  },
  {
    name: '(info) zod/mini, one z.object',
    code: "import * as z from 'zod/mini'; export const s = z.object({ a: z.string() });",
    resolveDir: MODELS_DIR,
  },
];

/** Figures users compare with (`@nktkas/hyperliquid`, min+gz, as quoted in issue 14). */
const PEERS = [
  ['@nktkas/hyperliquid `order`', 11.4],
  ['@nktkas/hyperliquid, whole library', 24.4],
];

async function loadEsbuild() {
  // esbuild is not a root dependency: use the copy tsup runs on.
  const req = createRequire(join(ROOT, 'package.json'));
  return createRequire(req.resolve('tsup'))('esbuild');
}

const fmt = (n) => `${n.toFixed(1)} KB`;
const STATUS_TEXT = {
  info: () => '',
  ok: () => 'ok',
  fail: () => 'FAIL',
  ceiling: (row) => `over goal, under the ${row.ceilingKb} KB ceiling (${row.why})`,
};

const esbuild = await loadEsbuild();
let failures = 0;
const lines = ['| bundle | min | min+gz | budget | status |', '|---|---:|---:|---:|---|'];
const details = [];
for (const row of ROWS) {
  const { minKb, gzKb, heaviest } = await measureBundle({
    esbuild,
    code: row.code,
    resolveDir: row.resolveDir ?? RESOLVE_DIR,
    external: row.external,
  });
  const status = budgetStatus({ row, gzKb });
  if (status === 'fail') failures += 1;
  lines.push(
    `| ${row.name} | ${fmt(minKb)} | ${fmt(gzKb)} | ${row.budgetKb === undefined ? '' : `${row.budgetKb} KB`} | ${STATUS_TEXT[status](row)} |`,
  );
  details.push(`${row.name}: ${heaviest.map(([g, size]) => `${g} ${fmt(size)}`).join(', ')} (min, before gzip)`);
}
for (const [name, size] of PEERS) lines.push(`| ${name} | | ${fmt(size)} | | peer |`);
console.log(lines.join('\n'));
console.log(`\nheaviest modules:\n${details.map((d) => `  ${d}`).join('\n')}`);
console.log(failures === 0 ? '\nbundle budgets: ok' : `\nbundle budgets: ${failures} over budget`);
process.exitCode = failures === 0 ? 0 : 1;
