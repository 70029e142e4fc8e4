import * as models from '@lighter-ts/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CreatedAccount, type Simulator, startSimulator } from '../../src/index.js';
import { getJson, postForm, sendTx, signerFor } from '../helpers.js';
import { fixture } from './fixtures.js';
import { compareShape, type ShapeOptions } from './shape.js';

// Trade rows omit fee and *_before fields when zero (docs/protocol/rest.md#response-models, DOCM "Trade JSON").
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

type Parser = (raw: unknown) => unknown;
const p = (name: string): Parser => {
  const fn = (models as Record<string, unknown>)[name];
  if (typeof fn !== 'function') throw new Error(`@lighter-ts/models has no ${name}`);
  return fn as Parser;
};

describe('REST conformance with real payloads', () => {
  let sim: Simulator;
  let acct: CreatedAccount;
  let auth: string;
  beforeAll(async () => {
    sim = await startSimulator({ seed: 11, marketMakers: { intervalMs: 10, tradeProbability: 1 } });
    acct = await sim.createAccount({ collateral: '50000' });
    // open a position and leave a resting order so every list is non-empty
    const book = await getJson(sim, '/api/v1/orderBookOrders?market_id=0&limit=1');
    const ask = (book.body.asks as { price: string }[])[0]!.price;
    // a limit well above the ask: market makers requote every 10 ms, the fill must not race them
    const limit = (Number(ask) * 1.05).toFixed(2);
    expect(
      sim.placeOrder({
        accountIndex: acct.accountIndex,
        marketIndex: 0,
        isAsk: false,
        price: limit,
        size: '0.0100',
        timeInForce: 'ioc',
      }).status,
    ).toBe('filled');
    const s = signerFor(sim, acct);
    const r = await sendTx(
      sim,
      s.signCreateOrder({
        marketIndex: 0,
        clientOrderIndex: 9,
        baseAmount: 100,
        price: 150000,
        isAsk: false,
        orderType: 0,
        timeInForce: 1,
        orderExpiry: -1,
        nonce: 0,
      }),
    );
    expect(r.body.code).toBe(200);
    sim.runFunding({ marketIndex: 0, rate: '0.0001' });
    auth = encodeURIComponent(s.createAuthToken());
    await new Promise((r) => setTimeout(r, 100));
  });
  afterAll(async () => {
    await sim.close();
  });

  const cases: { name: string; path: () => string; fixtures: string[]; parser: string; opts?: ShapeOptions }[] = [
    {
      name: 'orderBooks',
      path: () => '/api/v1/orderBooks',
      fixtures: ['rest/nt_order_books.json'],
      parser: 'parseOrderBooks',
    },
    {
      name: 'orderBookDetails',
      path: () => '/api/v1/orderBookDetails?filter=perp',
      fixtures: ['rest/nt_order_book_details.json'],
      parser: 'parseOrderBookDetails',
    },
    {
      name: 'orderBookOrders',
      path: () => '/api/v1/orderBookOrders?market_id=0&limit=10',
      fixtures: ['rest/nt_order_book_orders.json', 'rest/ccxt_order_book_orders.json'],
      parser: 'parseOrderBookOrders',
      opts: { optional: ['transaction_time'] },
    },
    {
      name: 'recentTrades',
      path: () => '/api/v1/recentTrades?market_id=0&limit=10',
      fixtures: ['rest/nt_recent_trades.json'],
      parser: 'parseTrades',
      opts: { optional: TRADE_OPTIONAL },
    },
    {
      name: 'trades',
      path: () => '/api/v1/trades?sort_by=trade_id&limit=5&market_id=0',
      fixtures: ['rest/nt_recent_trades.json'],
      parser: 'parseTrades',
      opts: { optional: [...TRADE_OPTIONAL, 'next_cursor'] },
    },
    {
      name: 'account',
      path: () => `/api/v1/account?by=index&value=${acct.accountIndex}`,
      fixtures: ['rest/nt_account.json'],
      parser: 'parseDetailedAccounts',
      opts: { optional: ['total_funding_paid_out', 'total_discount'] },
    },
    {
      name: 'accountsByL1Address',
      path: () => `/api/v1/accountsByL1Address?l1_address=${acct.l1Address}`,
      fixtures: ['rest/ccxt_accounts_by_l1_address.json'],
      parser: 'parseSubAccounts',
    },
    {
      name: 'nextNonce',
      path: () => `/api/v1/nextNonce?account_index=${acct.accountIndex}&api_key_index=${acct.apiKeyIndex}`,
      fixtures: ['rest/nt_next_nonce.json'],
      parser: 'parseNextNonce',
    },
    {
      name: 'accountActiveOrders',
      path: () => `/api/v1/accountActiveOrders?account_index=${acct.accountIndex}&market_id=0&auth=${auth}`,
      fixtures: ['rest/nt_orders.json'],
      parser: 'parseOrders',
      opts: { optional: ['next_cursor'] },
    },
    {
      name: 'accountInactiveOrders',
      path: () => `/api/v1/accountInactiveOrders?account_index=${acct.accountIndex}&limit=10&auth=${auth}`,
      fixtures: ['rest/nt_orders.json'],
      parser: 'parseOrders',
      opts: { optional: ['next_cursor'] },
    },
    {
      name: 'candles',
      path: () =>
        `/api/v1/candles?market_id=0&resolution=1m&start_timestamp=${sim.now() - 3_600_000}&end_timestamp=${sim.now() + 60_000}&count_back=10`,
      fixtures: ['rest/nt_candles.json'],
      parser: 'parseCandles',
    },
    {
      name: 'fundings',
      path: () =>
        `/api/v1/fundings?market_id=0&resolution=1h&start_timestamp=${sim.now() - 3_600_000}&end_timestamp=${sim.now() + 60_000}&count_back=10`,
      fixtures: ['rest/nt_fundings.json'],
      parser: 'parseFundings',
    },
    {
      name: 'funding-rates',
      path: () => '/api/v1/funding-rates',
      fixtures: ['rest/ccxt_funding_rates.json'],
      parser: 'parseFundingRates',
    },
    {
      name: 'assetDetails',
      path: () => '/api/v1/assetDetails',
      fixtures: ['rest/ccxt_asset_details.json'],
      parser: 'parseAssetDetails',
    },
    {
      name: 'systemConfig',
      path: () => '/api/v1/systemConfig',
      fixtures: ['rest/lts_system_config.json'],
      parser: 'parseSystemConfig',
      opts: { optional: ['market_maker_incentive_account_index', 'fee_collector_account_index'] },
    },
  ];

  for (const c of cases) {
    it(`${c.name} matches ${c.fixtures.join(', ')} and parses with @lighter-ts/models`, async () => {
      const r = await getJson(sim, c.path());
      expect(r.status).toBe(200);
      for (const f of c.fixtures) expect(compareShape(r.body, fixture(f), c.opts), f).toEqual([]);
      expect(() => p(c.parser)(r.body)).not.toThrow();
    });
  }

  it('sendTx response matches the captured response', async () => {
    const s = signerFor(sim, acct);
    const nonce = (
      await getJson(sim, `/api/v1/nextNonce?account_index=${acct.accountIndex}&api_key_index=${acct.apiKeyIndex}`)
    ).body.nonce as number;
    const r = await sendTx(sim, s.signCancelAllOrders({ timeInForce: 0, time: 0, nonce }));
    expect(compareShape(r.body, fixture('rest/ccxt_send_tx_response.json'))).toEqual([]);
    expect(() => p('parseSendTxResponse')(r.body)).not.toThrow();
  });

  it('every other route parses with its @lighter-ts/models parser', async () => {
    const a = acct.accountIndex;
    const txs = await getJson(sim, `/api/v1/accountTxs?by=account_index&value=${a}&limit=10&auth=${auth}`);
    const hash = (txs.body.txs as { hash: string }[])[0]!.hash;
    const routes: [string, string][] = [
      ['/api/v1/exchangeStats', 'parseExchangeStats'],
      [`/api/v1/apikeys?account_index=${a}`, 'parseAccountApiKeys'],
      [`/api/v1/accountTxs?by=account_index&value=${a}&limit=10&auth=${auth}`, 'parseTxs'],
      [`/api/v1/tx?by=hash&value=${hash}`, 'parseEnrichedTx'],
      [
        `/api/v1/pnl?by=index&value=${a}&resolution=1h&start_timestamp=0&end_timestamp=${sim.now()}&count_back=10&auth=${auth}`,
        'parseAccountPnl',
      ],
      [`/api/v1/positionFunding?account_index=${a}&limit=10&auth=${auth}`, 'parsePositionFundings'],
      [`/api/v1/accountLimits?account_index=${a}&auth=${auth}`, 'parseAccountLimits'],
      [`/api/v1/liquidations?account_index=${a}&limit=10&auth=${auth}`, 'parseLiquidationInfos'],
      [`/api/v1/deposit/history?account_index=${a}&l1_address=${acct.l1Address}&auth=${auth}`, 'parseDepositHistory'],
      [`/api/v1/withdraw/history?account_index=${a}&auth=${auth}`, 'parseWithdrawHistory'],
      [`/api/v1/transfer/history?account_index=${a}&auth=${auth}`, 'parseTransferHistory'],
      [`/api/v1/transferFeeInfo?account_index=${a}&auth=${auth}`, 'parseTransferFeeInfo'],
      ['/api/v1/withdrawalDelay', 'parseWithdrawalDelay'],
      ['/api/v1/announcement', 'parseAnnouncements'],
      [`/api/v1/getMakerOnlyApiKeys?account_index=${a}&auth=${auth}`, 'parseMakerOnlyApiKeys'],
      [`/api/v1/accountOrders?client_order_indexes=9&account_index=${a}&auth=${auth}`, 'parseOrders'],
      ['/api/v1/orderBookDetails?filter=spot', 'parseOrderBookDetails'],
    ];
    for (const [path, parser] of routes) {
      const r = await getJson(sim, path);
      expect(r.status, path).toBe(200);
      expect(() => p(parser)(r.body), path).not.toThrow();
    }
    const pf = await getJson(sim, `/api/v1/positionFunding?account_index=${a}&limit=10&auth=${auth}`);
    expect((pf.body.position_fundings as unknown[]).length).toBe(1);
  });

  it("pnl takes models' PNL_RESOLUTIONS and answers any other width with 22402", async () => {
    const a = acct.accountIndex;
    const pnl = (resolution: string) =>
      getJson(
        sim,
        `/api/v1/pnl?by=index&value=${a}&resolution=${resolution}&start_timestamp=0&end_timestamp=${sim.now()}&count_back=10&auth=${auth}`,
      );
    for (const resolution of models.PNL_RESOLUTIONS) expect((await pnl(resolution)).status, resolution).toBe(200);
    for (const resolution of ['30m', '1w']) {
      const r = await pnl(resolution);
      expect(r.body, resolution).toEqual({ code: 22402, message: models.VENUE_ERROR_MESSAGE[22402] });
    }
  });

  it('sendTxBatch response parses', async () => {
    const s = signerFor(sim, acct);
    const nonce = (
      await getJson(sim, `/api/v1/nextNonce?account_index=${acct.accountIndex}&api_key_index=${acct.apiKeyIndex}`)
    ).body.nonce as number;
    const txs = [
      s.signCancelAllOrders({ timeInForce: 0, time: 0, nonce }),
      s.signCancelAllOrders({ timeInForce: 0, time: 0, nonce: nonce + 1 }),
    ];
    const r = await postForm(sim, '/api/v1/sendTxBatch', {
      tx_types: JSON.stringify(txs.map((t) => t.txType)),
      tx_infos: JSON.stringify(txs.map((t) => t.txInfo)),
    });
    expect(r.body.code).toBe(200);
    expect(() => p('parseSendTxBatchResponse')(r.body)).not.toThrow();
  });

  it('error bodies are {code, message} with HTTP 400', async () => {
    const r = await getJson(sim, '/api/v1/account?by=index&value=424242');
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ code: 21100, message: 'account not found' });
    expect(() => p('parseResultCode')(r.body)).not.toThrow();
  });

  it('status and info parse', async () => {
    const st = await getJson(sim, '/');
    expect(() => p('parseStatus')(st.body)).not.toThrow();
    expect(st.body.network_id).toBe(300);
    const inf = await getJson(sim, '/info');
    expect(() => p('parseZkLighterInfo')(inf.body)).not.toThrow();
  });
});
