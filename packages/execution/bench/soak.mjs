// Soak bench (`pnpm bench:soak`): a market-making loop against the simulator through the built
// execution client: two-sided post-only quotes placed as a batch, modified every tick, canceled
// and re-placed, and IOC takers that fill against the simulator's market makers. Prints RSS and
// heap at start / after warm-up / at the end, tx/s, order events/s, p50/p99 submit -> accepted,
// and whether memory stayed flat after warm-up.
//   --duration <s>         run time (default 30, env SOAK_SECONDS)
//   --rate <tx/s>          target tx rate (default 30)
//   --terminal-ttl-ms <ms> retention.terminalOrderTtlMs of the client (default 5000)
//   --json                 also print the summary as one JSON line
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { LighterDataClient, LighterExecutionClient } from '@lighter-ts/execution';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const durationS = flag('--duration', Number(process.env.SOAK_SECONDS ?? 30));
const rate = flag('--rate', 30);
const terminalTtlMs = flag('--terminal-ttl-ms', 5_000);
if (!(durationS > 0) || !(rate > 0) || !(terminalTtlMs >= 0)) {
  console.error('usage: soak.mjs [--duration s] [--rate tx/s] [--terminal-ttl-ms ms] [--json]');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : undefined;
const mb = (n) => (n / 1024 / 1024).toFixed(1);

const venue = spawn(process.execPath, [join(here, 'soak-venue.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
const info = await new Promise((resolve, reject) => {
  venue.once('exit', (code) => reject(new Error(`venue exited (${code})`)));
  createInterface({ input: venue.stdout }).once('line', (l) => resolve(JSON.parse(l)));
});
const dir = mkdtempSync(join(tmpdir(), 'lighter-soak-'));
const journal = join(dir, 'ids.jsonl');
const network = { httpUrl: info.httpUrl, wsUrl: info.wsUrl, chainId: info.chainId };
const exec = new LighterExecutionClient({
  config: {
    network,
    accountIndex: info.account.accountIndex,
    apiKeyIndex: info.account.apiKeyIndex,
    privateKey: info.account.privateKey,
    restQuotaPerMin: 1e7,
    sendTxQuotaPerMin: 1e7,
  },
  identityStorePath: journal,
  retention: { terminalOrderTtlMs: terminalTtlMs },
});
const data = new LighterDataClient({ config: { network, restQuotaPerMin: 1e7 } });
const instrumentId = 'ETH-PERP.LIGHTER';

// submit -> accepted latency, per ClientOrderId
const submittedAt = new Map();
const latencies = [];
let events = 0;
let errors = 0;
exec.on('order', (e) => {
  events++;
  if (e.type === 'OrderAccepted' || e.type === 'OrderRejected' || e.type === 'OrderDenied') {
    const t0 = submittedAt.get(e.clientOrderId);
    if (t0 !== undefined && e.type === 'OrderAccepted') latencies.push(performance.now() - t0);
    submittedAt.delete(e.clientOrderId);
  }
});
exec.on('error', () => errors++);

await data.connect();
data.subscribeQuotes({ instrumentId });
await exec.connect();
for (let i = 0; i < 200 && data.topOfBook(instrumentId)?.bid === undefined; i++)
  await new Promise((r) => setTimeout(r, 50));

const sample = () => {
  gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed };
};
const start = sample();
const t0 = performance.now();
const warmupMs = Math.max(5_000, durationS * 250);
let warm;
const heapAfterWarmup = [];
let txs = 0;
let n = 0;
const quotes = { BUY: undefined, SELL: undefined };
const tickMs = 100;
const txPerTick = Math.max(1, Math.round((rate * tickMs) / 1000));
const sampler = setInterval(() => {
  const elapsed = performance.now() - t0;
  if (elapsed < warmupMs) return;
  const s = sample();
  warm ??= s;
  heapAfterWarmup.push([elapsed / 1000, s.heap]);
}, 1_000);

const cloid = (tag) => `S-${tag}-${++n}`;
const price = (mid, bps) => (Math.round(mid * (1 + bps / 10_000) * 100) / 100).toFixed(2);
function tick() {
  const top = data.topOfBook(instrumentId);
  const bid = Number(top?.bid ?? 0);
  const ask = Number(top?.ask ?? 0);
  if (!(bid > 0 && ask > 0)) return;
  const mid = (bid + ask) / 2;
  const jobs = [];
  let budget = txPerTick;
  // Quotes: place missing ones as one batch, otherwise move one side (modify).
  const missing = ['BUY', 'SELL'].filter((side) => {
    const q = quotes[side];
    const s = q === undefined ? undefined : exec.orderStatus(q);
    return (
      s === undefined ||
      !['SUBMITTED', 'ACCEPTED', 'PENDING_UPDATE', 'PENDING_CANCEL', 'PARTIALLY_FILLED', 'INITIALIZED'].includes(s)
    );
  });
  if (missing.length > 0) {
    const orders = missing.map((side) => {
      const id = cloid('Q');
      quotes[side] = id;
      submittedAt.set(id, performance.now());
      return {
        clientOrderId: id,
        instrumentId,
        side,
        type: 'LIMIT',
        quantity: '0.05',
        price: price(mid, side === 'BUY' ? -30 : 30),
        timeInForce: 'GTC',
        postOnly: true,
      };
    });
    jobs.push(exec.submitOrderList({ orders }));
    txs += orders.length;
    budget -= orders.length;
  }
  for (const side of ['BUY', 'SELL']) {
    if (budget <= 0) break;
    const q = quotes[side];
    if (q === undefined || exec.orderStatus(q) !== 'ACCEPTED') continue;
    if (n % 7 === 0) {
      jobs.push(exec.cancelOrder({ clientOrderId: q }));
    } else {
      const off = 20 + Math.floor(Math.random() * 30);
      jobs.push(exec.modifyOrder({ clientOrderId: q, price: price(mid, side === 'BUY' ? -off : off) }));
    }
    n++;
    txs++;
    budget--;
  }
  // Takers that fill against the simulator's market makers, alternating sides to stay flat.
  while (budget > 0) {
    const side = n % 2 === 0 ? 'BUY' : 'SELL';
    const id = cloid('T');
    submittedAt.set(id, performance.now());
    jobs.push(
      exec.submitOrder({
        clientOrderId: id,
        instrumentId,
        side,
        type: 'LIMIT',
        quantity: '0.01',
        price: price(side === 'BUY' ? ask : bid, side === 'BUY' ? 20 : -20),
        timeInForce: 'IOC',
      }),
    );
    txs++;
    budget--;
  }
  for (const job of jobs) {
    inFlight++;
    job.then(
      () => inFlight--,
      () => {
        inFlight--;
        errors++;
      },
    );
  }
}

// Ticks fire on a fixed schedule with commands in flight (the client's sequencer orders them),
// bounded so a slow venue slows the loop down instead of queueing without limit.
let inFlight = 0;
const MAX_IN_FLIGHT = 64;
const endAt = t0 + durationS * 1000;
let nextTick = performance.now();
while (performance.now() < endAt) {
  if (inFlight < MAX_IN_FLIGHT) tick();
  nextTick += tickMs;
  const rest = nextTick - performance.now();
  await new Promise((r) => setTimeout(r, Math.max(0, rest)));
}
while (inFlight > 0) await new Promise((r) => setTimeout(r, 20));
clearInterval(sampler);
const elapsedS = (performance.now() - t0) / 1000;
const end = sample();
const journalBytes = statSync(journal).size;
await exec.close();
await data.close();
venue.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });

latencies.sort((a, b) => a - b);
const pct = (p) =>
  latencies.length === 0 ? NaN : latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
// Least-squares slope of the post-warm-up heap samples, MB per minute.
const xs = heapAfterWarmup.map(([x]) => x);
const ys = heapAfterWarmup.map(([, y]) => y / 1024 / 1024);
const meanX = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const meanY = ys.reduce((a, b) => a + b, 0) / Math.max(1, ys.length);
const slope =
  xs.length < 3
    ? 0
    : (60 * xs.reduce((a, x, i) => a + (x - meanX) * ((ys[i] ?? 0) - meanY), 0)) /
      xs.reduce((a, x) => a + (x - meanX) ** 2, 0);
const warmRef = warm ?? start;
const heapGrowth = end.heap - warmRef.heap;
const flat = heapGrowth < Math.max(5 * 1024 * 1024, warmRef.heap * 0.1);
const summary = {
  durationS: Number(elapsedS.toFixed(1)),
  txs,
  txPerS: Number((txs / elapsedS).toFixed(1)),
  orderEvents: events,
  eventsPerS: Number((events / elapsedS).toFixed(1)),
  acceptedSamples: latencies.length,
  p50Ms: Number(pct(50).toFixed(2)),
  p99Ms: Number(pct(99).toFixed(2)),
  rssStartMb: Number(mb(start.rss)),
  rssAfterWarmupMb: Number(mb(warmRef.rss)),
  rssEndMb: Number(mb(end.rss)),
  heapStartMb: Number(mb(start.heap)),
  heapAfterWarmupMb: Number(mb(warmRef.heap)),
  heapEndMb: Number(mb(end.heap)),
  heapSlopeMbPerMin: Number(slope.toFixed(2)),
  journalKb: Number((journalBytes / 1024).toFixed(1)),
  errors,
  gc: gc !== undefined,
  verdict: flat ? 'FLAT' : 'GROWING',
};
console.log(
  `soak ${summary.durationS}s: ${summary.txs} tx (${summary.txPerS} tx/s), ${summary.orderEvents} order events (${summary.eventsPerS}/s), errors ${errors}`,
);
console.log(`submit -> accepted: p50 ${summary.p50Ms} ms, p99 ${summary.p99Ms} ms (${latencies.length} orders)`);
console.log(
  `RSS   start ${summary.rssStartMb} MB, after warm-up ${summary.rssAfterWarmupMb} MB, end ${summary.rssEndMb} MB`,
);
console.log(
  `heap  start ${summary.heapStartMb} MB, after warm-up ${summary.heapAfterWarmupMb} MB, end ${summary.heapEndMb} MB (slope ${summary.heapSlopeMbPerMin} MB/min after warm-up${gc ? ', after gc' : ''}); journal ${summary.journalKb} KB`,
);
console.log(`memory after warm-up: ${summary.verdict} (growth ${mb(heapGrowth)} MB heap)`);
if (args.includes('--json')) console.log(JSON.stringify(summary));
