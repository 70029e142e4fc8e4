import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without type declarations
import { REPOSITORY_URL, tarballProblems } from '../src/package-shape.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const LICENSE = readFileSync(join(repoRoot, 'LICENSE'), 'utf8');
const scratch: string[] = [];

const goodManifest = {
  name: '@lighter-ts/models',
  repository: { type: 'git', url: REPOSITORY_URL, directory: 'packages/models' },
  homepage: 'https://github.com/lighter-ts/lighter-ts/tree/main/packages/models#readme',
  bugs: { url: 'https://github.com/lighter-ts/lighter-ts/issues' },
  keywords: ['lighter'],
};

/** A tarball laid out as `npm pack` writes it (`package/…`), from the given files. */
function plantTarball(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'package-shape-'));
  scratch.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'package', path)), { recursive: true });
    writeFileSync(join(dir, 'package', path), text);
  }
  const tgz = join(dir, 'pkg.tgz');
  execFileSync('tar', ['-czf', tgz, '-C', dir, 'package']);
  return tgz;
}

const check = (tgz: string): string[] => tarballProblems({ tgz, directory: 'packages/models', licenseText: LICENSE });

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('package shape', () => {
  it('passes a tarball with LICENSE, README.md and the metadata', () => {
    const tgz = plantTarball({ 'package.json': JSON.stringify(goodManifest), LICENSE, 'README.md': '# models\n' });
    expect(check(tgz)).toEqual([]);
  });

  it('fails a tarball without LICENSE or README.md', () => {
    const tgz = plantTarball({ 'package.json': JSON.stringify(goodManifest) });
    expect(check(tgz)).toEqual(['tarball has no LICENSE', 'tarball has no README.md']);
  });

  it('fails a LICENSE that drifted from the root one', () => {
    const tgz = plantTarball({ 'package.json': JSON.stringify(goodManifest), LICENSE: 'MIT\n', 'README.md': '#\n' });
    expect(check(tgz)).toEqual(['LICENSE differs from the root LICENSE (copy it again)']);
  });

  it('fails missing or wrong repository, homepage, bugs and keywords', () => {
    const manifest = { name: 'x', repository: { type: 'git', url: REPOSITORY_URL, directory: 'packages/http' } };
    const tgz = plantTarball({ 'package.json': JSON.stringify(manifest), LICENSE, 'README.md': '#\n' });
    const problems = check(tgz);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/repository\.directory is "packages\/http"/);
    expect(problems.slice(1).map((p) => p.split(' ')[1])).toEqual(['homepage', 'bugs.url', 'has']);
  });
});
