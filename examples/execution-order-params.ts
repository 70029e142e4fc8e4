import { InMemoryIdentityStore, LighterExecutionClient, type NautilusOrder } from '@lighter-ts/execution';
import { startSimulator } from '@lighter-ts/simulator';

const sim = await startSimulator({ seed: 1 });
const { accountIndex, apiKeyIndex, privateKey } = await sim.createAccount({ collateral: '10000' });
const exec = new LighterExecutionClient({
  config: { network: sim.network, accountIndex, apiKeyIndex, privateKey },
  identityStore: new InMemoryIdentityStore(),
});
exec.on('order', (e) => {
  if (e.type === 'OrderDenied') console.log(e.clientOrderId, 'denied:', e.reason);
});
await exec.connect();
const order: NautilusOrder = {
  clientOrderId: 'O-2',
  instrumentId: 'ETH-PERP.LIGHTER',
  side: 'BUY',
  type: 'LIMIT',
  quantity: '0.01',
  price: '2000',
  timeInForce: 'GTC',
  postOnly: true,
};

await exec.submitOrder({ ...order, params: { selfTradePrevention: 'EXPIRE_TAKER' } });
// Values that escape the types (e.g. read from a file) are checked too: DENIED before signing, with a reason.
const fromFile = JSON.parse('{ "selfTradePrevention": "NOPE" }');
const denied = await exec.submitOrder({ ...order, clientOrderId: 'O-3', params: fromFile });
console.log(denied.outcome); // 'denied'; the OrderDenied event says: params.selfTradePrevention: expected one of …, got "NOPE"
await exec.cancelAllOrders({ instrumentId: 'ETH-PERP.LIGHTER' });
await exec.close();
await sim.close();
