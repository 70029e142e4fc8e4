import { createUndiciTransport, orderBookOrders } from '@lighter-ts/http';
import { startSimulator } from '@lighter-ts/simulator';

const sim = await startSimulator({ seed: 1 }); // or baseUrl: 'https://mainnet.zklighter.elliot.ai'
const transport = createUndiciTransport({ baseUrl: sim.httpUrl });
const book = await orderBookOrders({ transport }, { marketId: 0, limit: 50 }, { signal: AbortSignal.timeout(10_000) });
console.log(book.asks.length, 'asks,', book.bids.length, 'bids');
await transport.close();
await sim.close();
