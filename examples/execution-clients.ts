import {
  InMemoryIdentityStore,
  LighterDataClient,
  LighterExecutionClient,
  type OrderEvent,
} from '@lighter-ts/execution';
import { startSimulator } from '@lighter-ts/simulator';

// Default: a local simulator with a funded account. With LIGHTER_NETWORK=testnet (and
// LIGHTER_TESTNET_ACCOUNT_INDEX / _API_KEY_INDEX / _API_SECRET) the same code trades on testnet.
const sim = process.env.LIGHTER_NETWORK ? undefined : await startSimulator({ seed: 1 });
const acct = await sim?.createAccount({ collateral: '10000' });
const config =
  sim && acct
    ? {
        network: sim.network,
        accountIndex: acct.accountIndex,
        apiKeyIndex: acct.apiKeyIndex,
        privateKey: acct.privateKey,
      }
    : {}; // network and credentials from env

const data = new LighterDataClient({ config, env: process.env });
await data.connect(); // instruments emitted before this resolves
data.subscribeQuotes({ instrumentId: 'ETH-PERP.LIGHTER' });

const exec = new LighterExecutionClient({
  config,
  env: process.env,
  quoteSource: (id) => data.topOfBook(id), // market-order slippage caps
  identityStore: new InMemoryIdentityStore(), // default: a journal in the per-user state dir
});
const seen = (type: OrderEvent['type']) =>
  new Promise<void>((resolve) => {
    const off = exec.on('order', (e) => {
      if (e.type === type) {
        off();
        resolve();
      }
    });
  });
exec.on('order', (e) => console.log(e.type, e.clientOrderId));
await exec.connect(); // waits for the 5 account streams
const accepted = seen('OrderAccepted');
const result = await exec.submitOrder({
  clientOrderId: 'O-1',
  instrumentId: 'ETH-PERP.LIGHTER',
  side: 'BUY',
  type: 'LIMIT',
  quantity: '0.01',
  price: '2000',
  timeInForce: 'GTC',
  postOnly: true,
});
console.log(result.outcome); // 'accepted' (or 'denied' / 'rejected' with the reason)
await accepted; // OrderSubmitted, OrderAccepted
const canceled = seen('OrderCanceled');
await exec.cancelOrder({ clientOrderId: 'O-1' }); // OrderPendingCancel, OrderCanceled
await canceled;
await exec.close();
await data.close();
await sim?.close();
