/**
 * Admin endpoints under `/__sim/` for a long-lived simulator driven from another process or
 * language: mint funded accounts with API keys, toggle faults. Loopback clients only: the routes
 * hand out private keys.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isSimulatorInputError } from './errors.js';
import type { FaultSpec } from './fault-spec.js';
import type { FaultController, FaultHandle } from './faults.js';

/** Path prefix of the admin routes. */
export const ADMIN_PREFIX = '/__sim/';

/** What the admin routes need from the simulator. */
export interface AdminHooks {
  faults: FaultController;
  /** Mints an account; the result is sent as is (it holds keys: loopback only). */
  createAccount(params: {
    collateral?: string;
    apiKeyIndex?: number;
    spotBalances?: Record<number, string>;
  }): Promise<unknown>;
  /** Settles a binary-option market (operator action, docs/protocol/binary-options.md#settlement). */
  settleBinaryMarket(params: { marketIndex: number; price: string }): unknown;
  /** Sets an account's tier and/or remaining volume quota; returns the new state. */
  setAccountTier(params: { accountIndex: number; tier?: 'standard' | 'premium' | 'plus'; remaining?: number }): unknown;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > 64 * 1024) throw new Error('body too large');
    chunks.push(c);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as unknown);
}

/**
 * Builds the admin handler: `GET|POST|DELETE /__sim/faults`, `DELETE /__sim/faults/{id}`,
 * `POST /__sim/accounts`, `POST /__sim/binary/settle` (`{marketIndex, price}`), `POST /__sim/quota` (`{accountIndex, tier?, remaining?}`: tier and volume quota). Errors answer 400 `{code: 20001, message}` naming the field; a
 * non-loopback client gets 403.
 * @example createServer((req, res) => (req.url?.startsWith(ADMIN_PREFIX) ? admin(req, res) : api(req, res)))
 * @throws never: failures become HTTP answers
 */
export function createAdminHandler(hooks: AdminHooks): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const handles = new Map<number, { spec: FaultSpec; handle: FaultHandle }>();
  const live = () => {
    // a fault that ran out (times) is gone from the controller; forget its handle too
    const active = new Set(hooks.faults.list());
    for (const [id, f] of handles) if (!active.has(f.spec)) handles.delete(id);
    return [...handles].map(([id, f]) => ({ id, ...f.spec }));
  };
  return async (req, res) => {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? ''))
      return reply(res, 403, { code: 20001, message: 'admin routes are for loopback clients only' });
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    try {
      if (path === '/__sim/faults' && req.method === 'GET') return reply(res, 200, { code: 200, faults: live() });
      if (path === '/__sim/faults' && req.method === 'POST') {
        const spec = (await jsonBody(req)) as FaultSpec;
        const handle = hooks.faults.inject(spec);
        handles.set(handle.id, { spec, handle });
        return reply(res, 200, { code: 200, id: handle.id });
      }
      if (path === '/__sim/faults' && req.method === 'DELETE') {
        hooks.faults.clear();
        handles.clear();
        return reply(res, 200, { code: 200 });
      }
      const one = /^\/__sim\/faults\/(\d+)$/.exec(path);
      if (one && req.method === 'DELETE') {
        const id = Number(one[1]);
        handles.get(id)?.handle.remove();
        const existed = handles.delete(id);
        return reply(
          res,
          existed ? 200 : 404,
          existed ? { code: 200 } : { code: 20001, message: `no fault with id ${id}` },
        );
      }
      if (path === '/__sim/binary/settle' && req.method === 'POST') {
        const body = (await jsonBody(req)) as { marketIndex?: unknown; price?: unknown };
        if (typeof body.marketIndex !== 'number' || typeof body.price !== 'string') {
          return reply(res, 400, {
            code: 20001,
            message: 'invalid param : marketIndex (number) and price (decimal string) are required',
          });
        }
        return reply(res, 200, {
          code: 200,
          ...(hooks.settleBinaryMarket({ marketIndex: body.marketIndex, price: body.price }) as object),
        });
      }
      if (path === '/__sim/accounts' && req.method === 'POST') {
        const body = (await jsonBody(req)) as {
          collateral?: string;
          apiKeyIndex?: number;
          spotBalances?: Record<number, string>;
        };
        return reply(res, 200, { code: 200, account: await hooks.createAccount(body) });
      }
      if (path === '/__sim/quota' && req.method === 'POST') {
        const body = (await jsonBody(req)) as {
          accountIndex: number;
          tier?: 'standard' | 'premium' | 'plus';
          remaining?: number;
        };
        return reply(res, 200, { code: 200, quota: hooks.setAccountTier(body) });
      }
      return reply(res, 404, { code: 29404, message: `no admin route ${req.method ?? ''} ${path}` });
    } catch (e) {
      const message = isSimulatorInputError(e) || e instanceof SyntaxError ? e.message : 'invalid admin request';
      return reply(res, 400, { code: 20001, message: `invalid param : ${message}` });
    }
  };
}
