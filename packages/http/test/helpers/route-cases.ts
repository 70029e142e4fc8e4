// Shared per-route test: invalid params rejected before any I/O (typed error naming the field),
// the request on the wire (path, method, snake_case query/form, auth header), and the response
// parsed (reference fixtures where one exists). Each test/routes/<endpoint>.test.ts runs its case.
import { describe, expect, it } from 'vitest';
import * as http from '../../src/index.js';
import { fixtureText, json } from './loopback.js';
import { useLoopbackRouteContext } from './route-context.js';

export interface Case {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  auth: 'none' | 'optional' | 'required';
  kind: 'read' | 'write' | 'tx';
  params: Record<string, unknown>;
  badField: string | undefined;
  body: unknown;
}

export const CASES: Case[] = [
  { name: 'account', method: 'GET', path: '/api/v1/account', auth: 'none', kind: 'read', params: { by: 'index', value: '1077' }, badField: 'by', body: fixtureText('nt_account.json') },
  { name: 'accountActiveOrders', method: 'GET', path: '/api/v1/accountActiveOrders', auth: 'required', kind: 'read', params: { accountIndex: 1077, marketId: 0 }, badField: 'accountIndex', body: fixtureText('nt_orders.json') },
  { name: 'accountInactiveOrders', method: 'GET', path: '/api/v1/accountInactiveOrders', auth: 'required', kind: 'read', params: { accountIndex: 1077, limit: 100 }, badField: 'accountIndex', body: fixtureText('nt_orders.json') },
  { name: 'accountLimits', method: 'GET', path: '/api/v1/accountLimits', auth: 'required', kind: 'read', params: { accountIndex: 1077 }, badField: 'accountIndex', body: { code: 200 } },
  { name: 'accountMetadata', method: 'GET', path: '/api/v1/accountMetadata', auth: 'optional', kind: 'read', params: { by: 'index', value: '1077' }, badField: 'by', body: { code: 200 } },
  { name: 'accountOrders', method: 'GET', path: '/api/v1/accountOrders', auth: 'required', kind: 'read', params: { clientOrderIndexes: [123, 456] }, badField: 'clientOrderIndexes', body: { code: 200 } },
  { name: 'accountTxs', method: 'GET', path: '/api/v1/accountTxs', auth: 'required', kind: 'read', params: { value: '1077', limit: 50 }, badField: 'by', body: { code: 200, txs: [{ hash: '0x1', type: 14, sequence_index: 7 }] } },
  { name: 'accountsByL1Address', method: 'GET', path: '/api/v1/accountsByL1Address', auth: 'none', kind: 'read', params: { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }, badField: 'l1Address', body: fixtureText('ccxt_accounts_by_l1_address.json') },
  { name: 'announcement', method: 'GET', path: '/api/v1/announcement', auth: 'none', kind: 'read', params: {}, badField: undefined, body: { code: 200 } },
  { name: 'apiKeys', method: 'GET', path: '/api/v1/apikeys', auth: 'none', kind: 'read', params: { accountIndex: 1077, apiKeyIndex: 3 }, badField: 'accountIndex', body: { code: 200, api_keys: [{ account_index: 1077, api_key_index: 3, nonce: 5, public_key: 'aa' }] } },
  { name: 'assetDetails', method: 'GET', path: '/api/v1/assetDetails', auth: 'none', kind: 'read', params: { assetId: 3 }, badField: 'assetId', body: fixtureText('ccxt_asset_details.json') },
  { name: 'blockTxs', method: 'GET', path: '/api/v1/blockTxs', auth: 'none', kind: 'read', params: { by: 'block_height', value: '1000' }, badField: 'by', body: { code: 200, txs: [{ hash: '0x1', type: 14, sequence_index: 7 }] } },
  { name: 'blocks', method: 'GET', path: '/api/v1/blocks', auth: 'none', kind: 'read', params: { limit: 10 }, badField: 'limit', body: { code: 200 } },
  { name: 'bridges', method: 'GET', path: '/api/v1/bridges', auth: 'none', kind: 'read', params: { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }, badField: 'l1Address', body: { code: 200 } },
  { name: 'candles', method: 'GET', path: '/api/v1/candles', auth: 'none', kind: 'read', params: { marketId: 0, resolution: '1m', startTimestamp: 1700000000000, endTimestamp: 1700003600000, countBack: 60 }, badField: 'marketId', body: fixtureText('nt_candles.json') },
  { name: 'changeAccountTier', method: 'POST', path: '/api/v1/changeAccountTier', auth: 'required', kind: 'write', params: { accountIndex: 1077, newTier: 'premium' }, badField: 'accountIndex', body: { code: 200 } },
  { name: 'currentHeight', method: 'GET', path: '/api/v1/currentHeight', auth: 'none', kind: 'read', params: {}, badField: undefined, body: { code: 200, height: 42 } },
  { name: 'depositHistory', method: 'GET', path: '/api/v1/deposit/history', auth: 'required', kind: 'read', params: { accountIndex: 1077, l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }, badField: 'accountIndex', body: fixtureText('ccxt_deposit_history.json') },
  { name: 'exchangeMetrics', method: 'GET', path: '/api/v1/exchangeMetrics', auth: 'none', kind: 'read', params: { period: 'd', kind: 'volume' }, badField: 'period', body: { code: 200 } },
  { name: 'exchangeStats', method: 'GET', path: '/api/v1/exchangeStats', auth: 'none', kind: 'read', params: {}, badField: undefined, body: { code: 200 } },
  { name: 'executeStats', method: 'GET', path: '/api/v1/executeStats', auth: 'none', kind: 'read', params: { period: 'd' }, badField: 'period', body: { code: 200 } },
  { name: 'exportData', method: 'GET', path: '/api/v1/export', auth: 'required', kind: 'read', params: { type: 'trade', accountIndex: 1077 }, badField: 'type', body: { code: 200, data_url: 'https://example.invalid/x.csv' } },
  { name: 'exportHistoricalTrades', method: 'GET', path: '/api/v1/export/historicalTrades', auth: 'required', kind: 'read', params: { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A', date: '2026-01-01' }, badField: 'l1Address', body: { code: 200 } },
  { name: 'fastBridgeInfo', method: 'GET', path: '/api/v1/fastbridge/info', auth: 'none', kind: 'read', params: {}, badField: undefined, body: { code: 200 } },
  { name: 'fastWithdraw', method: 'POST', path: '/api/v1/fastwithdraw', auth: 'required', kind: 'tx', params: { txInfo: '{"a":1}', toAddress: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }, badField: 'txInfo', body: { code: 200 } },
  { name: 'fastWithdrawInfo', method: 'GET', path: '/api/v1/fastwithdraw/info', auth: 'required', kind: 'read', params: { accountIndex: 1077 }, badField: 'accountIndex', body: { code: 200 } },
  { name: 'faucet', method: 'GET', path: '/api/v1/faucet', auth: 'none', kind: 'write', params: { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A', doL1Transfer: false }, badField: 'l1Address', body: { code: 200 } },
  { name: 'fundingRates', method: 'GET', path: '/api/v1/funding-rates', auth: 'none', kind: 'read', params: {}, badField: undefined, body: fixtureText('ccxt_funding_rates.json') },
  { name: 'fundings', method: 'GET', path: '/api/v1/fundings', auth: 'none', kind: 'read', params: { marketId: 0, resolution: '1h', startTimestamp: 1778700000000, endTimestamp: 1778710000000, countBack: 10 }, badField: 'marketId', body: fixtureText('nt_fundings.json') },
  { name: 'getMakerOnlyApiKeys', method: 'GET', path: '/api/v1/getMakerOnlyApiKeys', auth: 'required', kind: 'read', params: { accountIndex: 1077 }, badField: 'accountIndex', body: { code: 200 } },
  { name: 'info', method: 'GET', path: '/info', auth: 'none', kind: 'read', params: {}, badField: undefined, body: { contract_address: '0x3B4D794a66304F130a4Db8F2551B0070dfCf5ca7' } },
  { name: 'isNextBridgeFast', method: 'GET', path: '/api/v1/bridges/isNextBridgeFast', auth: 'none', kind: 'read', params: { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }, badField: 'l1Address', body: { code: 200 } },
  { name: 'l1Metadata', method: 'GET', path: '/api/v1/l1Metadata', auth: 'required', kind: 'read', params: { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }, badField: 'l1Address', body: { l1_address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A', can_invite: true, referral_points_percentage: '0' } },
  { name: 'leaseOptions', method: 'GET', path: '/api/v1/leaseOptions', auth: 'none', kind: 'read', params: {}, badField: undefined, body: { code: 200 } },
  { name: 'leases', method: 'GET', path: '/api/v1/leases', auth: 'required', kind: 'read', params: { accountIndex: 1077 }, badField: 'accountIndex', body: { code: 200 } },
  { name: 'liquidations', method: 'GET', path: '/api/v1/liquidations', auth: 'required', kind: 'read', params: { accountIndex: 1077, limit: 50 }, badField: 'accountIndex', body: { code: 200 } },
  { name: 'litLease', method: 'POST', path: '/api/v1/litLease', auth: 'required', kind: 'tx', params: { txInfo: '{"a":1}' }, badField: 'txInfo', body: { code: 200 } },
  { name: 'nextNonce', method: 'GET', path: '/api/v1/nextNonce', auth: 'none', kind: 'read', params: { accountIndex: 1077, apiKeyIndex: 3 }, badField: 'accountIndex', body: fixtureText('nt_next_nonce.json') },
  { name: 'notificationAck', method: 'POST', path: '/api/v1/notification/ack', auth: 'required', kind: 'write', params: { notifId: 'n-1', accountIndex: 1077 }, badField: 'notifId', body: { code: 200 } },
  { name: 'orderBookDetails', method: 'GET', path: '/api/v1/orderBookDetails', auth: 'none', kind: 'read', params: { filter: 'perp' }, badField: 'marketId', body: fixtureText('nt_order_book_details.json') },
  { name: 'orderBookOrders', method: 'GET', path: '/api/v1/orderBookOrders', auth: 'none', kind: 'read', params: { marketId: 0, limit: 50 }, badField: 'marketId', body: fixtureText('nt_order_book_orders.json') },
  { name: 'orderBooks', method: 'GET', path: '/api/v1/orderBooks', auth: 'none', kind: 'read', params: { marketId: 0 }, badField: 'marketId', body: fixtureText('nt_order_books.json') },
  { name: 'pnl', method: 'GET', path: '/api/v1/pnl', auth: 'required', kind: 'read', params: { value: '1077', resolution: '1h', startTimestamp: 1700000000000, endTimestamp: 1700086400000, countBack: 24 }, badField: 'by', body: { code: 200 } },
  { name: 'positionFunding', method: 'GET', path: '/api/v1/positionFunding', auth: 'required', kind: 'read', params: { accountIndex: 1077, limit: 50 }, badField: 'accountIndex', body: { code: 200 } },
  { name: 'publicPoolsMetadata', method: 'GET', path: '/api/v1/publicPoolsMetadata', auth: 'optional', kind: 'read', params: { index: 0, limit: 20 }, badField: 'index', body: { code: 200 } },
  { name: 'recentTrades', method: 'GET', path: '/api/v1/recentTrades', auth: 'none', kind: 'read', params: { marketId: 0, limit: 20 }, badField: 'marketId', body: fixtureText('nt_recent_trades.json') },
  { name: 'sendTx', method: 'POST', path: '/api/v1/sendTx', auth: 'none', kind: 'tx', params: { txType: 14, txInfo: '{"Nonce":1}', txHash: '0xh1' }, badField: 'txType', body: fixtureText('ccxt_send_tx_response.json') },
  { name: 'sendTxBatch', method: 'POST', path: '/api/v1/sendTxBatch', auth: 'none', kind: 'tx', params: { txs: [{ txType: 14, txInfo: '{"Nonce":1}' }, { txType: 15, txInfo: '{"Nonce":2}' }] }, badField: 'txs', body: { code: 200, tx_hash: ['0xh1', '0xh2'], predicted_execution_time_ms: 1 } },
  { name: 'setMakerOnlyApiKeys', method: 'POST', path: '/api/v1/setMakerOnlyApiKeys', auth: 'required', kind: 'write', params: { accountIndex: 1077, apiKeyIndexes: [4, 5] }, badField: 'apiKeyIndexes', body: { code: 200 } },
  { name: 'status', method: 'GET', path: '/', auth: 'none', kind: 'read', params: {}, badField: undefined, body: { status: 1, network_id: 300, timestamp: 1700000000 } },
  { name: 'systemConfig', method: 'GET', path: '/api/v1/systemConfig', auth: 'none', kind: 'read', params: {}, badField: undefined, body: fixtureText('lts_system_config.json') },
  { name: 'tokens', method: 'GET', path: '/api/v1/tokens', auth: 'required', kind: 'read', params: { accountIndex: 1077 }, badField: 'accountIndex', body: { code: 200 } },
  { name: 'tokensCreate', method: 'POST', path: '/api/v1/tokens/create', auth: 'required', kind: 'write', params: { accountIndex: 1077, name: 'bot', expiry: 1893456000 }, badField: 'accountIndex', body: { code: 200 } },
  { name: 'tokensRevoke', method: 'POST', path: '/api/v1/tokens/revoke', auth: 'required', kind: 'write', params: { accountIndex: 1077, tokenId: 5 }, badField: 'accountIndex', body: { code: 200 } },
  { name: 'trades', method: 'GET', path: '/api/v1/trades', auth: 'optional', kind: 'read', params: { sortBy: 'timestamp', limit: 100, marketId: 0 }, badField: 'sortBy', body: fixtureText('nt_recent_trades_unordered.json') },
  { name: 'transferFeeInfo', method: 'GET', path: '/api/v1/transferFeeInfo', auth: 'required', kind: 'read', params: { accountIndex: 1077 }, badField: 'accountIndex', body: { code: 200, transfer_fee_usdc: 1000 } },
  { name: 'transferHistory', method: 'GET', path: '/api/v1/transfer/history', auth: 'required', kind: 'read', params: { accountIndex: 1077 }, badField: 'accountIndex', body: fixtureText('ccxt_transfer_history.json') },
  { name: 'tx', method: 'GET', path: '/api/v1/tx', auth: 'none', kind: 'read', params: { by: 'hash', value: '0xabc' }, badField: 'by', body: { code: 200, hash: '0xabc', type: 14, info: '{}', event_info: '{}', status: 2 } },
  { name: 'txFromL1TxHash', method: 'GET', path: '/api/v1/txFromL1TxHash', auth: 'none', kind: 'read', params: { hash: '0xabc' }, badField: 'hash', body: { code: 200, hash: '0xabc', type: 14, info: '{}', event_info: '{}', status: 2 } },
  { name: 'txs', method: 'GET', path: '/api/v1/txs', auth: 'none', kind: 'read', params: { limit: 20 }, badField: 'limit', body: { code: 200, txs: [{ hash: '0x1', type: 14, sequence_index: 7 }] } },
  { name: 'userReferrals', method: 'GET', path: '/api/v1/referral/userReferrals', auth: 'required', kind: 'read', params: { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }, badField: 'l1Address', body: { code: 200 } },
  { name: 'withdrawHistory', method: 'GET', path: '/api/v1/withdraw/history', auth: 'required', kind: 'read', params: { accountIndex: 1077 }, badField: 'accountIndex', body: { code: 200 } },
  { name: 'events', method: 'GET', path: '/api/v1/events', auth: 'none', kind: 'read', params: { active: true, tag: 'btc-updown-15m', limit: 2, sort: 'start_at', order: 'asc' }, badField: 'limit', body: fixtureText('ours_bo_events.json') },
  { name: 'upDownCandles', method: 'GET', path: '/api/v1/upDownCandles', auth: 'none', kind: 'read', params: { symbol: 'btc', duration: '15m', resolution: '30s', startTimestamp: 1761400800, endTimestamp: 1761401700 }, badField: 'startTimestamp', body: fixtureText('ours_bo_up_down_candles.json') },
  { name: 'boPnl', method: 'GET', path: '/api/v1/boPnl', auth: 'required', kind: 'read', params: { account: 1077, limit: 10 }, badField: 'account', body: fixtureText('ours_bo_pnl.json') },
  { name: 'withdrawalDelay', method: 'GET', path: '/api/v1/withdrawalDelay', auth: 'none', kind: 'read', params: {}, badField: undefined, body: { code: 200, seconds: 86400 } },];

type RouteFn = (ctx: http.RouteContext, params: unknown, options?: http.CallOptions) => Promise<Record<string, unknown>>;

/** Register the standard tests of one route against a loopback server. */
export function describeRoute(name: string): void {
  const c = CASES.find((x) => x.name === name);
  if (!c) throw new Error(`no case for ${name}`);
  const loop = useLoopbackRouteContext();

  describe(`${c.name} (${c.method} ${c.path})`, () => {
    const fn = (http as unknown as Record<string, RouteFn>)[c.name]!;

    it('rejects invalid params before any I/O, naming the field', async () => {
      const bad = c.badField === undefined ? { bogus: 1 } : { ...c.params, [c.badField]: { not: 'valid' } };
      const err = await fn(loop.ctx, bad).catch((e: unknown) => e);
      expect(http.isLighterInputError(err)).toBe(true);
      expect((err as http.LighterInputError).field).toBe(c.badField ?? '<params>');
      expect(loop.server.requests).toHaveLength(0);
    });

    it('sends the request on the wire and parses the response', async () => {
      loop.server.setHandler((_req, res) => json(res, c.body));
      const out = await fn(loop.ctx, c.params, { signal: new AbortController().signal });
      expect(loop.server.requests).toHaveLength(1);
      const req = loop.server.requests[0]!;
      expect(req.method).toBe(c.method);
      expect(req.path).toBe(c.path);
      if (c.name === 'sendTx') {
        expect(req.form).toEqual({ tx_type: '14', tx_info: '{"Nonce":1}' });
      } else if (c.name === 'sendTxBatch') {
        expect(req.form).toEqual({ tx_types: '[14,15]', tx_infos: JSON.stringify(['{"Nonce":1}', '{"Nonce":2}']) });
      } else if (c.name === 'setMakerOnlyApiKeys') {
        // The venue takes the indexes as one JSON array string (docs/protocol/transactions.md#maker-only-api-keys).
        expect(req.form).toEqual({ account_index: '1077', api_key_indexes: '[4,5]' });
      } else {
        // zod defaults (e.g. by=index) are added on the wire too.
        expect(c.method === 'GET' ? req.query : req.form).toMatchObject(http.encodeParams(c.params));
      }
      if (c.auth === 'required' || c.auth === 'optional') expect(req.headers.authorization).toMatch(/^\d+:1077:3:[0-9a-f]{160}$/);
      else expect(req.headers.authorization).toBeUndefined();
      expect(typeof out).toBe('object');
      const raw = JSON.parse(typeof c.body === 'string' ? c.body : JSON.stringify(c.body)) as Record<string, unknown>;
      for (const [k, v] of Object.entries(raw)) {
        if (v !== null && !Array.isArray(v)) expect(out[k], k).toEqual(v);
      }
      expect((out as { raw?: unknown }).raw).toEqual(raw);
    });
  });
}
