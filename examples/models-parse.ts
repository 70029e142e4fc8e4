import {
  parseOrderBookDetails,
  parseWsFrame,
  perpetualFromDetail,
  toBaseAmount,
  toPriceTicks,
} from '@lighter-ts/models';
import { startSimulator } from '@lighter-ts/simulator';

const sim = await startSimulator({ seed: 1 }); // a local venue on 127.0.0.1; or use a network's httpUrl / wsUrl
const details = parseOrderBookDetails(await (await fetch(`${sim.httpUrl}/api/v1/orderBookDetails?market_id=0`)).json());
const eth = perpetualFromDetail({ detail: details.order_book_details[0]! }); // ETH-PERP.LIGHTER
const price = toPriceTicks({ price: '2361.305', priceDecimals: eth.pricePrecision, rounding: 'half-even' }); // 236130n
const size = toBaseAmount({ size: '0.0050', sizeDecimals: eth.sizePrecision }); // 50n
console.log(eth.id.value, price, size);

// A WebSocket message as any client delivers it: here the docs' order_book update. (The streaming package
// subscribes, keeps the book exact and parses every frame for you.)
const text = JSON.stringify({
  channel: 'order_book:0',
  offset: 41692864,
  order_book: {
    code: 0,
    asks: [{ price: '3327.46', size: '29.0915' }],
    bids: [{ price: '3338.80', size: '10.2898' }],
    offset: 41692864,
    nonce: 4037957053,
    begin_nonce: 4037957034,
  },
  timestamp: 1766434222583,
  type: 'update/order_book',
});
const frame = parseWsFrame(text);
if (frame.kind === 'order_book') {
  console.log('best bid', frame.order_book.bids[0]?.price, 'best ask', frame.order_book.asks[0]?.price);
}
await sim.close();
