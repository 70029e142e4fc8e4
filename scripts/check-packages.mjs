#!/usr/bin/env node
// Every published package must pass publint and @arethetypeswrong/cli on the tarball a user would get.
// attw runs with the node16 profile (node16 CJS + ESM and bundler): our engines are Node >= 20.19, and the
// legacy node10 resolver cannot see subpath exports such as `@lighter-ts/models/constants` at all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, packAll, run } from './workspace.mjs';

const dest = mkdtempSync(join(tmpdir(), 'lighter-pack-'));
let failures = 0;
try {
  const tarballs = await packAll(dest);
  for (const [name, tgz] of tarballs) {
    const publint = await run('pnpm', ['exec', 'publint', 'run', '--strict', tgz], { cwd: ROOT, quiet: true });
    const attw = await run('pnpm', ['exec', 'attw', '--profile', 'node16', '--format', 'table-flipped', tgz], { cwd: ROOT, quiet: true });
    const ok = publint.code === 0 && attw.code === 0;
    if (!ok) {
      failures += 1;
      console.error(publint.output, attw.output);
    }
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (publint ${publint.code === 0 ? 'ok' : 'failed'}, attw ${attw.code === 0 ? 'ok' : 'failed'})`);
  }
} finally {
  rmSync(dest, { recursive: true, force: true });
}
console.log(failures === 0 ? 'package checks: all packages pass publint and attw' : `package checks: ${failures} package(s) failed`);
process.exitCode = failures === 0 ? 0 : 1;
