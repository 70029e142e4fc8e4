/**
 * One WS client connection: its subscriptions and the outbound frame pipeline, where
 * per-frame faults (gap, duplicate, reorder, malformed, drop-after) are applied.
 */
import type { WebSocket } from 'ws';
import type { FaultController } from '../faults.js';
import type { ChannelRef } from './channels.js';

/** A subscription on a connection. */
export interface Subscription {
  ref: ChannelRef;
}

/** Connection state. */
export class WsConnection {
  readonly subs = new Map<string, Subscription>();
  private held: string | undefined;
  lastSeen: number;
  closed = false;
  /** Opened as `/stream?readonly=true`: subscriptions only, no transactions (docs/protocol/networks.md#hosts-and-chain-ids). */
  readonly = false;

  constructor(
    readonly id: string,
    readonly socket: WebSocket,
    private readonly faults: FaultController,
    now: number,
  ) {
    this.lastSeen = now;
  }

  private raw(text: string): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (this.faults.countFrame(this.id)) {
      // drop without a close frame once this frame has been handed to the socket
      this.closed = true;
      this.socket.send(text, () => this.socket.terminate());
      return;
    }
    this.socket.send(text);
  }

  /** Sends a control frame (connected, pong, errors, sendtx replies): no data faults. */
  control(frame: Record<string, unknown>): void {
    this.raw(JSON.stringify(frame));
  }

  /**
   * Sends a data frame through the fault pipeline. `bookMarket` marks an order_book update
   * eligible for a gap fault.
   */
  data(frame: Record<string, unknown>, bookMarket?: number): void {
    if (
      bookMarket !== undefined &&
      frame.type === 'update/order_book' &&
      this.faults.takeWs('ws-gap', this.id, bookMarket)
    ) {
      // skip an offset and break begin_nonce continuity (docs/protocol/websocket.md#order-book-sequencing)
      const ob = frame.order_book as Record<string, number>;
      frame = {
        ...frame,
        offset: (frame.offset as number) + 1,
        order_book: { ...ob, offset: ob.offset! + 1, begin_nonce: ob.begin_nonce! + 1 },
      };
    }
    const text = JSON.stringify(frame);
    if (this.faults.takeWs('ws-malformed', this.id)) this.raw(text.slice(0, Math.max(1, Math.floor(text.length / 2))));
    if (this.held !== undefined) {
      const h = this.held;
      this.held = undefined;
      this.raw(text);
      this.raw(h);
      return;
    }
    if (this.faults.takeWs('ws-reorder', this.id)) {
      this.held = text;
      return;
    }
    this.raw(text);
    if (this.faults.takeWs('ws-duplicate', this.id)) this.raw(text);
  }
}
