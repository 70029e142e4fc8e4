/**
 * Venue order-book frames -> Nautilus deltas with exact flag semantics (parity D1, docs/protocol/nautilus.md#instruments):
 * a snapshot is Clear + Adds, all F_SNAPSHOT, the final one also F_LAST (an empty book is a
 * single Clear with F_SNAPSHOT|F_LAST); an update is Update (or Delete for size 0) per level
 * with F_LAST on the last delta of the frame. `sequence` is the venue book nonce.
 */
import { BOOK_ACTION, type OrderBookDelta, type OrderBookDeltas, RECORD_FLAG } from './types.js';

const isZero = (size: string): boolean => !/[1-9]/.test(size);

/**
 * @example bookFrameToDeltas({ instrumentId, phase: 'snapshot', bids, asks, nonce: 10, tsEvent, tsInit })
 * @throws never
 */
export function bookFrameToDeltas(params: {
  instrumentId: string;
  phase: 'snapshot' | 'update';
  bids: readonly { price: string; size: string }[];
  asks: readonly { price: string; size: string }[];
  nonce: number;
  tsEvent: number;
  tsInit: number;
}): OrderBookDeltas {
  const { instrumentId, nonce, tsEvent, tsInit } = params;
  const snapshot = params.phase === 'snapshot';
  const base = snapshot ? RECORD_FLAG.F_SNAPSHOT : 0;
  const deltas: OrderBookDelta[] = [];
  const push = (d: Omit<OrderBookDelta, 'instrumentId' | 'orderId' | 'sequence' | 'tsEvent' | 'tsInit' | 'flags'>) =>
    deltas.push({ instrumentId, orderId: 0, sequence: nonce, tsEvent, tsInit, flags: base, ...d });
  if (snapshot) push({ action: BOOK_ACTION.CLEAR, side: 'NO_ORDER_SIDE', price: '0', size: '0' });
  for (const [side, levels] of [
    ['BUY', params.bids],
    ['SELL', params.asks],
  ] as const) {
    for (const l of levels) {
      if (snapshot) {
        if (!isZero(l.size)) push({ action: BOOK_ACTION.ADD, side, price: l.price, size: l.size });
      } else
        push({
          action: isZero(l.size) ? BOOK_ACTION.DELETE : BOOK_ACTION.UPDATE,
          side,
          price: l.price,
          size: isZero(l.size) ? '0' : l.size,
        });
    }
  }
  const last = deltas.at(-1);
  if (last !== undefined) deltas[deltas.length - 1] = { ...last, flags: last.flags | RECORD_FLAG.F_LAST };
  return { instrumentId, deltas };
}

/**
 * The deltas of a book that is no longer valid (stream gap / reconnect): a single CLEAR with
 * F_LAST, so a Nautilus book built from deltas empties now instead of staying silently stale
 * until the fresh snapshot arrives. `sequence` is the last venue nonce applied.
 * @example bookClearDeltas({ instrumentId: 'ETH-PERP.LIGHTER', sequence: 41, tsEvent: now, tsInit: now })
 * @throws never
 */
export function bookClearDeltas(params: {
  instrumentId: string;
  sequence: number;
  tsEvent: number;
  tsInit: number;
}): OrderBookDeltas {
  const { instrumentId, sequence, tsEvent, tsInit } = params;
  return {
    instrumentId,
    deltas: [
      {
        instrumentId,
        action: BOOK_ACTION.CLEAR,
        side: 'NO_ORDER_SIDE',
        price: '0',
        size: '0',
        orderId: 0,
        flags: RECORD_FLAG.F_LAST,
        sequence,
        tsEvent,
        tsInit,
      },
    ],
  };
}
