#!/usr/bin/env node
// A user installs ONE layer: pack every published package, then for each one make a scratch project
// outside the workspace, install that tarball (plus the tarballs of the @lighter-ts packages it depends
// on, since they are not on the registry yet) with plain npm, and load it with both `import` and `require`.
// The scratch project must not receive any package of a higher layer.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packAll, publishedPackages, run } from './workspace.mjs';

const scratchRoot = mkdtempSync(join(tmpdir(), 'lighter-consumer-'));
const packages = publishedPackages();
const byName = new Map(packages.map((p) => [p.name, p]));

/** The @lighter-ts runtime dependencies of a package, transitively. */
function internalClosure(name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  const deps = Object.keys(byName.get(name)?.manifest.dependencies ?? {});
  for (const dep of deps) if (byName.has(dep)) internalClosure(dep, seen);
  return seen;
}

async function checkConsumer(name, tarballs) {
  const dir = mkdtempSync(join(scratchRoot, 'app-'));
  const closure = [...internalClosure(name)];
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  const install = await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', ...closure.map((n) => tarballs.get(n))],
    { cwd: dir, quiet: true },
  );
  if (install.code !== 0) return `npm install failed:\n${install.output}`;
  const installed = readdirSync(join(dir, 'node_modules', '@lighter-ts')).map((d) => `@lighter-ts/${d}`);
  const extra = installed.filter((n) => !closure.includes(n));
  if (extra.length > 0) return `installing ${name} also installed ${extra.join(', ')}`;
  const esm = `const m = await import(${JSON.stringify(name)}); if (Object.keys(m).length < 1) throw new Error('no exports'); console.log('esm', Object.keys(m).length);`;
  const cjs = `const m = require(${JSON.stringify(name)}); if (Object.keys(m).length < 1) throw new Error('no exports'); console.log('cjs', Object.keys(m).length);`;
  const viaImport = await run('node', ['--input-type=module', '-e', esm], { cwd: dir, quiet: true });
  if (viaImport.code !== 0) return `import failed:\n${viaImport.output}`;
  const viaRequire = await run('node', ['--input-type=commonjs', '-e', cjs], { cwd: dir, quiet: true });
  if (viaRequire.code !== 0) return `require failed:\n${viaRequire.output}`;
  const manifest = JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8'));
  if (JSON.stringify(manifest).includes('workspace:')) return 'the packed manifest still has a workspace: range';
  return `ok (${viaImport.output.trim()}, ${viaRequire.output.trim()}; installed ${installed.join(', ')})`;
}

let failures = 0;
try {
  const tarballs = await packAll(join(scratchRoot));
  // Installs hit the registry for third-party deps; run them two at a time.
  const names = packages.map((p) => p.name);
  const results = [];
  for (let i = 0; i < names.length; i += 2) {
    results.push(...(await Promise.all(names.slice(i, i + 2).map(async (n) => [n, await checkConsumer(n, tarballs)]))));
  }
  for (const [name, result] of results) {
    const ok = result.startsWith('ok');
    if (!ok) failures += 1;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${result}`);
  }
} finally {
  rmSync(scratchRoot, { recursive: true, force: true });
}
console.log(
  failures === 0
    ? 'consumer test: every package installs alone and loads with import and require'
    : `consumer test: ${failures} failed`,
);
process.exitCode = failures === 0 ? 0 : 1;
