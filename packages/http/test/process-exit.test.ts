// The process must be able to exit on its own after close(): no socket, timer or keep-alive
// handle left behind. A child node process uses the bundled package against a loopback server,
// hits success, retry and failure paths, closes, and must exit with code 0 without process.exit().
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../test-output/exit/', import.meta.url));

const SCRIPT = `
import { createServer } from 'node:http';
import { LighterHttpClient } from './index.js';
let n = 0;
const server = createServer((req, res) => {
  n++;
  if (req.url.startsWith('/api/v1/orderBooks') && n === 1) { res.writeHead(429, { 'retry-after': '0' }); res.end('{}'); return; }
  if (req.url.startsWith('/api/v1/fundingRates') || req.url.startsWith('/api/v1/funding-rates')) { res.writeHead(429, { 'retry-after': '120' }); res.end('{}'); return; }
  if (req.url.startsWith('/api/v1/sendTx')) { res.writeHead(500); res.end('boom'); return; }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ code: 200, order_books: [{ symbol: 'ETH', market_id: 0, market_type: 'perp', base_asset_id: 0, quote_asset_id: 0, status: 'active', taker_fee: '0', maker_fee: '0', liquidation_fee: '1', min_base_amount: '0.005', min_quote_amount: '10', order_quote_limit: '1', supported_size_decimals: 4, supported_price_decimals: 2, supported_quote_decimals: 6 }] }));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = 'http://127.0.0.1:' + server.address().port;
const client = new LighterHttpClient({ network: { baseUrl: url, chainId: 300 }, retry: { baseDelayMs: 1, maxElapsedMs: 600000 } });
const books = await client.orderBooks();
const tx = await client.sendTx({ txType: 15, txInfo: '{"Nonce":1}' }).catch((e) => e);
const pending = client.orderBookOrders({ marketId: 0, limit: 1 }).catch((e) => e);
// A GET parked in a 120 s Retry-After backoff: close() must cancel that timer.
const backingOff = client.fundingRates().catch((e) => e.code);
while (n < 4) await new Promise((r) => setTimeout(r, 5));
await client.close();
await pending;
const closedCode = await backingOff;
server.close();
console.log(JSON.stringify({ symbol: books.order_books[0].symbol, outcome: tx.outcome, closedCode }));
`;

describe('process exit', () => {
  it('exits naturally after close()', () => {
    mkdirSync(outDir, { recursive: true });
    execFileSync(
      'pnpm',
      ['exec', 'tsup', 'src/index.ts', '--format', 'esm', '--out-dir', outDir, '--no-config', '--silent'],
      { cwd: pkgDir, stdio: 'pipe' },
    );
    writeFileSync(`${outDir}child.mjs`, SCRIPT);
    // The timeout only kills a hung child so the test fails instead of hanging.
    const r = spawnSync(process.execPath, [`${outDir}child.mjs`], { cwd: outDir, encoding: 'utf8', timeout: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({
      symbol: 'ETH',
      outcome: 'unknown',
      closedCode: 'CLIENT_CLOSED',
    });
    // A tsup build plus a child process: on a loaded 2-core machine this alone can take over 20 s.
  }, 90_000);
});
