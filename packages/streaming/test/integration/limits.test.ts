// WS limits (docs/protocol/errors-and-limits.md#websocket-limits) against a simulator that enforces the same limits.
import { type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { accountAllChannel } from '../../src/channels/account-all.js';
import { orderBookChannel } from '../../src/channels/order-book.js';
import { tradeChannel } from '../../src/channels/trade.js';
import { userStatsChannel } from '../../src/channels/user-stats.js';
import { LighterWsClient } from '../../src/client.js';
import { LighterWsPool } from '../../src/pool.js';

let sim: Simulator;
const clients: LighterWsClient[] = [];
beforeEach(async () => {
  sim = await startSimulator({
    marketMakers: false,
    wsLimits: { connections: 2, subscriptionsPerConnection: 2, accountsPerConnection: 1 },
  });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await sim.close();
});

async function until(pred: () => boolean, label: string): Promise<void> {
  for (let i = 0; i < 400 && !pred(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!pred()) throw new Error(`timed out waiting for ${label}`);
}

it('a subscription past the per-connection limit is refused locally, before the venue would answer 23001', async () => {
  const ws = new LighterWsClient({ network: sim.network, maxSubscriptionsPerConnection: 2 });
  clients.push(ws);
  await ws.connect();
  ws.subscribe(orderBookChannel({ marketIndex: 0 }));
  ws.subscribe(tradeChannel({ marketIndex: 0 }));
  // a second consumer of a channel already held is no new subscription
  ws.subscribe(tradeChannel({ marketIndex: 0 }));
  expect(() => ws.subscribe(orderBookChannel({ marketIndex: 1 }))).toThrow(
    expect.objectContaining({ code: 'WS_LIMIT_EXCEEDED' }),
  );
  await until(() => sim.connections()[0]?.subscriptions.length === 2, 'two venue subscriptions');
  expect(sim.connections()[0]?.subscriptions.sort()).toEqual(['order_book:0', 'trade:0']);
});

it('a second account on a connection limited to one is refused locally; more channels of the same account are not', () => {
  const ws = new LighterWsClient({ network: sim.network, maxAccountsPerConnection: 1, authToken: () => 'unused' });
  clients.push(ws);
  ws.subscribe(accountAllChannel({ accountIndex: 7 }));
  expect(() => ws.subscribe(accountAllChannel({ accountIndex: 8 }))).toThrow(
    expect.objectContaining({ code: 'WS_LIMIT_EXCEEDED' }),
  );
  expect(() => ws.subscribe(userStatsChannel({ accountIndex: 7 }))).not.toThrow();
});

it('the pool refuses a connection past its limit; releasing one makes room', async () => {
  const pool = new LighterWsPool({ maxConnections: 2 });
  const a = pool.acquire({ network: sim.network, readonly: true });
  const b = pool.acquire({ network: sim.network });
  expect(() => pool.acquire({ network: sim.network, authToken: () => 't', authKey: 'acct:1' })).toThrow(
    expect.objectContaining({ code: 'WS_LIMIT_EXCEEDED' }),
  );
  // a lease of a connection the pool already holds is not a new connection
  const a2 = pool.acquire({ network: sim.network, readonly: true });
  expect(a2.client).toBe(a.client);
  await b.release();
  const c = pool.acquire({ network: sim.network, authToken: () => 't', authKey: 'acct:1' });
  await Promise.all([a.client.connect(), c.client.connect()]);
  await until(() => sim.connections().length === 2, 'two connections');
  await pool.close();
});

it('the pool paces new connections per minute', () => {
  let now = 0;
  const pool = new LighterWsPool({ maxNewConnectionsPerMinute: 2, now: () => now });
  pool.acquire({ network: sim.network, readonly: true });
  pool.acquire({ network: sim.network });
  expect(() => pool.acquire({ network: sim.network, authToken: () => 't', authKey: 'acct:1' })).toThrow(
    expect.objectContaining({ code: 'WS_LIMIT_EXCEEDED' }),
  );
  now += 60_001;
  expect(pool.acquire({ network: sim.network, authToken: () => 't', authKey: 'acct:1' }).client).toBeDefined();
  expect(() => new LighterWsPool({ maxConnections: 0 })).toThrow(
    expect.objectContaining({ code: 'WS_INVALID_ARGUMENT' }),
  );
});
