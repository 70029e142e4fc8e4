import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without type declarations
import { budgetStatus, measureBundle } from '../src/bundle-budget.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
// The copy of esbuild tsup runs on, as scripts/bundle-budgets.mjs loads it.
const esbuild = createRequire(createRequire(join(repoRoot, 'package.json')).resolve('tsup'))('esbuild');

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bundle-budget-'));
  // Random bytes do not compress: about 30 KB once gzipped, whatever the minifier does.
  writeFileSync(
    join(dir, 'big.js'),
    `export const big = ${JSON.stringify(randomBytes(30 * 1024).toString('base64'))};\n`,
  );
  writeFileSync(join(dir, 'small.js'), 'export const small = 1;\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundle budgets', () => {
  it('fails a planted row over its budget', async () => {
    const row = { name: 'planted', code: "export { big } from './big.js';", budgetKb: 20 };
    const { gzKb, minKb, heaviest } = await measureBundle({ esbuild, code: row.code, resolveDir: dir });
    expect(gzKb).toBeGreaterThan(20);
    expect(minKb).toBeGreaterThan(gzKb);
    expect(heaviest[0]?.[0]).toMatch(/big\.js$/);
    expect(budgetStatus({ row, gzKb })).toBe('fail');
  });

  it('passes a row within its budget and leaves unimported modules out', async () => {
    const row = { name: 'planted', code: "export { small } from './small.js';", budgetKb: 1 };
    const { gzKb, heaviest } = await measureBundle({ esbuild, code: row.code, resolveDir: dir });
    expect(heaviest.map(([group]: [string, number]) => group).some((g: string) => g.endsWith('big.js'))).toBe(false);
    expect(budgetStatus({ row, gzKb })).toBe('ok');
  });

  it('leaves external packages out of the measure', async () => {
    const { gzKb } = await measureBundle({
      esbuild,
      code: "export { big } from 'planted-big'; export { small } from './small.js';",
      resolveDir: dir,
      external: ['planted-big'],
    });
    expect(gzKb).toBeLessThan(1);
  });

  it('enforces the ceiling instead of the goal while a row has one', () => {
    const row = { name: 'planted', code: '', budgetKb: 20, ceilingKb: 36 };
    expect(budgetStatus({ row, gzKb: 34.2 })).toBe('ceiling');
    expect(budgetStatus({ row, gzKb: 36.1 })).toBe('fail');
    expect(budgetStatus({ row, gzKb: 19.9 })).toBe('ok');
  });

  it('only reports a row without a budget', () => {
    expect(budgetStatus({ row: { name: 'info', code: '' }, gzKb: 500 })).toBe('info');
  });
});
