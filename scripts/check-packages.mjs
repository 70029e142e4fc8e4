#!/usr/bin/env node
// Every published package must pass publint and @arethetypeswrong/cli on the tarball a user would get,
// and the tarball must stand on its own: LICENSE (the root one, verbatim) and README.md inside, and the
// manifest fields a registry page links from (repository with its directory, homepage, bugs, keywords).
// attw runs with the node16 profile (node16 CJS + ESM and bundler): our engines are Node >= 20.19, and the
// legacy node10 resolver cannot see subpath exports such as `@lighter-ts/models/constants` at all.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { tarballProblems } from '../tooling/repo-checks/src/package-shape.mjs';
import { ROOT, packAll, publishedPackages, run } from './workspace.mjs';

const LICENSE_TEXT = readFileSync(join(ROOT, 'LICENSE'), 'utf8');

const dest = mkdtempSync(join(tmpdir(), 'lighter-pack-'));
let failures = 0;
try {
  const tarballs = await packAll(dest);
  const dirs = new Map(publishedPackages().map((p) => [p.name, p.dir]));
  for (const [name, tgz] of tarballs) {
    const publint = await run('pnpm', ['exec', 'publint', 'run', '--strict', tgz], { cwd: ROOT, quiet: true });
    const attw = await run('pnpm', ['exec', 'attw', '--profile', 'node16', '--format', 'table-flipped', tgz], {
      cwd: ROOT,
      quiet: true,
    });
    const directory = relative(ROOT, dirs.get(name)).split(sep).join('/');
    const shape = tarballProblems({ tgz, directory, licenseText: LICENSE_TEXT });
    const ok = publint.code === 0 && attw.code === 0 && shape.length === 0;
    if (!ok) {
      failures += 1;
      console.error(publint.output, attw.output, shape.map((p) => `${name}: ${p}`).join('\n'));
    }
    const verdict = (good) => (good ? 'ok' : 'failed');
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${name} (publint ${verdict(publint.code === 0)}, attw ${verdict(attw.code === 0)}, LICENSE/README/metadata ${verdict(shape.length === 0)})`,
    );
  }
} finally {
  rmSync(dest, { recursive: true, force: true });
}
console.log(
  failures === 0
    ? 'package checks: all packages pass publint and attw and ship LICENSE, README and metadata'
    : `package checks: ${failures} package(s) failed`,
);
process.exitCode = failures === 0 ? 0 : 1;
