// Shared helpers for the repository scripts: the published workspace packages and running commands.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/** @returns {{ name: string, dir: string, manifest: Record<string, unknown> }[]} every non-private package */
export function publishedPackages() {
  const out = [];
  for (const group of ['packages', 'apps']) {
    for (const entry of readdirSync(join(ROOT, group))) {
      const file = join(ROOT, group, entry, 'package.json');
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      if (manifest.private !== true) out.push({ name: manifest.name, dir: join(ROOT, group, entry), manifest });
    }
  }
  return out;
}

/**
 * Run a command, streaming its output unless `quiet`; resolves with the exit code and the output.
 * @param {string} command @param {string[]} args @param {{ cwd?: string, quiet?: boolean }} [options]
 * @returns {Promise<{ code: number, output: string }>}
 */
export function run(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const forward = (chunk, stream) => {
      const text = chunk.toString();
      output += text;
      if (!options.quiet) stream.write(text);
    };
    child.stdout.on('data', (c) => forward(c, process.stdout));
    child.stderr.on('data', (c) => forward(c, process.stderr));
    child.on('error', (error) => resolvePromise({ code: 127, output: output + String(error) }));
    child.on('close', (code) => resolvePromise({ code: code ?? 1, output }));
  });
}

/** Pack every published package with pnpm (which rewrites workspace: ranges) into `dest`. */
export async function packAll(dest) {
  const tarballs = new Map();
  for (const pkg of publishedPackages()) {
    const { code, output } = await run('pnpm', ['pack', '--pack-destination', dest], { cwd: pkg.dir, quiet: true });
    if (code !== 0) throw new Error(`pnpm pack failed for ${pkg.name}:\n${output}`);
    const tgz = output
      .trim()
      .split('\n')
      .map((l) => l.trim())
      .reverse()
      .find((l) => l.endsWith('.tgz'));
    if (tgz === undefined) throw new Error(`pnpm pack printed no tarball for ${pkg.name}:\n${output}`);
    tarballs.set(pkg.name, tgz.startsWith('/') ? tgz : join(dest, tgz));
  }
  return tarballs;
}
