// Path guard: the repository must stand on its own. It reads every tracked (or new, not ignored) text file
// and reports
//   - a relative path that, resolved from the file's directory, leaves the repository (and any mention of the
//     `shared` reference folder that sat next to the first checkouts and ships nowhere);
//   - an absolute path of one machine (a work dir, a home dir, a temp dir, a Windows drive);
//   - a citation of the reference notes (API, signing, parity) that never shipped with the code;
//   - a `docs/protocol/<page>.md#<anchor>` citation whose page or heading does not exist, so comments that
//     cite the protocol docs stay honest when a heading is renamed.
// It works on text (no build needed) so it runs first in CI and on a planted tree in its own tests.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** @typedef {{ file: string, line: number, text: string, rule: string }} PathViolation */

const MAX_BYTES = 2_000_000;
// pnpm writes importer-relative links (`link:../../tooling/tsconfig`) into the lockfile, so relative paths
// there are not relative to the lockfile's own folder; machine paths are still checked.
const RELATIVE_EXEMPT = new Set(['pnpm-lock.yaml']);
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'dist', '.turbo', 'coverage', 'test-output']);
// The neighbour folder of the first checkouts, spelled so this file does not match itself.
const SHARED = `..${'/'}shared`;
// The reference notes the first checkouts cited; they ship nowhere, so a citation of them helps no reader.
// (Escaped dots and groups keep this line from matching itself.)
const UNSHIPPED =
  /\b(?:lighter-api(?:-2026-12)?|lighter-signing|nautilus-lighter-parity)\.md\b|\blighter-crypto-constants\.json\b/g;
// `../` chains followed by at least one named segment: `../../../fixtures/api/`, `../../outside/x`.
// A bare chain (`'../../..'`) is how a script finds the root from its own file path and names nothing.
const RELATIVE = /(?<![\w.])((?:\.\.\/)+)([\w@][\w@.+-]*(?:\/[\w@.+-]+)*)/g;
// Machine paths. The look-behind keeps URLs (`https://host/srv/…`) and in-repo paths (`a/tmp/`) out:
// a machine path starts after a quote, a space, `(`, `=` or a line start.
const MACHINE = [
  { re: /(?<![\w.~:/-])\/(?:work|root|Users|tmp)\/[\w.-]/g, what: 'an absolute path of one machine' },
  { re: /(?<![\w.~:/-])\/home\/[\w.-]+\//g, what: 'a home directory' },
  { re: /(?<![\w])[A-Za-z]:\\{1,2}[\w.-]/g, what: 'a Windows drive path' },
];
const CITATION = /docs\/protocol\/([a-z0-9-]+\.md)(#[a-z0-9-]+)?/g;
// Markdown links inside docs/protocol pages: `](rest.md#conventions)`, `](#nonces)`.
const DOC_LINK = /\]\(((?:[a-z0-9-]+\.md)?)(#[a-z0-9-]+)?\)/g;

/**
 * Files to check: tracked plus untracked-but-not-ignored (git), or every file when `root` is no git tree.
 * @param {string} root @returns {string[]} paths relative to root, with `/`
 */
export function listRepoFiles(root) {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return [...new Set(out.split('\0').filter((f) => f !== ''))].filter((f) => existsSync(join(root, f)));
  } catch {
    return walk(root, root);
  }
}

/** @param {string} root @param {string} dir @returns {string[]} */
function walk(root, dir) {
  const out = [];
  for (const entry of readdirSync(dir)) {
    if (SKIPPED_DIRS.has(entry)) continue;
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...walk(root, full));
    else out.push(relative(root, full).split(sep).join('/'));
  }
  return out;
}

/**
 * GitHub's heading ids: lower case, punctuation dropped (except `-` and `_`), spaces to `-`, `-1`, `-2` … for repeats.
 * @param {string} markdown @returns {Set<string>}
 */
export function headingAnchors(markdown) {
  const anchors = new Set();
  const seen = new Map();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = m[1]
      .replace(/`/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/**
 * Check every repository text file under `root`.
 * @param {string} root repository root
 * @param {{ files?: string[] }} [options] `files` overrides the git listing (paths relative to root)
 * @returns {PathViolation[]}
 */
export function checkPaths(root, options = {}) {
  const files = options.files ?? listRepoFiles(root);
  /** @type {PathViolation[]} */
  const violations = [];
  /** @type {Map<string, Set<string> | null>} */
  const pages = new Map();
  const anchorsOf = (page) => {
    if (!pages.has(page)) {
      const file = join(root, 'docs/protocol', page);
      pages.set(page, existsSync(file) ? headingAnchors(readFileSync(file, 'utf8')) : null);
    }
    return pages.get(page);
  };
  const checkCitation = (page, anchor, report) => {
    const anchors = anchorsOf(page);
    if (anchors === null) report(`docs/protocol/${page} does not exist`);
    else if (anchor !== undefined && !anchors.has(anchor.slice(1))) {
      report(`docs/protocol/${page} has no heading for ${anchor}`);
    }
  };

  for (const file of files) {
    const full = join(root, file);
    if (statSync(full).size > MAX_BYTES) continue;
    const buffer = readFileSync(full);
    if (buffer.includes(0)) continue; // binary
    const text = buffer.toString('utf8');
    const lines = text.split('\n');
    lines.forEach((lineText, i) => {
      const report = (match, rule) => violations.push({ file, line: i + 1, text: match, rule });
      if (lineText.includes(SHARED)) report(SHARED, 'names the shared reference folder, which ships nowhere');
      for (const m of lineText.matchAll(UNSHIPPED)) {
        report(m[0], 'cites a reference file that ships nowhere: cite docs/protocol/ or a public URL');
      }
      for (const m of RELATIVE_EXEMPT.has(file) ? [] : lineText.matchAll(RELATIVE)) {
        const target = resolve(dirname(full), m[1] + m[2]);
        if (target !== root && !target.startsWith(root + sep) && !m[0].includes(SHARED)) {
          report(m[0], 'relative path leaves the repository');
        }
      }
      for (const { re, what } of MACHINE) {
        for (const m of lineText.matchAll(re)) report(m[0], `${what}: a clone elsewhere has no such path`);
      }
      for (const m of lineText.matchAll(CITATION)) {
        checkCitation(m[1], m[2], (why) => report(m[0], why));
      }
      if (/^docs\/protocol\/[^/]+\.md$/.test(file)) {
        for (const m of lineText.matchAll(DOC_LINK)) {
          const page = m[1] === '' ? file.slice('docs/protocol/'.length) : m[1];
          checkCitation(page, m[2], (why) => report(m[0], why));
        }
      }
    });
  }
  return violations;
}
