import ccxt from 'ccxt';
import { useLighterTsSigner } from '@lighter-ts/ccxt-signer';
import { startSimulator } from '@lighter-ts/simulator';

// A local venue (the `lighter-sim` CLI works the same way); drop the `urls` lines to trade on Lighter.
const sim = await startSimulator({ seed: 1 });
const { accountIndex, l1PrivateKey } = await sim.createAccount({ collateral: '10000' });

// L1 (Ethereum) key: ccxt registers a fresh API key in slot 4 with ChangePubKey on first use
const ex = useLighterTsSigner(
  new ccxt.pro.lighter({
    privateKey: l1PrivateKey, // e.g. process.env.ETH_PRIVATE_KEY
    options: { accountIndex, apiKeyIndex: 4, chainId: sim.chainId },
  }),
);
ex.urls.api = { root: sim.httpUrl, public: sim.httpUrl, private: sim.httpUrl, ws: sim.wsUrl };
await ex.loadHttpProxyAgent(); // ccxt needs its plain-HTTP agent for ws://
await ex.createOrder('ETH/USDC:USDC', 'limit', 'buy', 0.1, 2000);
const orders = await ex.fetchOpenOrders('ETH/USDC:USDC');
console.log(orders.map((o) => [o.side, o.amount, o.price]));
await ex.close();
await sim.close();
