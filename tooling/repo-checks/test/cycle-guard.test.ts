import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without type declarations
import { checkCycles } from '../src/cycle-guard.mjs';

type Cycle = { pkg: string; files: string[] };
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const scratch: string[] = [];

function plant(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cycle-guard-'));
  scratch.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const dirs = ['packages/a'];

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('cycle guard', () => {
  it('finds no import cycle in the real repository', () => {
    const cycles: Cycle[] = checkCycles(repoRoot);
    expect(cycles).toEqual([]);
  });

  it('passes on a planted tree without cycles', () => {
    const root = plant({
      'packages/a/src/index.ts': "export { b } from './b.js';\nimport { c } from './c/index.js';\n",
      'packages/a/src/b.ts': "import { c } from './c/index.js';\nexport const b = c;\n",
      'packages/a/src/c/index.ts': 'export const c = 1;\n',
    });
    expect(checkCycles(root, { dirs })).toEqual([]);
  });

  it('reports a three-file cycle once, with every member', () => {
    const root = plant({
      'packages/a/src/x.ts': "import { y } from './y.js';\nexport const x = y;\n",
      'packages/a/src/y.ts': "export { z as y } from './z.js';\n",
      'packages/a/src/z.ts': "import { x } from './x.js';\nexport const z = () => x;\n",
      'packages/a/src/free.ts': "import { x } from './x.js';\n",
    });
    expect(checkCycles(root, { dirs })).toEqual([
      { pkg: 'packages/a', files: ['packages/a/src/x.ts', 'packages/a/src/y.ts', 'packages/a/src/z.ts'] },
    ]);
  });

  it('counts type-only imports, directory imports and self-imports', () => {
    const root = plant({
      'packages/a/src/ctx.ts': "import type { Run } from './run/index.js';\nexport interface Ctx { run: Run }\n",
      'packages/a/src/run/index.ts': "import type { Ctx } from '../ctx.js';\nexport type Run = (c: Ctx) => void;\n",
      'packages/a/src/self.ts': "import { s } from './self.js';\nexport const s = 1;\n",
    });
    const cycles: Cycle[] = checkCycles(root, { dirs });
    expect(cycles.map((c) => c.files)).toEqual([
      ['packages/a/src/ctx.ts', 'packages/a/src/run/index.ts'],
      ['packages/a/src/self.ts'],
    ]);
  });

  it('ignores tests and benches, which may import anything', () => {
    const root = plant({
      'packages/a/src/x.ts': 'export const x = 1;\n',
      'packages/a/test/x.test.ts': "import { h } from './helper.js';\n",
      'packages/a/test/helper.ts': "import './x.test.js';\nexport const h = 1;\n",
    });
    expect(checkCycles(root, { dirs })).toEqual([]);
  });
});
