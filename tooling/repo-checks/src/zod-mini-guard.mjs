// zod/mini guard: a published package's shipped sources import zod only as 'zod/mini' (issue 14 item 5).
// Classic zod ('zod', 'zod/v4', 'zod/v4/classic', ...) gives every schema all its methods, so one classic
// import anywhere on a route's import path costs a browser bundle about 20 KB gz that zod/mini tree-shakes
// away. Files still on classic zod when the guard was written are listed in zod-mini-allow.mjs; the guard
// fails on any other classic import and on any listed file that no longer has one, so the list only shrinks.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { findImports } from './layer-guard.mjs';
import { isDevFile, listSourceFiles } from './source-files.mjs';
import { ALLOWED_CLASSIC_ZOD } from './zod-mini-allow.mjs';

/** @typedef {{ file: string, line: number, specifier: string, rule: string }} ZodMiniViolation */

/** The one zod entry point published code may import. */
export const ALLOWED_ZOD_SPECIFIER = 'zod/mini';

/**
 * Directories (relative to `root`) of the workspace packages that are published: every `packages/*` and
 * `apps/*` whose package.json is not `"private": true`.
 * @param {string} root
 * @returns {string[]}
 */
export function publishedPackageDirs(root) {
  const dirs = [];
  for (const group of ['packages', 'apps']) {
    let entries;
    try {
      entries = readdirSync(join(root, group)).sort();
    } catch {
      continue;
    }
    for (const entry of entries) {
      let manifest;
      try {
        manifest = JSON.parse(readFileSync(join(root, group, entry, 'package.json'), 'utf8'));
      } catch {
        continue;
      }
      if (manifest.private !== true) dirs.push(`${group}/${entry}`);
    }
  }
  return dirs;
}

/** True for a zod specifier other than zod/mini ('zod', 'zod/v4', 'zod/v4/classic', 'zod/v3', ...). */
function isClassicZod(specifier) {
  return (specifier === 'zod' || specifier.startsWith('zod/')) && specifier !== ALLOWED_ZOD_SPECIFIER;
}

/**
 * Check the shipped sources of every published package under `root` for classic zod imports.
 * @param {string} root repository root
 * @param {{ allowed?: Record<string, string> }} [options] file (relative to root) -> why it may still import classic zod
 * @returns {ZodMiniViolation[]}
 */
export function checkZodMini(root, options = {}) {
  const allowed = options.allowed ?? ALLOWED_CLASSIC_ZOD;
  /** @type {ZodMiniViolation[]} */
  const violations = [];
  const offenders = new Set();
  for (const dir of publishedPackageDirs(root)) {
    const pkgDir = resolve(root, dir);
    for (const file of listSourceFiles(pkgDir)) {
      if (isDevFile(relative(pkgDir, file).split(sep).join('/'))) continue;
      const rel = relative(root, file).split(sep).join('/');
      for (const { specifier, line } of findImports(readFileSync(file, 'utf8'))) {
        if (!isClassicZod(specifier)) continue;
        offenders.add(rel);
        if (Object.hasOwn(allowed, rel)) continue;
        violations.push({
          file: rel,
          line,
          specifier,
          rule: `published sources import zod only as '${ALLOWED_ZOD_SPECIFIER}' (classic zod defeats tree-shaking)`,
        });
      }
    }
  }
  for (const file of Object.keys(allowed).sort()) {
    if (!offenders.has(file)) {
      violations.push({
        file,
        line: 0,
        specifier: '',
        rule: 'no classic zod import left: remove it from ALLOWED_CLASSIC_ZOD in zod-mini-allow.mjs',
      });
    }
  }
  return violations;
}
