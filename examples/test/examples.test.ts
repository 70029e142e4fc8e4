// Every example is type-checked under `tsc --strict` (its own tsconfig), compiled, and run as its own
// process, which must exit 0 by itself: a dangling socket, timer or never-ending for-await hangs it,
// and the test's timeout fails it. Each runs in an empty working directory that must stay empty
// (an example must never drop a surprise file where it was started).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.out');
const examples = readdirSync(root)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.config.ts'))
  .sort();

interface Exit {
  code: number | null;
  output: string;
}

function run(cmd: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Exit> {
  return new Promise((done) => {
    execFile(cmd, args, { ...options, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : null;
      done({ code, output: `${stdout}${stderr}` });
    });
  });
}

// The examples default to the simulator; a network from the developer's shell must not leak in.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('LIGHTER_')));

describe('examples', () => {
  beforeAll(async () => {
    rmSync(outDir, { recursive: true, force: true });
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const compiled = await run(process.execPath, [tsc, '-p', 'tsconfig.json', '--outDir', outDir], { cwd: root });
    expect(compiled.output).toBe('');
    expect(compiled.code).toBe(0);
  }, 120_000);

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.concurrent.each(examples)('%s type-checks, runs against the simulator and exits 0 by itself', async (file) => {
    const cwd = mkdtempSync(join(tmpdir(), 'example-cwd-'));
    try {
      const { code, output } = await run(process.execPath, [join(outDir, file.replace(/\.ts$/, '.js'))], { cwd, env });
      expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
      expect(readdirSync(cwd)).toEqual([]);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
