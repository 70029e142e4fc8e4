#!/usr/bin/env node
// `pnpm release` runs `changeset version` then `changeset publish`. Publishing is never run here (no
// registry writes), but `changeset version` must succeed: run it on a throwaway copy of the tracked tree.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, run } from './workspace.mjs';

const copy = mkdtempSync(join(tmpdir(), 'lighter-changeset-'));
let ok = false;
try {
  const listed = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { quiet: true });
  if (listed.code !== 0) throw new Error(`git ls-files failed: ${listed.output}`);
  for (const file of listed.output.split('\n').filter(Boolean)) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    try {
      cpSync(join(ROOT, file), join(copy, file));
    } catch {
      // A file deleted in the work tree but still in the index: nothing to copy.
    }
  }
  await run('git', ['init', '-q'], { cwd: copy, quiet: true });
  const pending = readdirSync(join(copy, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  const bin = join(ROOT, 'node_modules', '.bin', 'changeset');
  const result = await run(bin, ['version'], { cwd: copy, quiet: true });
  if (result.code !== 0) {
    console.error(result.output);
  } else {
    const left = readdirSync(join(copy, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    const bumped = [];
    for (const group of ['packages', 'apps']) {
      for (const entry of readdirSync(join(copy, group))) {
        try {
          const after = JSON.parse(readFileSync(join(copy, group, entry, 'package.json'), 'utf8'));
          const before = JSON.parse(readFileSync(join(ROOT, group, entry, 'package.json'), 'utf8'));
          if (after.version !== before.version) bumped.push(`${after.name} ${before.version} -> ${after.version}`);
        } catch {
          // not a package folder
        }
      }
    }
    ok = left.length === 0;
    console.log(
      `changeset version: consumed ${pending.length} changeset(s), ${left.length} left; ${bumped.length > 0 ? bumped.join(', ') : 'no version bumps'}`,
    );
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
console.log(ok ? 'changeset check: `changeset version` succeeds' : 'changeset check: FAILED');
process.exitCode = ok ? 0 : 1;
