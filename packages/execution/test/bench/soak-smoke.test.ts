/**
 * Smoke run of the soak bench (`pnpm bench:soak`): 3 s of the market-making loop, so the script
 * keeps working; the real measurement is the 30-60 s run, not part of `pnpm test`.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

describe('soak bench', () => {
  it('runs a short market-making loop and reports its numbers', { timeout: 180_000 }, async () => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', join(here, '..', '..', 'bench', 'soak.mjs'), '--duration', '3', '--json'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (err += String(d)));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, err).toBe(0);
    const summary = JSON.parse(out.trim().split('\n').at(-1) as string) as Record<string, number | string | boolean>;
    expect(summary.txs).toBeGreaterThan(0);
    expect(summary.acceptedSamples).toBeGreaterThan(0);
    expect(summary.errors).toBe(0);
    expect(summary.gc).toBe(true);
    expect(['FLAT', 'GROWING']).toContain(summary.verdict);
    expect(out).toContain('submit -> accepted: p50');
  });
});
