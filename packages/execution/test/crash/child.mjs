// Crash-test child: a real client (built package) submitting single orders, batches and
// OTOCO brackets in a loop until the parent SIGKILLs it. Prints `READY` once connected and
// `R <cloid> ...` right after each submit call resolves, so the parent can kill at that instant.
// Orders rest far from the market (no market makers), so the venue keeps every one that landed.
import { LighterExecutionClient } from '@lighter-ts/execution';

const env = process.env;
const prefix = env.CRASH_PREFIX;
const client = new LighterExecutionClient({
  config: {
    network: { httpUrl: env.SIM_HTTP, wsUrl: env.SIM_WS, chainId: Number(env.SIM_CHAIN) },
    accountIndex: Number(env.ACCOUNT_INDEX),
    apiKeyIndex: Number(env.API_KEY_INDEX),
    privateKey: env.API_PRIVATE_KEY,
    restQuotaPerMin: 1_000_000,
    sendTxQuotaPerMin: 1_000_000,
    connectTimeoutMs: 60_000,
  },
  identityStorePath: env.JOURNAL,
  inflightProbeMs: 60_000,
});
const limit = (clientOrderId, price) => ({
  clientOrderId,
  instrumentId: 'ETH-PERP.LIGHTER',
  side: 'BUY',
  type: 'LIMIT',
  quantity: '0.01',
  price,
  timeInForce: 'GTC',
  postOnly: true,
});
await client.connect();
process.stdout.write('READY\n');
for (let n = 0; ; n++) {
  const id = `${prefix}-${n}`;
  const kind = n % 3;
  let cloids;
  if (kind === 0) {
    cloids = [id];
    await client.submitOrder(limit(id, String(1000 + (n % 50))));
  } else if (kind === 1) {
    cloids = [`${id}a`, `${id}b`, `${id}c`];
    await client.submitOrderList({ orders: cloids.map((c, i) => limit(c, String(1100 + i))) });
  } else {
    cloids = [`${id}P`, `${id}S`, `${id}T`];
    await client.submitOrderList({
      contingency: 'OTOCO',
      orders: [
        limit(cloids[0], '1200'),
        {
          clientOrderId: cloids[1],
          instrumentId: 'ETH-PERP.LIGHTER',
          side: 'SELL',
          type: 'STOP_MARKET',
          quantity: '0.01',
          triggerPrice: '900',
          timeInForce: 'GTC',
        },
        {
          clientOrderId: cloids[2],
          instrumentId: 'ETH-PERP.LIGHTER',
          side: 'SELL',
          type: 'MARKET_IF_TOUCHED',
          quantity: '0.01',
          triggerPrice: '1500',
          timeInForce: 'GTC',
        },
      ],
    });
  }
  process.stdout.write(`R ${cloids.join(' ')}\n`);
}
