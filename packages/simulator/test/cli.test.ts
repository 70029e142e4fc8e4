import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli-run.js';

describe('lighter-sim CLI', () => {
  it('prints the URLs, serves, and closes cleanly on SIGINT', async () => {
    const signals = new EventEmitter();
    const out: string[] = [];
    const done = runCli({ argv: ['--port', '0', '--seed', '3', '--markets', 'ETH'], signals, out: (l) => out.push(l), err: (l) => out.push(l) });
    while (out.length === 0) await new Promise((r) => setTimeout(r, 10));
    const url = /REST (\S+)\/api\/v1/.exec(out[0]!)?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const books = (await (await fetch(`${url}/api/v1/orderBooks`)).json()) as { order_books: { symbol: string }[] };
    expect(books.order_books.map((b) => b.symbol)).toEqual(['ETH']);
    signals.emit('SIGINT');
    expect(await done).toBe(0);
    expect(out.at(-1)).toBe('lighter-sim closed');
    await expect(fetch(`${url}/api/v1/orderBooks`)).rejects.toThrow();
  });

  it('exits with 2 on bad flags or unknown markets', async () => {
    const signals = new EventEmitter();
    const err: string[] = [];
    expect(await runCli({ argv: ['--port', 'x'], signals, out: () => {}, err: (l) => err.push(l) })).toBe(2);
    expect(await runCli({ argv: ['--markets', 'DOGE'], signals, out: () => {}, err: (l) => err.push(l) })).toBe(2);
    expect(err.join('\n')).toContain('DOGE');
  });
});
