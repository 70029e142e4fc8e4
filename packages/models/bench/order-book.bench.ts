// Order-book hot path: cost of parseWsFrame on an update vs plain JSON.parse (the baseline) in the same run.
import { bench, describe } from 'vitest';
import { OrderBookFrameSchema, parseWsFrame } from '../src/index.js';

function updateText(levels: number): string {
  const side = (start: number) =>
    Array.from({ length: levels }, (_, i) => ({
      price: (start + i * 0.01).toFixed(2),
      size: (1 + i / 1000).toFixed(4),
    }));
  return JSON.stringify({
    channel: 'order_book:0',
    offset: 1558300,
    order_book: {
      code: 0,
      asks: side(2064.54),
      bids: side(2000),
      offset: 1558300,
      nonce: 9182390020,
      begin_nonce: 9182389998,
    },
    timestamp: 1774884082326,
    type: 'update/order_book',
  });
}

for (const levels of [5, 50]) {
  const text = updateText(levels);
  describe(`order_book update, ${levels} levels per side`, () => {
    bench('baseline: JSON.parse only', () => {
      JSON.parse(text);
    });
    bench('parseWsFrame (JSON.parse + hand-checked fast path)', () => {
      parseWsFrame(text);
    });
    bench('JSON.parse + OrderBookFrameSchema (zod only)', () => {
      OrderBookFrameSchema.parse(JSON.parse(text));
    });
  });
}
