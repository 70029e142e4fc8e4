import {
  parseOrderBookDetails,
  parseWsFrame,
  perpetualFromDetail,
  toBaseAmount,
  toPriceTicks,
} from '@lighter-ts/models';
import { startSimulator } from '@lighter-ts/simulator';
import WebSocket from 'ws';

const sim = await startSimulator({ seed: 1 }); // a local venue on 127.0.0.1; or use a network's httpUrl / wsUrl
const details = parseOrderBookDetails(await (await fetch(`${sim.httpUrl}/api/v1/orderBookDetails?market_id=0`)).json());
const eth = perpetualFromDetail({ detail: details.order_book_details[0]! }); // ETH-PERP.LIGHTER
const price = toPriceTicks({ price: '2361.305', priceDecimals: eth.pricePrecision, rounding: 'half-even' }); // 236130n
const size = toBaseAmount({ size: '0.0050', sizeDecimals: eth.sizePrecision }); // 50n
console.log(eth.id.value, price, size);

const ws = new WebSocket(sim.wsUrl);
await new Promise<void>((resolve) => {
  ws.on('open', () => ws.send(JSON.stringify({ type: 'subscribe', channel: 'order_book/0' })));
  ws.on('message', (data) => {
    const frame = parseWsFrame(String(data));
    if (frame.kind === 'ping') ws.send('{"type":"pong"}');
    else if (frame.kind === 'order_book') {
      console.log('best bid', frame.order_book.bids[0]?.price, 'best ask', frame.order_book.asks[0]?.price);
      resolve();
    }
  });
});
ws.close();
await sim.close();
