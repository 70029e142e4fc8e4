import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without type declarations
import { checkPaths, headingAnchors, listRepoFiles } from '../src/path-guard.mjs';

type Violation = { file: string; line: number; text: string; rule: string };
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const scratch: string[] = [];
// Planted violations are assembled from pieces so this file itself stays clean for the guard it tests.
const UP = '..' + '/';
const SHARED = `${UP}shared`;
const slash = '/';
const WORK = `${slash}work${slash}`;
const TMP = `${slash}tmp${slash}`;
const HOME = `${slash}home${slash}alice${slash}`;
const DRIVE = 'C' + ':\\Users\\me';
const DP = 'docs' + '/protocol/';

const PAGE = [
  '# Signing',
  '',
  '## Test vectors',
  '',
  'See [keys](#keys) and [the REST page](rest.md#conventions).',
  '',
  '## Keys',
  '',
].join('\n');

/** A scratch repository (a git tree, so the guard lists files as it does on the real one) with one docs page. */
function plantRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'path-guard-'));
  scratch.push(root);
  const base: Record<string, string> = {
    [`${DP}signing.md`]: PAGE,
    [`${DP}rest.md`]: '# REST\n\n## Conventions\n',
    'packages/signing/test/vectors.ts': `const url = new URL('${UP}${UP}${UP}fixtures/signing/v.json', import.meta.url);\n`,
    'scripts/root.mjs': `const root = resolve(here, '${UP}${UP}..');\n`,
    'README.md': 'Links: https://github.com/lighter-ts/lighter-ts/tree/main/packages/models and /dev/null.\n',
  };
  for (const [path, text] of Object.entries({ ...base, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '-A'], { cwd: root });
  return root;
}

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('path guard', () => {
  it('passes on the real repository', () => {
    const violations: Violation[] = checkPaths(repoRoot);
    expect(violations).toEqual([]);
  });

  it('passes on a clean planted tree (in-repo relative paths, URLs, /dev/null, citations that resolve)', () => {
    const root = plantRepo({
      'packages/models/src/a.ts': `// ${DP}signing.md#test-vectors, ${DP}rest.md\n`,
    });
    expect(listRepoFiles(root)).toContain('packages/models/src/a.ts');
    expect(checkPaths(root)).toEqual([]);
  });

  it('fails on a planted reference to the shared folder', () => {
    const root = plantRepo({
      'packages/models/test/fixtures.ts': `const dir = new URL('${UP}${UP}${UP}${UP}${SHARED.slice(3)}/reference/fixtures/', import.meta.url);\n`,
      'README.md': `The specifications are in \`${SHARED}/reference/\`.\n`,
    });
    const violations: Violation[] = checkPaths(root);
    expect(violations.map((v) => [v.file, v.line])).toEqual([
      ['README.md', 1],
      ['packages/models/test/fixtures.ts', 1],
    ]);
    expect(violations[0]?.rule).toMatch(/shared reference folder/);
  });

  it('fails on a relative path that leaves the repository, even without the word shared', () => {
    const root = plantRepo({ 'packages/http/test/x.ts': `read('${UP}${UP}${UP}${UP}elsewhere/data.json');\n` });
    const violations: Violation[] = checkPaths(root);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({
      file: 'packages/http/test/x.ts',
      rule: 'relative path leaves the repository',
    });
  });

  it('fails on planted absolute machine paths', () => {
    const root = plantRepo({
      'packages/signing/bench/w.ts': `// built by ${WORK}shared/tools/x.sh\nconst a = '${TMP}out.json';\nconst b = "${HOME}key";\nconst c = '${DRIVE}';\n`,
    });
    const violations: Violation[] = checkPaths(root);
    expect(violations.map((v) => v.line)).toEqual([1, 2, 3, 4]);
    expect(violations.every((v) => v.file === 'packages/signing/bench/w.ts')).toBe(true);
  });

  it('fails on a citation of the reference notes that never shipped', () => {
    const api = 'lighter' + '-api.md';
    const sign = 'lighter' + '-signing.md';
    const root = plantRepo({
      'packages/http/src/a.ts': `// see ${api} §4.4\n// and ${sign} §10\n// lighter-apis.md is someone else's\n`,
    });
    const violations: Violation[] = checkPaths(root);
    expect(violations.map((v) => [v.line, v.text])).toEqual([
      [1, api],
      [2, sign],
    ]);
  });

  it('fails on a docs/protocol citation whose page or heading does not exist', () => {
    const root = plantRepo({
      'packages/signing/src/a.ts': [
        `// ${DP}signing.md#test-vectors is fine`,
        `// ${DP}signing.md#no-such-heading`,
        `// ${DP}missing.md#anything`,
      ].join('\n'),
      [`${DP}rest.md`]: '# REST\n\nSee [nonces](transactions.md#nonces) and [here](#nowhere).\n\n## Conventions\n',
    });
    const violations: Violation[] = checkPaths(root);
    expect(violations.map((v) => `${v.file}:${v.line} ${v.rule}`)).toEqual([
      `${DP}rest.md:3 ${DP}transactions.md does not exist`,
      `${DP}rest.md:3 ${DP}rest.md has no heading for #nowhere`,
      `packages/signing/src/a.ts:2 ${DP}signing.md has no heading for #no-such-heading`,
      `packages/signing/src/a.ts:3 ${DP}missing.md does not exist`,
    ]);
  });

  it('derives heading anchors the way GitHub does', () => {
    const md = [
      '# A `code` title',
      '## Poseidon2: parameters',
      '## Hosts and chain IDs',
      '## Repeat',
      '## Repeat',
      '```',
      '# not a heading',
      '```',
    ].join('\n');
    expect([...headingAnchors(md)]).toEqual([
      'a-code-title',
      'poseidon2-parameters',
      'hosts-and-chain-ids',
      'repeat',
      'repeat-1',
    ]);
  });
});
