// The `@lighter-ts/models/internal` entry: what sibling packages are wired from, kept off the root surface.
// The names are snapshotted like the root's; the built entry is loaded through the package's own `exports`
// map with both `import` and `require`, since a sibling built as CJS resolves the `require` condition.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const PKG_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);

/** Export names of `@lighter-ts/models/internal` as a fresh Node process resolves it from the package. */
async function builtNames(loader: 'import' | 'require'): Promise<string[]> {
  const code =
    loader === 'import'
      ? "const m = await import('@lighter-ts/models/internal'); console.log(JSON.stringify(Object.keys(m).sort()));"
      : "console.log(JSON.stringify(Object.keys(require('@lighter-ts/models/internal')).sort()));";
  const type = loader === 'import' ? 'module' : 'commonjs';
  // Package self-reference: resolved from the package directory through package.json `exports`.
  const { stdout } = await run(process.execPath, [`--input-type=${type}`, '-e', code], { cwd: PKG_DIR });
  return JSON.parse(stdout) as string[];
}

describe('@lighter-ts/models/internal', () => {
  it('exports exactly these names, none of them also exported by the root', async () => {
    const internal = Object.keys(await import('../src/internal.js')).sort();
    const root = new Set(Object.keys(await import('../src/index.js')));
    expect(internal.filter((n) => root.has(n))).toEqual([]);
    expect(internal).toMatchSnapshot();
  });

  it('is declared in package.json like the root entry, with files for both formats and their types', () => {
    const manifest = JSON.parse(readFileSync(join(PKG_DIR, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    expect(manifest.exports['./internal']).toEqual({
      import: { types: './dist/internal.d.ts', default: './dist/internal.js' },
      require: { types: './dist/internal.d.cts', default: './dist/internal.cjs' },
    });
  });

  // The built files come from this package's build, which turbo runs before its tests (turbo.json).
  it.each(['import', 'require'] as const)(
    'the built entry resolves with %s and has the source names',
    async (loader) => {
      for (const file of ['internal.js', 'internal.cjs', 'internal.d.ts', 'internal.d.cts']) {
        expect(existsSync(join(PKG_DIR, 'dist', file)), file).toBe(true);
      }
      const source = Object.keys(await import('../src/internal.js')).sort();
      expect(await builtNames(loader)).toEqual(source);
    },
  );
});
