import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without type declarations
import { checkReadmeExamples, fencedBlocks, MAX_GUIDE_FRAGMENT_LINES } from '../src/readme-examples.mjs';

type Violation = { file: string; line: number; text: string; rule: string };
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const scratch: string[] = [];
const FENCE = '`'.repeat(3);
const EXAMPLE = "import { x } from 'y';\nconsole.log(x);\n";

function block(body: string, marker?: string): string {
  return `${marker === undefined ? '' : `<!-- example: ${marker} -->\n`}${FENCE}ts\n${body.replace(/\n$/, '')}\n${FENCE}\n`;
}

/** A scratch tree with one example file and the given markdown files. */
function plant(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'readme-examples-'));
  scratch.push(root);
  for (const [path, text] of Object.entries({ 'examples/hello.ts': EXAMPLE, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('README example guard', () => {
  it('passes on the real repository: every README block is its example file', () => {
    expect(checkReadmeExamples(repoRoot)).toEqual([]);
  });

  it('accepts a block equal to its file and shell blocks without a marker', () => {
    const root = plant({
      'packages/a/README.md': `# a\n\n${FENCE}sh\npnpm add a\n${FENCE}\n\n${block(EXAMPLE, 'examples/hello.ts')}`,
    });
    expect(checkReadmeExamples(root)).toEqual([]);
  });

  it('fails when a planted block differs from its example file, naming the first differing line', () => {
    const root = plant({
      'README.md': `# r\n\n${block("import { x } from 'y';\nconsole.log(y);\n", 'examples/hello.ts')}`,
    });
    const violations: Violation[] = checkReadmeExamples(root);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ file: 'README.md', line: 6 });
    expect(violations[0]?.rule).toContain('differs from examples/hello.ts');
    expect(violations[0]?.rule).toContain('"console.log(x);"');
  });

  it('fails on a marker naming a missing file and on an unmarked README code block', () => {
    const root = plant({ 'apps/c/README.md': `${block('a()', 'examples/missing.ts')}\n${block('b()')}` });
    const rules = (checkReadmeExamples(root) as Violation[]).map((v) => v.rule);
    expect(rules).toHaveLength(2);
    expect(rules.some((r) => r.includes('examples/missing.ts'))).toBe(true);
    expect(rules.some((r) => r.includes('needs an `<!-- example:'))).toBe(true);
  });

  it('lets a guide carry a short unmarked fragment but not a long one', () => {
    const short = block('exec.on("order", log);');
    const long = block(Array.from({ length: MAX_GUIDE_FRAGMENT_LINES + 1 }, (_, i) => `line${i}();`).join('\n'));
    expect(checkReadmeExamples(plant({ 'docs/guides/a.md': short }))).toEqual([]);
    expect(checkReadmeExamples(plant({ 'docs/guides/a.md': long }))).toHaveLength(1);
  });

  it('--write rewrites a stale block from its file', () => {
    const root = plant({ 'packages/a/README.md': `intro\n\n${block('stale()', 'examples/hello.ts')}\nafter\n` });
    expect(checkReadmeExamples(root, { write: true })).toEqual([]);
    expect(readFileSync(join(root, 'packages/a/README.md'), 'utf8')).toBe(
      `intro\n\n${block(EXAMPLE, 'examples/hello.ts')}\nafter\n`,
    );
    expect(checkReadmeExamples(root)).toEqual([]);
  });

  it('binds a marker only to the block right after it', () => {
    const blocks = fencedBlocks(`<!-- example: examples/hello.ts -->\ntext\n${block('a()')}`);
    expect(blocks[0]?.marker).toBeUndefined();
  });
});
