import { createAuthTokenProvider } from '@lighter-ts/http';
import { createSigner } from '@lighter-ts/signing';
import { startSimulator } from '@lighter-ts/simulator';
import { LighterWsClient, accountAllOrdersChannel, isTxOutcomeUnknown, orderBookChannel } from '@lighter-ts/streaming';

// A local venue impersonating Robinhood Chain; on the real one use network: 'robinhood-mainnet'.
const sim = await startSimulator({ network: 'robinhood-mainnet' });
const { accountIndex, apiKeyIndex, privateKey } = await sim.createAccount({ collateral: '1000' });
const signer = createSigner({ network: sim.network, accountIndex, apiKeyIndex, privateKey });
const ws = new LighterWsClient({ network: sim.network, auth: createAuthTokenProvider({ signer }) });
await ws.connect();
const book = ws.subscribe(orderBookChannel({ marketIndex: 0 }), { bufferSize: 256, overflow: 'drop-oldest' });
book.on('reset', ({ reason }) => console.warn('book invalid until next snapshot:', reason));
const orders = ws.subscribe(accountAllOrdersChannel({ accountIndex }));
orders.on('data', (e) => console.log('orders', e.typed?.orders));
let seen = 0;
for await (const e of book) {
  console.log(e.book.bestBid(), e.book.bestAsk(), e.book.depth(3));
  if (++seen === 3) break; // leaving the loop keeps the subscription; unsubscribe() or close() ends it
}
const signed = signer.signCreateOrder({
  marketIndex: 0,
  clientOrderIndex: 1,
  baseAmount: 100n,
  price: 200_000,
  isAsk: false,
  orderType: 0,
  timeInForce: 1,
  orderExpiry: -1,
  nonce: 0,
}); // a fresh key's first nonce is 0
try {
  const { txHash } = await ws.sendTx(signed); // a SignedTx of another network is refused before sending
  console.log('sent', txHash);
} catch (err) {
  if (isTxOutcomeUnknown(err)) console.warn('may have landed, reconcile by hash:', err.txHash);
  else throw err;
}
await ws.close(); // clears every timer and socket: the process can exit
await sim.close();
