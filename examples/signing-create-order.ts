import { ORDER_TYPE, TIME_IN_FORCE } from '@lighter-ts/models';
import { createSigner, generatePrivateKey } from '@lighter-ts/signing';

// 'lighter-mainnet' | 'lighter-testnet' | 'robinhood-mainnet' | 'robinhood-testnet' | a models Network
const signer = createSigner({
  network: 'lighter-testnet',
  accountIndex: 1001,
  apiKeyIndex: 3,
  privateKey: process.env.LIGHTER_API_KEY ?? generatePrivateKey(), // your API key (hex), here a throwaway one
});
const tx = signer.signCreateOrder({
  marketIndex: 0,
  clientOrderIndex: 42,
  baseAmount: 1000n,
  price: 50_000,
  isAsk: false,
  orderType: ORDER_TYPE.LIMIT,
  timeInForce: TIME_IN_FORCE.GOOD_TILL_TIME,
  orderExpiry: -1,
  nonce: 7,
});
// POST /api/v1/sendTx as multipart form: tx.sendTx = { tx_type: 14, tx_info: '{"AccountIndex":1001,…}' }
console.log(tx.sendTx.tx_type, tx.txHash); // the hash the venue reports
const token = signer.createAuthToken(); // "deadline:account:apiKey:sig", valid 10 min
console.log(token.split(':').length); // 4
