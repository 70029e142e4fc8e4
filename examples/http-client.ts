import { LighterHttpClient, createAuthTokenProvider, isTxSendError } from '@lighter-ts/http';
import { createSigner } from '@lighter-ts/signing';
import { startSimulator } from '@lighter-ts/simulator';

// A local venue impersonating Robinhood Chain's testnet; on the real one use network: 'robinhood-testnet'.
const sim = await startSimulator({ network: 'robinhood-testnet' });
const { accountIndex, apiKeyIndex, privateKey } = await sim.createAccount({ collateral: '1000' });
const signer = createSigner({ network: sim.network, accountIndex, apiKeyIndex, privateKey });
const client = new LighterHttpClient({
  network: sim.network, // must be the signer's network
  auth: createAuthTokenProvider({ signer }), // for private routes
  rateLimitAccount: accountIndex, // bucket key
  onEvent: (e) => e.type === 'rateLimitWait' && console.warn(e),
});
const { order_book_details } = await client.orderBookDetails({ filter: 'perp' });
const { nonce } = await client.nextNonce({ accountIndex, apiKeyIndex });
const signed = signer.signCancelOrder({ marketIndex: 0, orderIndex: 123n, nonce });
try {
  await client.sendTx(signed);
} catch (e) {
  if (!isTxSendError(e)) throw e;
  console.log(e.outcome, e.venueCode, e.txHashes); // 'rejected' (no such order) or 'unknown': reconcile by hash
}
for await (const t of client.paginateTrades({ sortBy: 'timestamp', limit: 100, marketId: 0 })) {
  console.log(order_book_details.length, 'perps; a trade at', t.price);
  break;
}
await client.close();
await sim.close();
