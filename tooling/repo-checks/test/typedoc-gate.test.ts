// The API docs gate (`pnpm run docs:check`) must fail when a public export, method, accessor or property has no
// doc comment (a property of an exported interface, class, type literal or const object, a key of a schema shape).
// A one-file package is run through typedoc with the repository's own validation settings (typedoc.json),
// so a change that weakens them (a dropped kind, warnings no longer errors) fails here.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const typedocBin = join(
  dirname(createRequire(join(repoRoot, 'package.json')).resolve('typedoc/package.json')),
  'bin',
  'typedoc',
);
const scratch: string[] = [];

// afterAll, not afterEach: the cases run concurrently, and a per-test cleanup would delete the directories of
// cases still running (typedoc then finds nothing to check and passes).
afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function runGate(source: string): Promise<{ code: number; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'typedoc-gate-'));
  scratch.push(dir);
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: '@lighter-ts/planted', version: '0.0.0', type: 'module' }),
  );
  writeFileSync(join(dir, 'src', 'index.ts'), source);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        noEmit: true,
        skipLibCheck: true,
      },
      include: ['src'],
    }),
  );
  const repo = JSON.parse(readFileSync(join(repoRoot, 'typedoc.json'), 'utf8')) as Record<string, unknown>;
  const options = {
    ...repo,
    entryPoints: ['src/index.ts'],
    tsconfig: 'tsconfig.json',
    packagesRequiringDocumentation: ['@lighter-ts/planted'],
    out: 'api',
  };
  delete options.$schema;
  writeFileSync(join(dir, 'typedoc.json'), JSON.stringify(options));
  return new Promise((done) => {
    execFile(
      process.execPath,
      [typedocBin, '--options', 'typedoc.json', '--emit', 'none'],
      { cwd: dir },
      (err, stdout, stderr) => {
        done({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : -1, output: `${stdout}${stderr}` });
      },
    );
  });
}

const DOCUMENTED = [
  '/** @packageDocumentation @module @lighter-ts/planted */',
  '/** A venue client. */',
  'export class Client {',
  '  /** Sends one thing. */',
  '  send(): void {}',
  '}',
  '/** Options of a client. */',
  'export interface Options {',
  '  /** How long one request may take, in milliseconds. */',
  '  readonly timeoutMs: number;',
  '}',
  '/** Adds two numbers. */',
  'export function add(a: number, b: number): number { return a + b; }',
].join('\n');

// concurrent: each run is a separate typedoc process (a few seconds of CPU each)
describe.concurrent('API docs gate (typedoc.json)', () => {
  it('passes a package whose exports and members are documented', async () => {
    const { code, output } = await runGate(DOCUMENTED);
    expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
  }, 300_000);

  it('fails on an undocumented export function and names it', async () => {
    const { code, output } = await runGate(
      `${DOCUMENTED}\nexport function sub(a: number, b: number): number { return a - b; }\n`,
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/sub.*does not have any documentation/);
  }, 300_000);

  it('fails on an undocumented method of a documented class', async () => {
    const { code, output } = await runGate(DOCUMENTED.replace('  /** Sends one thing. */\n', ''));
    expect(code).not.toBe(0);
    expect(output).toMatch(/Client\.send.*does not have any documentation/);
  }, 300_000);

  // One typedoc run for both kinds of property (each run costs seconds of CPU on a shared machine).
  it('fails on an undocumented interface property and an undocumented const-object member, naming both', async () => {
    const { code, output } = await runGate(
      `${DOCUMENTED.replace('  /** How long one request may take, in milliseconds. */\n', '')}\n/** Sides. */\nexport const SIDE = { BUY: 0 } as const;\n`,
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/Options\.timeoutMs.*does not have any documentation/);
    expect(output).toMatch(/SIDE\..*BUY.*does not have any documentation/);
  }, 300_000);
});
