// The source files of a workspace package, as every text-based guard reads them: TypeScript and
// JavaScript files, without build output, dependencies, declaration files or Stryker sandboxes.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.turbo', 'coverage', 'test-output', '.stryker-tmp']);

/**
 * Every source file under `dir`, recursively (absolute paths); an absent directory gives none.
 * @param {string} dir
 * @returns {string[]}
 */
export function listSourceFiles(dir) {
  /** @type {string[]} */
  const out = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (SKIPPED_DIRS.has(entry)) continue;
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...listSourceFiles(full));
    else if (SOURCE_FILE.test(entry) && !entry.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

// Tests, benches, scripts and tool configs: not part of a package's shipped sources.
const DEV_PATH = /(^|\/)(test|tests|bench|scripts)\//;
const CONFIG_FILE = /\.config\.[cm]?[jt]s$/;

/**
 * True for a path inside a package (relative to it) that is a test, bench, script or tool config.
 * @param {string} pathInPackage
 * @returns {boolean}
 */
export function isDevFile(pathInPackage) {
  return DEV_PATH.test(pathInPackage) || CONFIG_FILE.test(pathInPackage);
}
