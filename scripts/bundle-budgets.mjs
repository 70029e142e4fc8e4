#!/usr/bin/env node
// Bundle budgets: what a web app pays, min+gzip, for each piece of the SDK. Each row bundles a one-line
// import of the built packages (dist/, resolved by export conditions exactly as a user's bundler would:
// esbuild, ESM, browser platform, minified), gzips it (level 9) and reads esbuild's metafile to show which
// modules weigh most. Exit code 1 when an enforced budget is exceeded.
// usage: node scripts/bundle-budgets.mjs   (after `pnpm run build`)
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './workspace.mjs';

// The private runtime-e2e package depends on every published package, so imports resolve from it.
const RESOLVE_DIR = join(ROOT, 'tooling/runtime-e2e');

/**
 * `budgetKb`: the goal; `ceilingKb`: enforced instead while the goal is not reached (a regression guard).
 * @type {{ name: string, code: string, budgetKb?: number, ceilingKb?: number, why?: string }[]}
 */
const ROWS = [
  { name: 'models decimal helpers', code: "export * from '@lighter-ts/models/decimal';", budgetKb: 10 },
  {
    name: 'one REST route + its schema (orderBooks, fetch)',
    code: "export { orderBooks, createFetchTransport } from '@lighter-ts/http';",
    budgetKb: 20,
    ceilingKb: 48,
    why: 'zod core alone is ~20 KB gz, and the single-file dist/ keeps every schema and route',
  },
  { name: 'the signer (createSigner)', code: "export { createSigner } from '@lighter-ts/signing';", budgetKb: 35 },
  { name: 'streaming client + one channel', code: "export { LighterWsClient, orderBookChannel } from '@lighter-ts/streaming';", budgetKb: 25 },
  { name: '(info) signing, whole entry', code: "export * from '@lighter-ts/signing';" },
  { name: '(info) models, whole entry', code: "export * from '@lighter-ts/models';" },
  { name: '(info) a browser trading app (runtime-e2e)', code: "import './src/entry.ts';" },
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

const kb = (n) => n / 1024;
const fmt = (n) => `${n.toFixed(1)} KB`;

/** Group metafile inputs by package (`zod/v4/core`, `packages/http/dist`, `@noble/curves/esm`). */
function heaviest(metafile, n) {
  const inputs = Object.values(metafile.outputs)[0].inputs;
  const byGroup = new Map();
  for (const [file, info] of Object.entries(inputs)) {
    const group = file
      .replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '')
      .replace(/^(\.\.\/)+/, '')
      .split('/')
      .slice(0, 3)
      .join('/');
    byGroup.set(group, (byGroup.get(group) ?? 0) + info.bytesInOutput);
  }
  return [...byGroup.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

const esbuild = await loadEsbuild();
let failures = 0;
const lines = ['| bundle | min | min+gz | budget | status |', '|---|---:|---:|---:|---|'];
const details = [];
for (const row of ROWS) {
  const result = await esbuild.build({
    stdin: { contents: row.code, resolveDir: RESOLVE_DIR, loader: 'ts', sourcefile: 'budget-entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const gz = kb(gzipSync(code, { level: 9 }).length);
  let status = '';
  if (row.budgetKb !== undefined) {
    if (gz <= row.budgetKb) status = 'ok';
    else if (row.ceilingKb !== undefined && gz <= row.ceilingKb) status = `over goal, under the ${row.ceilingKb} KB ceiling (${row.why})`;
    else {
      status = 'FAIL';
      failures += 1;
    }
  }
  lines.push(`| ${row.name} | ${fmt(kb(code.length))} | ${fmt(gz)} | ${row.budgetKb === undefined ? '' : `${row.budgetKb} KB`} | ${status} |`);
  details.push(`${row.name}: ${heaviest(result.metafile, 4).map(([g, bytes]) => `${g} ${fmt(kb(bytes))}`).join(', ')} (min, before gzip)`);
}
for (const [name, size] of PEERS) lines.push(`| ${name} | | ${fmt(size)} | | peer |`);
console.log(lines.join('\n'));
console.log(`\nheaviest modules:\n${details.map((d) => `  ${d}`).join('\n')}`);
console.log(failures === 0 ? '\nbundle budgets: ok' : `\nbundle budgets: ${failures} over budget`);
process.exitCode = failures === 0 ? 0 : 1;
