// Layer guard: reads every TypeScript/JavaScript source of every workspace package and reports imports
// that break the layer rules. It works on text (no build needed) so it can run first in CI and on a
// planted tree in its own tests.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { LAYER_RULES, RESTRICTED_MODULES } from './layers.mjs';
import { isDevFile, listSourceFiles } from './source-files.mjs';

// Static imports/exports, dynamic import() and require(): the module specifier is group 1.
const IMPORT_PATTERN =
  /(?:\bimport\s+(?:type\s+)?(?:[^'";]*?\bfrom\s+)?|\bexport\s+(?:type\s+)?[^'";]*?\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

/**
 * @typedef {{ file: string, line: number, specifier: string, rule: string }} LayerViolation
 */

/** @param {string} text @returns {{ specifier: string, line: number }[]} */
export function findImports(text) {
  const found = [];
  for (const match of text.matchAll(IMPORT_PATTERN)) {
    const specifier = match[1];
    if (specifier === undefined) continue;
    const line = text.slice(0, match.index).split('\n').length;
    found.push({ specifier, line });
  }
  return found;
}

/** `@lighter-ts/http/sub` -> `@lighter-ts/http`; `ws/lib/x` -> `ws`. */
function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Check every workspace package under `root` against the layer table.
 * @param {string} root repository root
 * @param {{ rules?: typeof LAYER_RULES, restricted?: Record<string, string[]> }} [options]
 * @returns {LayerViolation[]}
 */
export function checkLayers(root, options = {}) {
  const rules = options.rules ?? LAYER_RULES;
  const restricted = options.restricted ?? RESTRICTED_MODULES;
  const workspaceNames = new Set(rules.map((r) => r.name));
  const packageDirs = rules.map((r) => resolve(root, r.dir));
  /** @type {LayerViolation[]} */
  const violations = [];

  for (const rule of rules) {
    const pkgDir = resolve(root, rule.dir);
    for (const file of listSourceFiles(pkgDir)) {
      const rel = relative(root, file).split(sep).join('/');
      const inPkg = relative(pkgDir, file).split(sep).join('/');
      // tests, benches, scripts and configs may use the package's `testOnly` dependencies
      const devFile = isDevFile(inPkg);
      const allowed = new Set([rule.name, ...rule.allowed, ...(devFile ? (rule.testOnly ?? []) : [])]);
      for (const { specifier, line } of findImports(readFileSync(file, 'utf8'))) {
        const report = (why) => violations.push({ file: rel, line, specifier, rule: why });
        if (specifier.startsWith('.')) {
          const target = resolve(dirname(file), specifier);
          const owner = packageDirs.find((d) => target === d || target.startsWith(d + sep));
          if (owner !== undefined && owner !== pkgDir) {
            report(`reaches into another package (${relative(root, owner)}): import it by its package name`);
          }
          continue;
        }
        const name = packageNameOf(specifier);
        if (workspaceNames.has(name)) {
          if (!allowed.has(name)) report(`${rule.name} may not import ${name} (layer rule)`);
          else if (name !== rule.name && /\/src(\/|$)/.test(specifier)) {
            report(`imports ${name}'s src/: use its public entry point`);
          }
          continue;
        }
        const owners = restricted[name];
        if (owners !== undefined && !owners.includes(rule.dir)) {
          report(`only ${owners.join(' and ')} may import ${name}`);
        }
      }
    }
    violations.push(...checkManifest(root, rule, workspaceNames, restricted));
  }
  return violations;
}

/** A package.json must not declare what its sources may not import. */
function checkManifest(root, rule, workspaceNames, restricted) {
  const file = join(root, rule.dir, 'package.json');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  const rel = `${rule.dir}/package.json`;
  /** @type {LayerViolation[]} */
  const out = [];
  const sections = [
    ['dependencies', new Set(rule.allowed)],
    ['devDependencies', new Set([...rule.allowed, ...(rule.testOnly ?? [])])],
  ];
  for (const [section, allowed] of sections) {
    for (const name of Object.keys(manifest[section] ?? {})) {
      if (workspaceNames.has(name) && !allowed.has(name)) {
        out.push({ file: rel, line: 0, specifier: name, rule: `${section} of ${rule.name} may not list ${name}` });
      }
      const owners = restricted[name];
      if (owners !== undefined && !owners.includes(rule.dir)) {
        out.push({ file: rel, line: 0, specifier: name, rule: `only ${owners.join(' and ')} may depend on ${name}` });
      }
    }
  }
  return out;
}
