// Bundle-size check: bundles the package's ESM entry with esbuild (the copy tsup depends on),
// minified, for the browser (no Node built-ins allowed), gzips it and prints the sizes.
// Exit code 1 when the gzipped bundle exceeds the budget.
// usage: node scripts/size.mjs [--entry src/index.ts] [--budget-kb 40]
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const entry = opt('--entry', 'src/index.ts');
const budgetKb = Number(opt('--budget-kb', '40'));

async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    // esbuild is not a direct dependency: resolve the copy that tsup uses.
    const req = createRequire(`${pkgDir}/package.json`);
    const tsupReq = createRequire(req.resolve('tsup'));
    return tsupReq('esbuild');
  }
}

const esbuild = await loadEsbuild();
const bundle = (entryPoint) =>
  esbuild.build({
    absWorkingDir: pkgDir,
    entryPoints: [entryPoint],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
const result = await bundle(entry);
const code = result.outputFiles[0].contents;
const gz = gzipSync(code, { level: 9 });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const inputs = Object.entries(result.metafile.outputs)[0][1].inputs;
const top = Object.entries(inputs)
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
  .slice(0, 8)
  .map(([file, info]) => `  ${kb(info.bytesInOutput).padStart(9)}  ${file}`);
console.log(`${entry}: minified ${kb(code.length)}, gzipped ${kb(gz.length)} (budget ${budgetKb} KB)`);
console.log(top.join('\n'));
if (entry === 'src/index.ts') {
  // The cryptographic core alone (what a verifier-only consumer pulls in), for information.
  const core = (await bundle('src/primitives.ts')).outputFiles[0].contents;
  console.log(`src/primitives.ts: minified ${kb(core.length)}, gzipped ${kb(gzipSync(core, { level: 9 }).length)}`);
}
if (gz.length > budgetKb * 1024) {
  console.error(`size budget exceeded: ${kb(gz.length)} > ${budgetKb} KB`);
  process.exitCode = 1;
}
