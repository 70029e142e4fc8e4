import { InMemoryIdentityStore, LighterExecutionClient } from '@lighter-ts/execution';
import { startSimulator } from '@lighter-ts/simulator';

// What a bot's test does: a fresh venue per test, a funded account, and the failure you want to see.
const sim = await startSimulator({ seed: 7, marketMakers: false }); // empty books: nothing fills by surprise
const { accountIndex, apiKeyIndex, privateKey } = await sim.createAccount({ collateral: '10000' });
const exec = new LighterExecutionClient({
  config: { network: sim.network, accountIndex, apiKeyIndex, privateKey },
  identityStore: new InMemoryIdentityStore(),
});
const acceptedOnWs = new Promise<void>((resolve) => exec.on('order', (e) => e.type === 'OrderAccepted' && resolve()));
exec.on('order', (e) => console.log(e.type, e.clientOrderId, 'reason' in e ? e.reason : ''));
await exec.connect();

sim.faults.rejectNextTx({ code: 21739 }); // the venue answers "not enough margin" to the next tx
const order = {
  instrumentId: 'ETH-PERP.LIGHTER',
  side: 'BUY',
  type: 'LIMIT',
  quantity: '0.01',
  price: '2000',
  timeInForce: 'GTC',
  postOnly: true,
} as const;
const rejected = await exec.submitOrder({ ...order, clientOrderId: 'T-1' });
const accepted = await exec.submitOrder({ ...order, clientOrderId: 'T-2' }); // the fault fired once
console.log(rejected.outcome, accepted.outcome); // rejected accepted
await acceptedOnWs; // wait for a condition, never for a fixed time

await exec.cancelAllOrders({ instrumentId: 'ETH-PERP.LIGHTER' });
await exec.close();
await sim.close();
