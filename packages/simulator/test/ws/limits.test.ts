// WS limits (docs/protocol/errors-and-limits.md#websocket-limits): connections, subscriptions and accounts per connection.
import WebSocket from 'ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../src/index.js';
import { WsProbe } from '../helpers.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({
    marketMakers: false,
    wsLimits: { connections: 2, subscriptionsPerConnection: 2, accountsPerConnection: 1 },
  });
});
afterAll(async () => {
  await sim.close();
});

const subscribe = async (ws: WsProbe, channel: string) => {
  ws.send({ type: 'subscribe', channel });
  return ws.nextNew((f) => 'error' in f || String(f.type).startsWith('subscribed/'));
};

it('answers 23001 past the subscriptions of a connection and 23002 past its accounts; a third connection gets 23003 and is closed', async () => {
  const a = await WsProbe.open(sim.wsUrl);
  expect((await subscribe(a, 'order_book/0')).type).toBe('subscribed/order_book');
  expect((await subscribe(a, 'trade/0')).type).toBe('subscribed/trade');
  expect((await subscribe(a, 'trade/1')).error).toMatchObject({ code: 23001 });

  const b = await WsProbe.open(sim.wsUrl);
  const [acct, other] = [await sim.createAccount(), await sim.createAccount()];
  expect((await subscribe(b, `account_all/${acct.accountIndex}`)).type).toBe('subscribed/account_all');
  expect((await subscribe(b, `user_stats/${other.accountIndex}`)).error).toMatchObject({ code: 23002 });
  expect((await subscribe(b, `user_stats/${acct.accountIndex}`)).type).toBe('subscribed/user_stats');

  const third = new WebSocket(sim.wsUrl);
  const first = await new Promise<string>((resolve, reject) => {
    third.once('message', (d) => resolve(d.toString()));
    third.once('error', reject);
  });
  expect(JSON.parse(first)).toEqual({ error: { code: 23003, message: 'Too Many Connections!' } });
  const closed = await new Promise<number>((resolve) => third.once('close', (code) => resolve(code)));
  expect(closed).toBe(1008);
  a.close();
  b.close();
});
