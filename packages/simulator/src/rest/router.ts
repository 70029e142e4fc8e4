/**
 * REST route table and request handling on node:http, with REST fault injection.
 * Errors: HTTP 400 `{code, message}` (docs/protocol/rest.md#conventions), 404 for unknown paths.
 * Every response carries CORS headers and OPTIONS preflights are answered (`cors.ts`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isVenueError } from '../errors.js';
import type { FaultController } from '../faults.js';
import type { RouteEnv, RouteHandler, RouteRequest } from './context.js';
import { answerPreflight, CORS_HEADERS } from './cors.js';
import { parseForm } from './form.js';
import type { RateLimiter } from './rate-limit.js';
import * as accounts from './routes/accounts.js';
import * as binary from './routes/binary.js';
import * as hist from './routes/history.js';
import * as infoRoutes from './routes/info.js';
import * as makerOnly from './routes/maker-only.js';
import * as md from './routes/market-data.js';
import * as tokenRoutes from './routes/tokens.js';
import * as txr from './routes/transactions.js';

const GET = 'GET';
const POST = 'POST';

/** Path -> [method, handler]. */
export const ROUTES: ReadonlyMap<string, readonly [string, RouteHandler]> = new Map<
  string,
  readonly [string, RouteHandler]
>([
  ['/', [GET, infoRoutes.status]],
  ['/info', [GET, infoRoutes.info]],
  ['/api/v1/systemConfig', [GET, infoRoutes.systemConfig]],
  ['/api/v1/orderBooks', [GET, md.orderBooks]],
  ['/api/v1/orderBookDetails', [GET, md.orderBookDetails]],
  ['/api/v1/orderBookOrders', [GET, md.orderBookOrders]],
  ['/api/v1/recentTrades', [GET, md.recentTrades]],
  ['/api/v1/trades', [GET, md.trades]],
  ['/api/v1/candles', [GET, md.candles]],
  ['/api/v1/fundings', [GET, md.fundings]],
  ['/api/v1/funding-rates', [GET, md.fundingRates]],
  ['/api/v1/exchangeStats', [GET, md.exchangeStats]],
  ['/api/v1/assetDetails', [GET, md.assetDetails]],
  ['/api/v1/account', [GET, accounts.account]],
  ['/api/v1/accountsByL1Address', [GET, accounts.accountsByL1Address]],
  ['/api/v1/apikeys', [GET, accounts.apiKeys]],
  ['/api/v1/nextNonce', [GET, accounts.nextNonce]],
  ['/api/v1/accountActiveOrders', [GET, accounts.accountActiveOrders]],
  ['/api/v1/accountInactiveOrders', [GET, accounts.accountInactiveOrders]],
  ['/api/v1/accountTxs', [GET, accounts.accountTxs]],
  ['/api/v1/pnl', [GET, accounts.pnl]],
  ['/api/v1/positionFunding', [GET, accounts.positionFunding]],
  ['/api/v1/accountLimits', [GET, accounts.accountLimits]],
  ['/api/v1/changeAccountTier', [POST, accounts.changeAccountTier]],
  ['/api/v1/liquidations', [GET, accounts.liquidations]],
  ['/api/v1/sendTx', [POST, txr.sendTx]],
  ['/api/v1/sendTxBatch', [POST, txr.sendTxBatch]],
  ['/api/v1/tx', [GET, txr.tx]],
  ['/api/v1/txFromL1TxHash', [GET, hist.txFromL1TxHash]],
  ['/api/v1/accountOrders', [GET, hist.accountOrders]],
  ['/api/v1/getMakerOnlyApiKeys', [GET, makerOnly.getMakerOnlyApiKeys]],
  ['/api/v1/setMakerOnlyApiKeys', [POST, makerOnly.setMakerOnlyApiKeys]],
  ['/api/v1/deposit/history', [GET, hist.depositHistory]],
  ['/api/v1/withdraw/history', [GET, hist.withdrawHistory]],
  ['/api/v1/transfer/history', [GET, hist.transferHistory]],
  ['/api/v1/transferFeeInfo', [GET, hist.transferFeeInfo]],
  ['/api/v1/withdrawalDelay', [GET, hist.withdrawalDelay]],
  ['/api/v1/announcement', [GET, hist.announcement]],
  ['/api/v1/events', [GET, binary.eventsRoute]],
  ['/api/v1/upDownCandles', [GET, binary.upDownCandlesRoute]],
  ['/api/v1/boPnl', [GET, binary.boPnlRoute]],
  ['/api/v1/tokens', [GET, tokenRoutes.tokens]],
  ['/api/v1/tokens/create', [POST, tokenRoutes.tokensCreate]],
  ['/api/v1/tokens/revoke', [POST, tokenRoutes.tokensRevoke]],
]);

const MAX_BODY = 4 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  extraHeaders: Record<string, string> = {},
  truncate = false,
): void {
  const text = JSON.stringify(body);
  const payload = truncate ? text.slice(0, Math.max(1, Math.floor(text.length / 2))) : text;
  res.writeHead(status, {
    'content-type': 'application/json',
    // a truncated body is announced with its full length, as a cut connection would look
    'content-length': String(Buffer.byteLength(text)),
    ...CORS_HEADERS,
    ...extraHeaders,
  });
  if (truncate) {
    res.write(payload);
    res.destroy();
    return;
  }
  res.end(payload);
}

/** Builds the node:http request listener. `track` registers pending delay timers for close(). */
export function createRequestListener(
  env: RouteEnv,
  faults: FaultController,
  timers: Set<NodeJS.Timeout>,
  limiter?: RateLimiter,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void handle(env, faults, timers, req, res, limiter).catch(() => {
      if (!res.headersSent) send(res, 500, { code: 29500, message: 'internal server error' });
      else res.destroy();
    });
  };
}

async function handle(
  env: RouteEnv,
  faults: FaultController,
  timers: Set<NodeJS.Timeout>,
  req: IncomingMessage,
  res: ServerResponse,
  limiter?: RateLimiter,
): Promise<void> {
  // A preflight is the browser's, not the caller's: it spends no rate limit and takes no fault.
  if (answerPreflight(req, res)) return;
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const body = req.method === POST ? await readBody(req) : Buffer.alloc(0);
  const wait = limiter?.take(url.pathname, Date.now()) ?? 0;
  if (wait > 0) {
    send(res, 429, { code: 23000, message: 'Too Many Requests!' }, { 'retry-after': String(wait) });
    return;
  }
  let truncate = false;
  for (let fault = faults.takeRest(url.pathname); fault; fault = faults.takeRest(url.pathname)) {
    if (fault.kind === 'rest-status') {
      const headers: Record<string, string> = {};
      if (fault.status === 429) headers['retry-after'] = String(fault.retryAfterSeconds ?? 1);
      const code = fault.code ?? (fault.status === 429 ? 23000 : 29500);
      send(
        res,
        fault.status,
        { code, message: fault.message ?? (fault.status === 429 ? 'Too Many Requests!' : 'internal server error') },
        headers,
      );
      return;
    }
    if (fault.kind === 'rest-delay') {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          timers.delete(t);
          resolve();
        }, fault.ms);
        timers.add(t);
      });
      if (res.destroyed) return;
      continue;
    }
    truncate = true;
    break;
  }
  const route = ROUTES.get(url.pathname);
  if (!route) {
    send(res, 404, { code: 29404, message: 'not found' }, {}, truncate);
    return;
  }
  const [method, handler] = route;
  if (req.method !== method) {
    send(res, 405, { code: 20001, message: `invalid param : method ${req.method ?? ''}` }, {}, truncate);
    return;
  }
  const rr: RouteRequest = {
    method,
    query: url.searchParams,
    form: method === POST ? parseForm(req.headers['content-type'], body) : {},
    headers: req.headers,
  };
  try {
    send(res, 200, handler(env, rr), {}, truncate);
  } catch (e) {
    // a spent budget (volume quota) is a 429 with a Retry-After, as the venue's rate limits are
    if (isVenueError(e))
      send(res, e.httpStatus ?? 400, e.toBody(), e.httpStatus === 429 ? { 'retry-after': '1' } : {}, truncate);
    else send(res, 500, { code: 29500, message: 'internal server error' }, {}, truncate);
  }
}
