/**
 * The one seam between the client and a WebSocket implementation. Two adapters fill it: the standard
 * (WHATWG) `WebSocket` of browsers, Deno, Bun and Node 22+, and the `ws` package under Node 20. The
 * client never sees either directly, so keepalive, reconnect and tx correlation are the same code.
 */

/** Callbacks the adapter calls; `onClose` fires exactly once per socket, also after terminate(). */
export interface SocketHandlers {
  onOpen(): void;
  /** A text frame (binary frames arrive as '', which the frame classifier reports as unknown). */
  onText(text: string): void;
  onClose(code: number, reason: string): void;
  /** A protocol-level pong (only adapters that can send protocol pings call it). */
  onPong(): void;
}

/** One live connection as the client uses it. */
export interface LighterSocket {
  /** 'connecting' | 'open' | 'closing' | 'closed', as the WHATWG readyState names them. */
  readonly state: () => 'connecting' | 'open' | 'closing' | 'closed';
  /** Send a text frame; `onError` is called if the implementation reports that it was not sent. */
  send(text: string, onError?: (err: Error) => void): void;
  /** Start the closing handshake. */
  close(code: number, reason: string): void;
  /** Drop the connection now, without waiting for the peer; `onClose` follows. */
  terminate(): void;
  /**
   * A protocol-level ping, where the implementation can send one (`ws` only: the standard WebSocket
   * API has none, so that path keeps alive with JSON pings alone).
   */
  readonly ping: (() => void) | undefined;
  /** Resolves once `onClose` has fired. */
  readonly closed: Promise<void>;
}

/** Opens one socket; the adapter enforces the connect timeout by terminating. */
export type SocketFactory = (p: { url: string; connectTimeoutMs: number; handlers: SocketHandlers }) => LighterSocket;

/**
 * What the client needs from a standard WebSocket constructor: `globalThis.WebSocket` in browsers,
 * Deno, Bun and Node 22+, or any compatible class passed as the `WebSocket` option.
 */
export type WebSocketConstructor = new (url: string) => StandardWebSocket;

/** The standard WebSocket instance members the adapter uses. */
export interface StandardWebSocket {
  /** Standard WebSocket ready state: 0 connecting, 1 open, 2 closing, 3 closed. */
  readonly readyState: number;
  /** Standard WebSocket binary type; the adapter sets it, the venue sends only text frames. */
  binaryType: string;
  /** Sends one text frame. */
  send(data: string): void;
  /** Starts the closing handshake. */
  close(code?: number, reason?: string): void;
  /** Called once the connection is open. */
  onopen: ((ev: unknown) => void) | null;
  /** Called with every inbound frame. */
  onmessage: ((ev: { data: unknown }) => void) | null;
  /** Called once with the close code and reason. */
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  /** Called on a transport error (a close follows). */
  onerror: ((ev: unknown) => void) | null;
}

/** WHATWG readyState values. */
export const READY_STATE = ['connecting', 'open', 'closing', 'closed'] as const;
