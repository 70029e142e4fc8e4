// Cycle guard: finds import cycles between the source files of each workspace package. A cycle makes
// module initialisation order matter and keeps files from being understood (or tree-shaken) alone.
// Works on text like the layer guard: relative imports only (a cross-package cycle is already a layer
// violation). Type-only imports count too, as madge counts them: TypeScript erases them, but a type
// cycle still means neither file can be read or moved without the other.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { LAYER_RULES } from './layers.mjs';
import { isDevFile, listSourceFiles } from './source-files.mjs';

// Imports and re-exports with a relative specifier (group 1), type-only ones included.
const RELATIVE_IMPORT =
  /(?:\bimport\s+(?:[^'";]*?\bfrom\s+)?|\bexport\s+[^'";]*?\bfrom\s+|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** @typedef {{ pkg: string, files: string[] }} ImportCycle */

/** `./x.js` from `src/a.ts` -> the file it names (`src/x.ts`, `src/x/index.ts`), or undefined. */
function resolveRelative(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  const stem = base.replace(/\.(m|c)?js$/, '');
  const candidates = [
    base,
    `${stem}.ts`,
    `${stem}.tsx`,
    `${stem}.mts`,
    join(stem, 'index.ts'),
    `${stem}.mjs`,
    `${stem}.js`,
  ];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Tarjan's strongly connected components; components of two or more files are cycles. */
function stronglyConnected(graph) {
  let index = 0;
  const stack = [];
  const onStack = new Set();
  const indices = new Map();
  const lowlinks = new Map();
  const components = [];
  const visit = (node) => {
    indices.set(node, index);
    lowlinks.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        lowlinks.set(node, Math.min(lowlinks.get(node), lowlinks.get(next)));
      } else if (onStack.has(next)) {
        lowlinks.set(node, Math.min(lowlinks.get(node), indices.get(next)));
      }
    }
    if (lowlinks.get(node) === indices.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? new Set()).has(node);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return components;
}

/**
 * Every import cycle among the non-test sources of each workspace package under `root`.
 * @param {string} root repository root
 * @param {{ dirs?: string[] }} [options] package directories relative to `root` (default: the layer table's)
 * @returns {ImportCycle[]} one entry per cycle, files relative to `root`, sorted
 */
export function checkCycles(root, options = {}) {
  /** @type {ImportCycle[]} */
  const cycles = [];
  for (const dir of options.dirs ?? LAYER_RULES.map((rule) => rule.dir)) {
    const files = listSourceFiles(join(root, dir)).filter((f) => !isDevFile(relative(join(root, dir), f)));
    const graph = new Map();
    for (const file of files) {
      const edges = new Set();
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(RELATIVE_IMPORT)) {
        const target = resolveRelative(file, match[1]);
        if (target !== undefined) edges.add(target);
      }
      graph.set(file, edges);
    }
    for (const component of stronglyConnected(graph)) {
      cycles.push({ pkg: dir, files: component.map((f) => relative(root, f)).sort() });
    }
  }
  return cycles.sort((a, b) => a.files[0].localeCompare(b.files[0]));
}
