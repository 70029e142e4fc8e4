/**
 * The events and states a `LighterWsClient` reports. One job: name what a user can listen to on the client
 * (connection state, greeting, drops, reconnects, unroutable frames, errors); the client emits them.
 */
import type { LighterWsError } from './errors.js';

/** Connection state of a {@link LighterWsClient}. */
export type WsClientState = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';

/** Client-level events. */
export interface WsClientEvents {
  /** The socket opened. */
  open: {
    /** Venue WS URL the client connected to. */
    url: string;
  };
  /** The venue's `{"type":"connected"}` greeting. */
  connected: {
    /** The venue's `session_id`, when it sent one. */
    sessionId: string | undefined;
  };
  /** The socket closed (the client reconnects unless it was closed by `close()`). */
  close: {
    /** WebSocket close code (1000 normal, 1006 abnormal, ...). */
    code: number;
    /** Close reason text, possibly empty. */
    reason: string;
  };
  /** A reconnect is scheduled after `delayMs`. */
  reconnecting: {
    /** 1 for the first reconnect attempt after a drop, then 2, 3, ... */
    attempt: number;
    /** Backoff before the attempt, ms. */
    delayMs: number;
    /** WebSocket close code of the drop, when the socket reported one. */
    code?: number;
    /** Close reason text of the drop, when given. */
    reason?: string;
  };
  /** A frame that is not understood or not routable; never fatal (docs/protocol/websocket.md#frames-and-lifecycle). */
  unknown: {
    /** Why it was not routed: `malformed` JSON, `not_object`, `unknown_type`, or a frame for no subscription. */
    reason: string;
    /** The frame as received (text when it was not JSON). */
    raw: unknown;
  };
  /** Venue error frames not tied to a subscription or tx, and listener exceptions. */
  error: LighterWsError;
}
