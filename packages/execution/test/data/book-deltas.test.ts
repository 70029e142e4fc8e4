import { describe, expect, it } from 'vitest';
import { bookClearDeltas, bookFrameToDeltas } from '../../src/data/book-deltas.js';
import { BOOK_ACTION, barTypeOf, RECORD_FLAG } from '../../src/data/types.js';
import { fixture } from '../fixtures.js';

type Frame = {
  order_book: { asks: { price: string; size: string }[]; bids: { price: string; size: string }[]; nonce: number };
};

describe('book deltas (docs/protocol/nautilus.md#instruments)', () => {
  it('snapshot = Clear + Adds, all F_SNAPSHOT, F_LAST only on the final delta', () => {
    const f = fixture<Frame>('ws/nt_order_book_subscribed.json');
    const d = bookFrameToDeltas({
      instrumentId: 'ETH-PERP.LIGHTER',
      phase: 'snapshot',
      ...f.order_book,
      tsEvent: 1,
      tsInit: 2,
    }).deltas;
    expect(d[0]).toMatchObject({ action: 4, flags: 32 });
    expect(d.slice(1).every((x) => x.action === 1)).toBe(true);
    expect(d.slice(0, -1).every((x) => x.flags === 32)).toBe(true);
    expect(d.at(-1)?.flags).toBe(32 | 128);
    expect(d.every((x) => x.sequence === f.order_book.nonce && x.orderId === 0)).toBe(true);
  });

  it('empty snapshot is one Clear with F_SNAPSHOT|F_LAST', () => {
    const f = fixture<Frame>('ws/nt_order_book_subscribed_empty.json');
    const d = bookFrameToDeltas({
      instrumentId: 'X',
      phase: 'snapshot',
      ...f.order_book,
      tsEvent: 1,
      tsInit: 2,
    }).deltas;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ action: 4, flags: 160 });
  });

  it('update = Update/Delete with F_LAST on the last delta', () => {
    const f = fixture<Frame>('ws/nt_order_book_update.json');
    const d = bookFrameToDeltas({ instrumentId: 'X', phase: 'update', ...f.order_book, tsEvent: 1, tsInit: 2 }).deltas;
    expect(d.length).toBeGreaterThan(0);
    expect(d.every((x) => x.action === 2 || x.action === 3)).toBe(true);
    expect(d.filter((x) => (x.flags & 128) !== 0)).toHaveLength(1);
    expect(d.at(-1)?.flags).toBe(128);
    const withZero = bookFrameToDeltas({
      instrumentId: 'X',
      phase: 'update',
      bids: [{ price: '1', size: '0.0000' }],
      asks: [],
      nonce: 5,
      tsEvent: 1,
      tsInit: 2,
    }).deltas;
    expect(withZero).toEqual([
      {
        instrumentId: 'X',
        orderId: 0,
        sequence: 5,
        tsEvent: 1,
        tsInit: 2,
        flags: 128,
        action: 3,
        side: 'BUY',
        price: '1',
        size: '0',
      },
    ]);
  });

  it('bar types use Nautilus spelling', () => {
    expect(barTypeOf('ETH-PERP.LIGHTER', '15m')).toBe('ETH-PERP.LIGHTER-15-MINUTE-LAST-EXTERNAL');
    expect(barTypeOf('ETH-PERP.LIGHTER', '4h')).toBe('ETH-PERP.LIGHTER-4-HOUR-LAST-EXTERNAL');
  });
});

describe('bookClearDeltas', () => {
  it('is one CLEAR with F_LAST at the last applied sequence', () => {
    expect(bookClearDeltas({ instrumentId: 'ETH-PERP.LIGHTER', sequence: 41, tsEvent: 5, tsInit: 6 })).toEqual({
      instrumentId: 'ETH-PERP.LIGHTER',
      deltas: [
        {
          instrumentId: 'ETH-PERP.LIGHTER',
          action: BOOK_ACTION.CLEAR,
          side: 'NO_ORDER_SIDE',
          price: '0',
          size: '0',
          orderId: 0,
          flags: RECORD_FLAG.F_LAST,
          sequence: 41,
          tsEvent: 5,
          tsInit: 6,
        },
      ],
    });
  });
});
