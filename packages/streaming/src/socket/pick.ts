/**
 * Which WebSocket implementation a client uses: an injected constructor first, then the runtime's
 * global `WebSocket` (browsers, Deno, Bun, Node 22+), and the `ws` package only where neither exists
 * (Node 20). In a browser bundle `ws` resolves to its browser stub, which is never called.
 */
import type { SocketFactory, WebSocketConstructor } from './socket.js';
import { standardSocketFactory } from './standard-socket.js';
import { wsSocketFactory } from './ws-socket.js';

/** The implementation a client picked: `standard` (WHATWG API) or `ws`. */
export type SocketKind = 'standard' | 'ws';

/**
 * Pick the socket factory for this runtime.
 * @example const { kind } = pickSocketFactory(undefined); // 'ws' under Node 20
 * @throws never
 */
export function pickSocketFactory(injected: WebSocketConstructor | undefined): {
  kind: SocketKind;
  factory: SocketFactory;
} {
  if (injected) return { kind: 'standard', factory: standardSocketFactory(injected) };
  const global = (globalThis as { WebSocket?: unknown }).WebSocket;
  if (typeof global === 'function')
    return { kind: 'standard', factory: standardSocketFactory(global as WebSocketConstructor) };
  return { kind: 'ws', factory: wsSocketFactory };
}
