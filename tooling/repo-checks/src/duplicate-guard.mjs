// Duplicate guard: one home per concept. Reports (1) a protocol-style constant (an UPPER_SNAKE_CASE
// top-level `const`) declared in two or more packages, (2) a name exported by the public entry points
// of two or more packages, and (3) a literal copy of a models constant under another name (a list of values, a
// key -> value table or a zod object schema's field set; literal-duplicates.mjs). Each is allowed only when
// `duplicates-allow.mjs` lists it with a reason (a deliberate re-export, a name that means different things on
// purpose). An allow-list entry that no longer matches anything is reported too, so the list can only shrink.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  ALLOWED_DUPLICATE_CONSTANTS,
  ALLOWED_DUPLICATE_EXPORTS,
  ALLOWED_DUPLICATE_LITERALS,
} from './duplicates-allow.mjs';
import { checkLiteralDuplicates } from './literal-duplicates.mjs';
import { listPublicExports } from './public-exports.mjs';
import { LAYER_RULES } from './layers.mjs';
import { isDevFile, listSourceFiles } from './source-files.mjs';

// A top-level (unindented) const with an UPPER_SNAKE_CASE name, exported or not (group 1).
const TOP_LEVEL_CONSTANT = /^(?:export\s+)?const\s+([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{2,}[0-9]*)\s*[:=]/gm;

/**
 * @typedef {{ kind: 'constant' | 'export' | 'values' | 'table' | 'schema' | 'stale-allow', name: string, where: string[], rule: string }} DuplicateViolation
 */

/**
 * Every UPPER_SNAKE_CASE top-level constant per package, as `name -> [package dir...]`.
 * @param {string} root
 * @param {string[]} dirs
 * @returns {Map<string, Set<string>>}
 */
export function constantsByName(root, dirs) {
  const byName = new Map();
  for (const dir of dirs) {
    for (const file of listSourceFiles(join(root, dir))) {
      const inPkg = relative(join(root, dir), file).split('\\').join('/');
      if (isDevFile(inPkg)) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(TOP_LEVEL_CONSTANT)) {
        const name = match[1];
        if (!byName.has(name)) byName.set(name, new Set());
        byName.get(name).add(dir);
      }
    }
  }
  return byName;
}

/**
 * Check the packages under `root` for duplicated constants and exported names.
 * @param {string} root repository root
 * @param {{ dirs?: string[], homeDir?: string, allowedConstants?: Record<string, string>, allowedExports?: Record<string, string>, allowedLiterals?: Record<string, string> }} [options]
 *   `homeDir`: the package whose constants the literal rules compare against (models)
 * @returns {DuplicateViolation[]}
 */
export function checkDuplicates(root, options = {}) {
  const dirs = options.dirs ?? LAYER_RULES.map((rule) => rule.dir);
  const allowedConstants = options.allowedConstants ?? ALLOWED_DUPLICATE_CONSTANTS;
  const allowedExports = options.allowedExports ?? ALLOWED_DUPLICATE_EXPORTS;
  const allowedLiterals = options.allowedLiterals ?? ALLOWED_DUPLICATE_LITERALS;
  const homeDir = options.homeDir ?? 'packages/models';
  /** @type {DuplicateViolation[]} */
  const violations = [];

  const constants = constantsByName(root, dirs);
  const seenConstants = new Set();
  for (const [name, where] of constants) {
    if (where.size < 2) continue;
    seenConstants.add(name);
    if (name in allowedConstants) continue;
    violations.push({
      kind: 'constant',
      name,
      where: [...where].sort(),
      rule: 'declared in more than one package: keep it in the lowest layer that needs it and import it',
    });
  }

  const exportsByName = new Map();
  for (const dir of dirs) {
    for (const name of listPublicExports(join(root, dir))) {
      if (!exportsByName.has(name)) exportsByName.set(name, new Set());
      exportsByName.get(name).add(dir);
    }
  }
  const seenExports = new Set();
  for (const [name, where] of exportsByName) {
    if (where.size < 2) continue;
    seenExports.add(name);
    if (name in allowedExports) continue;
    violations.push({
      kind: 'export',
      name,
      where: [...where].sort(),
      rule: 'exported by more than one package: export it from its home only, or allow-list a deliberate re-export',
    });
  }

  const literals = checkLiteralDuplicates(root, { dirs, homeDir, allowed: allowedLiterals });
  violations.push(...literals.violations);

  for (const [list, seen, file] of [
    [allowedConstants, seenConstants, 'ALLOWED_DUPLICATE_CONSTANTS'],
    [allowedExports, seenExports, 'ALLOWED_DUPLICATE_EXPORTS'],
    [allowedLiterals, literals.seen, 'ALLOWED_DUPLICATE_LITERALS'],
  ]) {
    for (const name of Object.keys(list)) {
      if (!seen.has(name)) {
        violations.push({ kind: 'stale-allow', name, where: [], rule: `no longer duplicated: remove it from ${file}` });
      }
    }
  }
  return violations.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}
