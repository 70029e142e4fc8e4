// Bundle budgets, the measuring half: bundle one import line as a web app's bundler would (esbuild, ESM,
// browser platform, minified, packages resolved by their export conditions), gzip it (level 9) and judge
// the size against the row's budget. scripts/bundle-budgets.mjs holds the rows and prints the table.
import { gzipSync } from 'node:zlib';

/**
 * @typedef {{ name: string, code: string, budgetKb?: number, ceilingKb?: number, why?: string, resolveDir?: string, external?: string[] }} BudgetRow
 * `budgetKb`: the goal; `ceilingKb`: enforced instead while the goal is not reached (a regression guard);
 * `resolveDir`: where the import line resolves from (default: the caller's); `external`: packages left out
 * of the bundle (to show what the rest weighs without them).
 */

/**
 * Bundle and gzip one row.
 * @example const m = await measureBundle({ esbuild, code: "export * from 'zod';", resolveDir: root });
 * @throws when esbuild cannot resolve or parse the import line
 * @param {{ esbuild: typeof import('esbuild'), code: string, resolveDir: string, external?: string[] }} params
 * @returns {Promise<{ minKb: number, gzKb: number, heaviest: [string, number][] }>} sizes in KB; `heaviest`: the
 *   four biggest packages or dist folders, by minified bytes in the output
 */
export async function measureBundle({ esbuild, code, resolveDir, external = [] }) {
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir, loader: 'ts', sourcefile: 'budget-entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    external,
    logLevel: 'error',
  });
  const output = result.outputFiles[0].contents;
  return {
    minKb: output.length / 1024,
    gzKb: gzipSync(output, { level: 9 }).length / 1024,
    heaviest: heaviest(result.metafile, 4),
  };
}

/** Group metafile inputs by package (`zod/v4/core`, `packages/http/dist`, `@noble/curves/esm`), biggest first, in KB. */
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
    byGroup.set(group, (byGroup.get(group) ?? 0) + info.bytesInOutput / 1024);
  }
  return [...byGroup.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

/**
 * Judge a measured size: 'info' (no budget), 'ok' (within the goal), 'ceiling' (over the goal but within the
 * enforced ceiling), 'fail' (over the enforced limit: the ceiling when there is one, else the goal).
 * @example budgetStatus({ row: { name: 'x', code: '', budgetKb: 20 }, gzKb: 21 }) // 'fail'
 * @throws never
 * @param {{ row: BudgetRow, gzKb: number }} params
 * @returns {'info' | 'ok' | 'ceiling' | 'fail'}
 */
export function budgetStatus({ row, gzKb }) {
  if (row.budgetKb === undefined) return 'info';
  if (gzKb <= row.budgetKb) return 'ok';
  if (row.ceilingKb !== undefined && gzKb <= row.ceilingKb) return 'ceiling';
  return 'fail';
}
