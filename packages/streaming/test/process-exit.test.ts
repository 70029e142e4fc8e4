// close() must let the process exit on its own: no timer or socket left behind.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FakeVenue, startFakeVenue } from './helpers/fake-venue.js';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const out = `${pkg}test-output/exit`;
let venue: FakeVenue;

beforeAll(async () => {
  venue = await startFakeVenue();
  mkdirSync(out, { recursive: true });
  // Bundle src so the child runs this very code (dist may be stale); ws stays external.
  await build({
    entry: { index: `${pkg}src/index.ts` },
    outDir: out,
    format: ['esm'],
    dts: false,
    silent: true,
    external: ['ws'],
    clean: false,
    config: false,
  });
}, 60_000);
afterAll(async () => {
  await venue.close();
});

it('a child that connects, subscribes, receives, and closes exits by itself', async () => {
  venue.onFrame = (f) => {
    if (f.type === 'subscribe' && f.channel === 'order_book/0') {
      venue.send({
        type: 'subscribed/order_book',
        channel: 'order_book:0',
        order_book: { asks: [{ price: '1', size: '1' }], bids: [], nonce: 1, begin_nonce: 0 },
      });
    }
  };
  const script = `${out}/child.mjs`;
  writeFileSync(
    script,
    `import { LighterWsClient, orderBookChannel, tickerChannel } from './index.js';
const ws = new LighterWsClient({ url: process.argv[2], pingIntervalMs: 1000, staleAfterMs: 60000 });
await ws.connect();
const book = ws.subscribe(orderBookChannel({ marketIndex: 0 }));
ws.subscribe(tickerChannel({ marketIndex: 0 }));
const e = await book.next();
const ask = e.book.bestAsk();
const pending = ws.sendTx({ txType: 14, txInfo: '{"a":1}' }, { timeoutMs: 60000 }).catch((err) => err.outcome);
await ws.close();
console.log(JSON.stringify({ ask, tx: await pending }));
`,
  );
  // test-output/ lives inside the package, so 'ws' resolves from the package's node_modules.
  // Same WebSocket implementation as this vitest project: the `standard` project runs Node with a global WebSocket.
  const child = spawn(
    process.execPath,
    [...process.execArgv.filter((a) => a === '--experimental-websocket'), script, venue.url],
    { cwd: pkg },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  // The bound: a leaked ping interval or socket would keep the child alive far past this.
  const exited = await new Promise<number | 'hung'>((resolve) => {
    const t = setTimeout(() => {
      child.kill('SIGKILL');
      resolve('hung');
    }, 15_000);
    child.on('exit', (code) => {
      clearTimeout(t);
      resolve(code ?? -1);
    });
  });
  expect(stderr).toBe('');
  expect(exited).toBe(0);
  expect(JSON.parse(stdout)).toEqual({ ask: { price: '1', size: '1' }, tx: 'unknown' });
}, 30_000);
