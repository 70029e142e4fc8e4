import { parseWsFrame } from '@lighter-ts/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CreatedAccount, type Simulator, startSimulator } from '../../src/index.js';
import { getJson, sendTx, signerFor, WsProbe } from '../helpers.js';
import { fixture } from './fixtures.js';
import { compareShape, type ShapeOptions } from './shape.js';

const TRADE_OPTIONAL = [
  'taker_fee',
  'maker_fee',
  'taker_position_size_before',
  'taker_entry_quote_before',
  'taker_initial_margin_fraction_before',
  'taker_position_sign_changed',
  'maker_position_size_before',
  'maker_entry_quote_before',
  'maker_initial_margin_fraction_before',
  'maker_position_sign_changed',
];

describe('WS conformance with real frames', () => {
  let sim: Simulator;
  let acct: CreatedAccount;
  let ws: WsProbe;
  beforeAll(async () => {
    sim = await startSimulator({ seed: 5, flushIntervalMs: 10, marketMakers: { intervalMs: 10, tradeProbability: 1 } });
    acct = await sim.createAccount({ collateral: '50000' });
    ws = await WsProbe.open(sim.wsUrl);
    const auth = signerFor(sim, acct).createAuthToken();
    const a = acct.accountIndex;
    for (const channel of [
      'order_book/0',
      'trade/0',
      'ticker/0',
      'market_stats/0',
      'market_stats/all',
      'spot_market_stats/2048',
      'spot_market_stats/all',
      'candle/0/1m',
      'height',
    ]) {
      ws.send({ type: 'subscribe', channel });
    }
    for (const channel of [
      `account_orders/0/${a}`,
      `account_all_orders/${a}`,
      `account_all_assets/${a}`,
      `user_stats/${a}`,
      `account_all_trades/${a}`,
      `account_all_positions/${a}`,
      `account_tx/${a}`,
      `account_all/${a}`,
      `account_market/0/${a}`,
      `notification/${a}`,
    ]) {
      ws.send({ type: 'subscribe', channel, auth });
    }
    await ws.next((f) => f.type === 'subscribed/notification');
    // trade against the market makers so every private channel updates
    const book = await getJson(sim, '/api/v1/orderBookOrders?market_id=0&limit=1');
    const ask = Number((book.body.asks as { price: string }[])[0]!.price.replace('.', ''));
    const r = await sendTx(
      sim,
      signerFor(sim, acct).signCreateOrder({
        marketIndex: 0,
        clientOrderIndex: 3,
        baseAmount: 100,
        price: Math.round(ask * 1.05),
        isAsk: false,
        orderType: 0,
        timeInForce: 0,
        orderExpiry: 0,
        nonce: 0,
      }),
    );
    expect(r.body.code).toBe(200);
    await ws.next((f) => f.type === 'update/account_all_trades');
    await ws.next(
      (f) =>
        f.type === 'update/market_stats' &&
        typeof f.market_stats === 'object' &&
        f.market_stats !== null &&
        '0' in f.market_stats,
    );
    await ws.next((f) => f.type === 'update/spot_market_stats' && String(f.channel).endsWith('all'));
  });
  afterAll(async () => {
    ws.close();
    await sim.close();
  });

  const cases: {
    type: string;
    channel?: string;
    fixture: string;
    opts?: ShapeOptions;
    pick?: (f: Record<string, unknown>) => unknown;
  }[] = [
    { type: 'connected', fixture: 'ws/ccxt_connected.json' },
    { type: 'subscribed/order_book', fixture: 'ws/nt_order_book_subscribed.json' },
    { type: 'update/order_book', fixture: 'ws/nt_order_book_update.json' },
    { type: 'subscribed/trade', fixture: 'ws/nt_trade_subscribed.json', opts: { optional: TRADE_OPTIONAL } },
    { type: 'update/trade', fixture: 'ws/nt_trade_update.json', opts: { optional: TRADE_OPTIONAL } },
    { type: 'subscribed/ticker', fixture: 'ws/nt_ticker_subscribed.json' },
    { type: 'update/ticker', fixture: 'ws/nt_ticker_update.json' },
    {
      type: 'subscribed/market_stats',
      channel: 'market_stats:0',
      fixture: 'ws/nt_market_stats_subscribed_single.json',
    },
    { type: 'update/market_stats', channel: 'market_stats:0', fixture: 'ws/nt_market_stats_update_single.json' },
    {
      type: 'update/market_stats',
      channel: 'market_stats:all',
      fixture: 'ws/nt_market_stats_update_all.json',
      opts: { maps: ['market_stats'] },
    },
    {
      type: 'subscribed/spot_market_stats',
      channel: 'spot_market_stats:2048',
      fixture: 'ws/nt_spot_market_stats_subscribed_single.json',
    },
    {
      type: 'update/spot_market_stats',
      channel: 'spot_market_stats:2048',
      fixture: 'ws/nt_spot_market_stats_update_single.json',
    },
    {
      type: 'update/spot_market_stats',
      channel: 'spot_market_stats:all',
      fixture: 'ws/nt_spot_market_stats_update_all.json',
      opts: { maps: ['spot_market_stats'] },
    },
    { type: 'subscribed/candle', fixture: 'ws/nt_candle_subscribed.json' },
    { type: 'update/candle', fixture: 'ws/nt_candle_update.json' },
    { type: 'update/height', fixture: 'ws/nt_height_update.json' },
    { type: 'update/account_orders', fixture: 'ws/nt_account_orders_update.json', opts: { maps: ['orders'] } },
    {
      type: 'subscribed/account_all_assets',
      fixture: 'ws/nt_account_all_assets_update.json',
      opts: { maps: ['assets'] },
    },
    { type: 'subscribed/user_stats', fixture: 'ws/nt_user_stats_update.json' },
    { type: 'update/user_stats', fixture: 'ws/nt_user_stats_update.json' },
    {
      type: 'update/account_all_trades',
      fixture: 'ws/nt_account_all_trades_update.json',
      opts: { maps: ['trades'], optional: TRADE_OPTIONAL },
    },
    {
      type: 'update/account_all_positions',
      fixture: 'ws/nt_account_all_positions_update.json',
      opts: { maps: ['positions'], optional: ['total_funding_paid_out', 'total_discount'] },
    },
    {
      type: 'update/account_tx',
      fixture: 'ws/docs_account_tx_transaction_object.json',
      pick: (f) => (f.txs as unknown[])[0],
      opts: { optional: ['api_key_index', 'transaction_time'] },
    },
  ];

  for (const c of cases) {
    it(`${c.type}${c.channel ? ` ${c.channel}` : ''} matches ${c.fixture}`, async () => {
      const frame = await ws.next((f) => f.type === c.type && (c.channel === undefined || f.channel === c.channel));
      const actual = c.pick ? c.pick(frame) : frame;
      expect(compareShape(actual, fixture(c.fixture), c.opts)).toEqual([]);
    });
  }

  it('every frame emitted parses with @lighter-ts/models', () => {
    expect(ws.frames.length).toBeGreaterThan(20);
    const kinds = new Set<string>();
    for (const f of ws.frames) {
      const parsed = parseWsFrame(f) as { kind: string };
      expect(parsed.kind, JSON.stringify(f).slice(0, 200)).not.toBe('unknown');
      kinds.add(String(f.type));
    }
    for (const t of [
      'subscribed/account_all',
      'subscribed/account_market',
      'subscribed/account_all_orders',
      'update/account_all_orders',
      'subscribed/account_tx',
      'subscribed/notification',
    ]) {
      expect(kinds.has(t), t).toBe(true);
    }
  });

  it('control frames: unsubscribed, error, sendtx reply, pong', async () => {
    ws.send({ type: 'unsubscribe', channel: 'height' });
    const u = await ws.nextNew((f) => f.type === 'unsubscribed');
    expect(compareShape(u, fixture('ws/ccxt_unsubscribed.json'))).toEqual([]);
    ws.send({ type: 'subscribe', channel: 'order_book/x' });
    const e = await ws.nextNew((f) => 'error' in f);
    expect(compareShape(e, fixture('ws/ccxt_error_invalid_channel.json'))).toEqual([]);
    expect((e.error as { code: number }).code).toBe(30005);
    ws.send({ type: 'subscribe', channel: 'order_book/0' });
    const dup = await ws.nextNew((f) => 'error' in f);
    expect(dup.error).toEqual({ code: 30003, message: 'Already Subscribed to : order_book:0' });
    const nonce = (
      await getJson(sim, `/api/v1/nextNonce?account_index=${acct.accountIndex}&api_key_index=${acct.apiKeyIndex}`)
    ).body.nonce as number;
    const tx = signerFor(sim, acct).signCancelAllOrders({ timeInForce: 0, time: 0, nonce });
    ws.send({ type: 'jsonapi/sendtx', data: { id: '17', tx_type: tx.txType, tx_info: JSON.parse(tx.txInfo) } });
    const reply = await ws.nextNew((f) => f.type === 'jsonapi/sendtx');
    expect(compareShape(reply, fixture('ws/ccxt_sendtx_response.json'))).toEqual([]);
    ws.send({ type: 'ping' });
    const pong = await ws.nextNew((f) => f.type === 'pong');
    expect(pong).toEqual({ type: 'pong' });
    for (const f of [u, e, dup, reply, pong]) expect((parseWsFrame(f) as { kind: string }).kind).not.toBe('unknown');
  });
});
