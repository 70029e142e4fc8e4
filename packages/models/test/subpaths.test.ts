// The light entry points: each exports exactly its reviewed names, the same functions the root
// exports, and none of them reaches zod (checked on the module graph, not on bundle size alone;
// scripts/bundle-budgets.mjs measures the bytes).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Every module an entry reaches through relative imports, and every bare package it imports. */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    // Comments hold `@example` imports that are not edges of the graph.
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const m of text.matchAll(/^(?:import|export)\s[^'";]*?from\s+'([^']+)'/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  };
  visit(resolve(SRC, entry));
  return { files, packages };
}

describe.each(['decimal/index.ts', 'identifiers/index.ts', 'constants/index.ts'])('@lighter-ts/models/%s', (entry) => {
  it('imports no package at all (no zod)', () => {
    expect([...graph(entry).packages]).toEqual([]);
  });

  it('re-exports the same bindings as the root entry, with a reviewed name list', async () => {
    const mod = (await import(`../src/${entry.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
    expect(Object.keys(mod).sort()).toMatchSnapshot();
    for (const [name, value] of Object.entries(mod)) expect(value, name).toBe((root as Record<string, unknown>)[name]);
  });
});

it('the root entry does reach zod (so the check above can fail)', () => {
  expect(graph('index.ts').packages.has('zod/mini')).toBe(true);
});
