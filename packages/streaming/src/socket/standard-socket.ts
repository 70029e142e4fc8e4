/**
 * Adapter over a standard (WHATWG) WebSocket: browsers, Deno, Bun, Node 22+, or an injected class.
 * The standard API has no terminate() and no protocol ping, so terminate() closes and reports the
 * close at once (a dead peer must not hold up reconnecting), and keepalive uses JSON pings alone.
 */
import { type LighterSocket, READY_STATE, type SocketFactory, type WebSocketConstructor } from './socket.js';

/** 1006: closed abnormally, the code `ws` reports after terminate() too. */
const ABNORMAL_CLOSURE = 1006;

/**
 * A socket factory over a standard WebSocket constructor.
 * @example const factory = standardSocketFactory(globalThis.WebSocket);
 * @throws never; connection failures arrive as `onClose`
 */
export function standardSocketFactory(Ctor: WebSocketConstructor): SocketFactory {
  return ({ url, connectTimeoutMs, handlers }) => {
    const ws = new Ctor(url);
    ws.binaryType = 'arraybuffer';
    let done = false;
    let resolveClosed: () => void = () => {};
    const closed = new Promise<void>((r) => {
      resolveClosed = r;
    });
    const finish = (code: number, reason: string): void => {
      if (done) return;
      done = true;
      clearTimeout(connectTimer);
      ws.onopen = null;
      ws.onmessage = null;
      ws.onclose = null;
      handlers.onClose(code, reason);
      resolveClosed();
    };
    const terminate = (): void => {
      if (done) return;
      try {
        ws.close();
      } catch {
        // Already closing: nothing more to ask of it.
      }
      // Report now rather than wait for a close frame a dead peer will never send.
      queueMicrotask(() => finish(ABNORMAL_CLOSURE, 'terminated'));
    };
    const connectTimer = setTimeout(() => {
      if (ws.readyState === 0) terminate();
    }, connectTimeoutMs);
    ws.onopen = () => {
      clearTimeout(connectTimer);
      handlers.onOpen();
    };
    ws.onmessage = (ev) => handlers.onText(typeof ev.data === 'string' ? ev.data : '');
    ws.onclose = (ev) => finish(ev.code, ev.reason);
    ws.onerror = () => {
      // 'close' always follows an error; reconnect logic lives there.
    };
    const socket: LighterSocket = {
      state: () => (done ? 'closed' : (READY_STATE[ws.readyState] ?? 'closed')),
      send(text, onError) {
        try {
          ws.send(text);
        } catch (e) {
          onError?.(e instanceof Error ? e : new Error(String(e)));
        }
      },
      close(code, reason) {
        ws.close(code, reason);
      },
      terminate,
      ping: undefined,
      closed,
    };
    return socket;
  };
}
