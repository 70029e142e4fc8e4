// README example guard: a code block in a README or a guide is either a copy of a runnable example or it
// rots. The examples workspace (`examples/*.ts`) type-checks and runs every example in `pnpm test`; this
// check proves each marked block is that file, character for character:
//
//   <!-- example: examples/streaming-client.ts -->
//   ```ts
//   …exactly the file…
//   ```
//
// Rules: a marker must be followed by a fenced block equal to the file (trailing newlines aside); in a
// README (root, packages/*, apps/*) every TypeScript/JavaScript block needs a marker; in docs/guides an
// unmarked block is allowed only when it is short (an obviously illustrative fragment).
// `node readme-examples.mjs --write` rewrites every marked block from its file.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {{ file: string, line: number, text: string, rule: string }} ExampleViolation */

const MARKER = /^<!--\s*example:\s*(\S+)\s*-->\s*$/;
const FENCE = /^(```|~~~)\s*([\w-]*)/;
const CODE_LANGS = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs', 'cjs', 'tsx']);
/** Longest unmarked code block a guide may carry (lines). */
export const MAX_GUIDE_FRAGMENT_LINES = 12;

/**
 * The markdown files this check reads: the root README, each package's and app's README, and the guides.
 * @param {string} root @returns {string[]} paths relative to root
 */
export function exampleDocs(root) {
  const out = [];
  if (existsSync(join(root, 'README.md'))) out.push('README.md');
  for (const dir of ['packages', 'apps']) {
    if (!existsSync(join(root, dir))) continue;
    for (const name of readdirSync(join(root, dir)).sort()) {
      if (existsSync(join(root, dir, name, 'README.md'))) out.push(`${dir}/${name}/README.md`);
    }
  }
  if (existsSync(join(root, 'docs/guides'))) {
    for (const name of readdirSync(join(root, 'docs/guides')).sort())
      if (name.endsWith('.md')) out.push(`docs/guides/${name}`);
  }
  return out;
}

/**
 * Fenced blocks of a markdown text, each with the example marker that precedes it (blank lines allowed between).
 * @param {string} text
 * @returns {{ lang: string, start: number, end: number, body: string, marker: string | undefined, markerLine: number }[]}
 *   `start` / `end`: 0-based line indexes of the opening and closing fence
 */
export function fencedBlocks(text) {
  const lines = text.split('\n');
  const blocks = [];
  let marker;
  let markerLine = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = MARKER.exec(lines[i]);
    if (m) {
      marker = m[1];
      markerLine = i;
      continue;
    }
    const open = FENCE.exec(lines[i]);
    if (open) {
      let end = i + 1;
      while (end < lines.length && !lines[end].startsWith(open[1])) end++;
      blocks.push({ lang: open[2], start: i, end, body: lines.slice(i + 1, end).join('\n'), marker, markerLine });
      marker = undefined;
      i = end;
      continue;
    }
    if (lines[i].trim() !== '') marker = undefined; // a marker binds only to the block right after it
  }
  return blocks;
}

const normalize = (s) => s.replace(/\r\n/g, '\n').replace(/\n+$/, '');

/**
 * Checks every marked block against its example file, and that README code blocks are marked.
 * @param {string} root @param {{ write?: boolean }} [options] `write`: rewrite stale blocks from their files
 * @returns {ExampleViolation[]}
 */
export function checkReadmeExamples(root, options = {}) {
  /** @type {ExampleViolation[]} */
  const violations = [];
  for (const doc of exampleDocs(root)) {
    const text = readFileSync(join(root, doc), 'utf8');
    const lines = text.split('\n');
    const isGuide = doc.startsWith('docs/guides/');
    let changed = false;
    // walk backwards so rewriting a block keeps the earlier blocks' line numbers valid
    for (const block of fencedBlocks(text).reverse()) {
      const report = (line, rule) =>
        violations.push({ file: doc, line: line + 1, text: block.marker ?? `\`\`\`${block.lang}`, rule });
      if (block.marker === undefined) {
        if (!CODE_LANGS.has(block.lang)) continue;
        const length = block.end - block.start - 1;
        if (!isGuide)
          report(
            block.start,
            'a README code block needs an `<!-- example: examples/<name>.ts -->` marker and a runnable example file',
          );
        else if (length > MAX_GUIDE_FRAGMENT_LINES) {
          report(
            block.start,
            `an unmarked guide fragment may have at most ${MAX_GUIDE_FRAGMENT_LINES} lines (has ${length}); make it an example file`,
          );
        }
        continue;
      }
      const path = join(root, block.marker);
      if (!block.marker.startsWith('examples/') || !existsSync(path)) {
        report(block.markerLine, `the marker names ${block.marker}, which is not a file under examples/`);
        continue;
      }
      const expected = normalize(readFileSync(path, 'utf8'));
      if (normalize(block.body) === expected) continue;
      if (options.write) {
        lines.splice(block.start + 1, block.end - block.start - 1, ...expected.split('\n'));
        changed = true;
        continue;
      }
      const got = block.body.split('\n');
      const want = expected.split('\n');
      let k = 0;
      while (k < got.length && k < want.length && got[k] === want[k]) k++;
      report(
        block.start + 1 + k,
        `the block differs from ${block.marker} (first at block line ${k + 1}: expected ${JSON.stringify(want[k] ?? '<end>')}, got ${JSON.stringify(got[k] ?? '<end>')}); run node tooling/repo-checks/src/readme-examples.mjs --write`,
      );
    }
    if (changed) writeFileSync(join(root, doc), lines.join('\n'));
  }
  return violations;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../../../..');
  const write = process.argv.includes('--write');
  const violations = checkReadmeExamples(root, { write });
  for (const v of violations) console.error(`${v.file}:${v.line} ${v.text}: ${v.rule}`);
  console.log(
    violations.length === 0
      ? 'readme examples: every block matches its file'
      : `readme examples: ${violations.length} violation(s)`,
  );
  process.exitCode = violations.length === 0 ? 0 : 1;
}
