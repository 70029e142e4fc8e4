import { LighterTradingClient } from '@lighter-ts/client';
import { startSimulator } from '@lighter-ts/simulator';

// A local venue; on a real one pass network: 'testnet' (or 'mainnet', 'robinhood-mainnet', ...) and your key.
const sim = await startSimulator();
const { accountIndex, apiKeyIndex, privateKey } = await sim.createAccount({ collateral: '1000' });
const client = new LighterTradingClient({ network: sim.network, accountIndex, apiKeyIndex, apiPrivateKey: privateKey });

const r = await client.placeOrder({ market: 'ETH', side: 'buy', size: '0.01', price: '2000', postOnly: true });
if (r.status === 'accepted') await client.cancelOrder({ market: 'ETH', clientOrderIndex: r.clientOrderIndex! });
else console.error(r.status, r.status === 'denied' ? r.reason : r.message);

const ac = new AbortController();
for await (const e of await client.subscribeBook({ market: 'ETH', signal: ac.signal })) {
  console.log('best bid', e.book.bestBid(), 'best ask', e.book.bestAsk());
  ac.abort(); // ends the loop
}
await client.close(); // idempotent; ends every subscription
await sim.close();
