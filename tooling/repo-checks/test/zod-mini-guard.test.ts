import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without type declarations
import { checkZodMini, publishedPackageDirs } from '../src/zod-mini-guard.mjs';

type Violation = { file: string; line: number; specifier: string; rule: string };
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const scratch: string[] = [];
// Planted sources spell zod specifiers through this helper so that text scanners of the repository
// (this guard included) do not mistake the fixtures for imports.
const q = (name: string) => `'${name}'`;

/** A published package with one zod/mini file, a private tooling package and a dev file, all clean. */
function plant(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'zod-mini-guard-'));
  scratch.push(root);
  const base: Record<string, string> = {
    'packages/models/package.json': JSON.stringify({ name: '@x/models' }),
    'packages/models/src/index.ts': `import * as z from ${q('zod/mini')};\nexport const s = z.string();\n`,
    'packages/models/test/a.test.ts': `import * as z from ${q('zod')};\n`,
    'tooling/cfg/package.json': JSON.stringify({ name: '@x/cfg', private: true }),
    'tooling/cfg/src/index.ts': `import * as z from ${q('zod')};\n`,
    'apps/tool/package.json': JSON.stringify({ name: '@x/tool', private: true }),
    'apps/tool/src/index.ts': `import * as z from ${q('zod')};\n`,
  };
  for (const [path, text] of Object.entries({ ...base, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('zod/mini guard', () => {
  it('passes on the real repository (every classic zod file left is listed as debt)', () => {
    const violations: Violation[] = checkZodMini(repoRoot);
    expect(violations).toEqual([]);
  });

  it('passes on a planted tree whose published sources import zod/mini only (private packages and tests are not checked)', () => {
    const root = plant({});
    expect(publishedPackageDirs(root)).toEqual(['packages/models']);
    expect(checkZodMini(root, { allowed: {} })).toEqual([]);
  });

  it('fails on every classic zod specifier in a published source: static, type-only, re-export, dynamic and require', () => {
    const root = plant({
      'packages/models/src/a.ts': `import * as z from ${q('zod')};\nimport type { ZodType } from ${q('zod/v4')};\n`,
      'packages/models/src/b.ts': `export { z } from ${q('zod/v4/classic')};\nconst m = await import(${q('zod')});\n`,
      'packages/models/src/c.cjs': `const z = require(${q('zod')});\n`,
    });
    const found = checkZodMini(root, { allowed: {} }).map((v: Violation) => `${v.file}:${v.line} ${v.specifier}`);
    expect(found).toEqual([
      'packages/models/src/a.ts:1 zod',
      'packages/models/src/a.ts:2 zod/v4',
      'packages/models/src/b.ts:1 zod/v4/classic',
      'packages/models/src/b.ts:2 zod',
      'packages/models/src/c.cjs:1 zod',
    ]);
  });

  it('accepts a classic import in a file of the allow-list, and only there', () => {
    const root = plant({
      'packages/models/src/a.ts': `import * as z from ${q('zod')};\n`,
      'packages/models/src/b.ts': `import * as z from ${q('zod')};\n`,
    });
    const violations: Violation[] = checkZodMini(root, { allowed: { 'packages/models/src/a.ts': 'debt: test' } });
    expect(violations).toEqual([expect.objectContaining({ file: 'packages/models/src/b.ts', specifier: 'zod' })]);
  });

  it('fails on a stale allow-list entry (the file was converted or removed)', () => {
    const root = plant({});
    const violations: Violation[] = checkZodMini(root, {
      allowed: { 'packages/models/src/index.ts': 'debt: converted since', 'packages/models/src/gone.ts': 'debt: gone' },
    });
    expect(violations.map((v) => [v.file, v.rule])).toEqual([
      ['packages/models/src/gone.ts', expect.stringContaining('remove it from ALLOWED_CLASSIC_ZOD')],
      ['packages/models/src/index.ts', expect.stringContaining('remove it from ALLOWED_CLASSIC_ZOD')],
    ]);
  });
});
