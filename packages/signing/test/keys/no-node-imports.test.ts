// The package must run in browsers: nothing under src/ may import a Node built-in.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|mts|cts|js|mjs)$/.test(name) ? [p] : [];
  });
}

// Matches `from 'node:x'`, `import('node:x')` and `require('node:x')`, either quote style.
const NODE_IMPORT = /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"]node:/;

describe('no node: imports in src', () => {
  const files = sourceFiles(srcDir).filter((f) => !f.includes(`${join('src', 'cli')}`));
  it('finds the source files', () => expect(files.length).toBeGreaterThan(10));
  it('the pattern catches a planted violation', () => {
    expect(NODE_IMPORT.test(`import { x } from 'node:crypto';`)).toBe(true);
    expect(NODE_IMPORT.test(`const c = await import("node:crypto");`)).toBe(true);
    expect(NODE_IMPORT.test(`import { sha256 } from '@noble/hashes/sha2';`)).toBe(false);
  });
  it.each(files.map((f) => [f.slice(srcDir.length), f] as const))('%s', (_rel, f) => {
    expect(NODE_IMPORT.test(readFileSync(f, 'utf8'))).toBe(false);
  });
});
