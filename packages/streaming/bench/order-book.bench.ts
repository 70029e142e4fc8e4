// Order-book hot path vs a naive sorted-array book, in the same run (numbers are ratios).
// Run: pnpm bench. Besides vitest's table, prints levels/s, parse+apply p50/p99 and memory.
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, bench, describe } from 'vitest';
import type { DataFrame } from '../src/channel.js';
import { orderBookChannel } from '../src/channels/order-book.js';
import { classifyFrame } from '../src/frames.js';
import { L2OrderBook } from '../src/order-book.js';
import { NaiveBook, prng, snapshotLevels, updateFrames } from './book-data.js';

const DEPTH = 300;
const LEVELS_PER_FRAME = 8;
const FRAMES = 1000; // one bench iteration = 1000 frames = 8000 level updates
const r = prng(42);
const snap = snapshotLevels(r, DEPTH);
const frames = updateFrames(r, FRAMES, LEVELS_PER_FRAME, DEPTH);
const levelsPerIteration = FRAMES * LEVELS_PER_FRAME;

// Exact book: nonces are irrelevant to the structure, so chain them.
const exact = new L2OrderBook();
let nonce = 0;
exact.applySnapshot({ nonce, ...snap });
const naive = new NaiveBook();
naive.applySnapshot(snap);

// Frame texts as they arrive on the socket, for parse + apply.
const texts = frames.map((u, i) =>
  JSON.stringify({
    channel: 'order_book:0',
    type: 'update/order_book',
    timestamp: 1,
    order_book: { code: 0, asks: u.asks, bids: u.bids, offset: i, nonce: i + 1, begin_nonce: i, last_updated_at: 1 },
  }),
);
const handler = orderBookChannel({ marketIndex: 0 }).createHandler();
const ctx = { resync: () => {} };
const reset = (): void => {
  handler.handle(
    classifyFrame(
      JSON.stringify({
        type: 'subscribed/order_book',
        channel: 'order_book:0',
        order_book: { ...snap, nonce: 0, begin_nonce: 0 },
      }),
    ) as DataFrame,
    ctx,
  );
};
reset();

describe(`apply ${levelsPerIteration} level updates (book depth ${DEPTH}/side)`, () => {
  bench('L2OrderBook (exact keys, best-at-end arrays)', () => {
    for (const u of frames) {
      exact.applyUpdate({ beginNonce: nonce, nonce: nonce + 1, asks: u.asks, bids: u.bids });
      nonce++;
    }
  });
  bench('naive sorted array (baseline)', () => {
    for (const u of frames) naive.apply(u);
  });
});

describe('frame JSON parse + classify + apply (1000 frames)', () => {
  bench('order_book handler', () => {
    reset();
    for (const t of texts) handler.handle(classifyFrame(t) as DataFrame, ctx);
  });
  bench('JSON.parse + naive book (baseline)', () => {
    for (const t of texts) {
      const f = JSON.parse(t) as { order_book: { asks: never[]; bids: never[] } };
      naive.apply(f.order_book);
    }
  });
});

afterAll(() => {
  // Per-frame latency percentiles and throughput, measured directly.
  const lat: number[] = [];
  const naiveLat: number[] = [];
  for (let round = 0; round < 20; round++) {
    reset();
    for (const t of texts) {
      const t0 = performance.now();
      handler.handle(classifyFrame(t) as DataFrame, ctx);
      lat.push(performance.now() - t0);
    }
    const nb = new NaiveBook();
    nb.applySnapshot(snap);
    for (const t of texts) {
      const t0 = performance.now();
      nb.apply((JSON.parse(t) as { order_book: { asks: never[]; bids: never[] } }).order_book);
      naiveLat.push(performance.now() - t0);
    }
  }
  const pct = (a: number[], p: number): string =>
    `${(([...a].sort((x, y) => x - y)[Math.floor(a.length * p)] ?? 0) * 1000).toFixed(2)} µs`;
  const time = (fn: () => void): number => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  const b = new L2OrderBook();
  b.applySnapshot({ nonce: 0, ...snap });
  let n = 0;
  const runs = 50;
  const ms = time(() => {
    for (let k = 0; k < runs; k++)
      for (const u of frames) b.applyUpdate({ beginNonce: n, nonce: ++n, asks: u.asks, bids: u.bids });
  });
  const nb = new NaiveBook();
  nb.applySnapshot(snap);
  const nms = time(() => {
    for (let k = 0; k < 5; k++) for (const u of frames) nb.apply(u);
  });

  // Memory of 50 live books of DEPTH levels per side.
  v8.setFlagsFromString('--expose_gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const books: L2OrderBook[] = [];
  for (let i = 0; i < 50; i++) {
    const bk = new L2OrderBook();
    const rr = prng(i);
    bk.applySnapshot({ nonce: 0, ...snapshotLevels(rr, DEPTH) });
    books.push(bk);
  }
  gc();
  const after = process.memoryUsage().heapUsed;
  console.log(
    [
      '',
      '--- @lighter-ts/streaming order-book summary ---',
      `level updates/s: L2OrderBook ${Math.round((runs * levelsPerIteration) / (ms / 1000)).toLocaleString('en-US')}  naive ${Math.round((5 * levelsPerIteration) / (nms / 1000)).toLocaleString('en-US')}`,
      `frame parse+apply latency (${LEVELS_PER_FRAME} levels): p50 ${pct(lat, 0.5)}  p99 ${pct(lat, 0.99)}   naive p50 ${pct(naiveLat, 0.5)}  p99 ${pct(naiveLat, 0.99)}`,
      `memory, 50 live books x ${DEPTH} levels/side: ${((after - before) / 1024 / 1024).toFixed(2)} MiB (${books.length} books)`,
      '',
    ].join('\n'),
  );
});
