import { createSigner } from '@lighter-ts/signing';
import { startSimulator } from '@lighter-ts/simulator';

const sim = await startSimulator({ seed: 1, network: 'robinhood-mainnet' }); // 127.0.0.1, ephemeral port
const acct = await sim.createAccount({ collateral: '10000' });
const signer = createSigner({
  network: sim.network,
  accountIndex: acct.accountIndex,
  apiKeyIndex: acct.apiKeyIndex,
  privateKey: acct.privateKey,
});
const tx = signer.signCreateOrder({
  marketIndex: 0,
  clientOrderIndex: 1,
  baseAmount: 100n,
  price: 290000n,
  isAsk: false,
  orderType: 0,
  timeInForce: 1,
  orderExpiry: -1,
  nonce: 0,
});
const res = await fetch(`${sim.httpUrl}/api/v1/sendTx`, {
  method: 'POST',
  body: new URLSearchParams({ tx_type: '14', tx_info: tx.txInfo }),
});
console.log(await res.json()); // { code: 200, tx_hash: '…', … }
sim.setMarkPrice(0, '2500.00'); // fires stop-loss / take-profit triggers
await sim.close(); // frees every socket and timer
