/**
 * Adapter over the `ws` package, used under Node 20 where there is no global WebSocket. It alone can
 * send protocol-level pings, which keep a connection alive even if a venue ignores JSON pings.
 */
import WebSocket from 'ws';
import { type LighterSocket, READY_STATE, type SocketFactory } from './socket.js';

function rawText(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

/**
 * Socket factory over `ws`.
 * @example const socket = wsSocketFactory({ url, connectTimeoutMs: 10_000, handlers });
 * @throws never; connection failures arrive as `onClose`
 */
export const wsSocketFactory: SocketFactory = ({ url, connectTimeoutMs, handlers }) => {
  const ws = new WebSocket(url, { handshakeTimeout: connectTimeoutMs });
  const closed = new Promise<void>((resolve) => {
    ws.on('close', (code, reasonBuf) => {
      handlers.onClose(code, reasonBuf.toString());
      resolve();
    });
  });
  ws.on('open', () => handlers.onOpen());
  ws.on('pong', () => handlers.onPong());
  ws.on('message', (data, isBinary) => handlers.onText(isBinary ? '' : rawText(data)));
  ws.on('error', () => {
    // 'close' always follows; reconnect/reject logic lives there.
  });
  const socket: LighterSocket = {
    state: () => READY_STATE[ws.readyState] ?? 'closed',
    send(text, onError) {
      ws.send(text, (err) => {
        if (err) onError?.(err);
      });
    },
    close(code, reason) {
      ws.close(code, reason);
    },
    terminate: () => ws.terminate(),
    ping: () => {
      if (ws.readyState === WebSocket.OPEN) ws.ping();
    },
    closed,
  };
  return socket;
};
