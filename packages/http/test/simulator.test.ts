// Integration against @lighter-ts/simulator over real sockets: every route the simulator serves,
// private routes with auth tokens minted by @lighter-ts/signing, a signed order round trip, and
// the simulator's own fault injection (sim.faults). Routes it does not serve are covered by the
// loopback fixture server in test/routes/all-routes.test.ts.
import { ORDER_TYPE, TIME_IN_FORCE, toScaledInteger } from '@lighter-ts/models';
import { createSigner, type Signer } from '@lighter-ts/signing';
import { type CreatedAccount, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createAuthTokenProvider,
  type HttpEvent,
  isNetworkError,
  isRateLimitError,
  isTimeoutError,
  isTxSendError,
  isUnknownMarketError,
  LighterHttpClient,
  type TxSendError,
} from '../src/index.js';

let sim: Simulator;
let acct: CreatedAccount;
let signer: Signer;
let client: LighterHttpClient;
let events: HttpEvent[] = [];

beforeAll(async () => {
  sim = await startSimulator({ seed: 7 });
  acct = await sim.createAccount({ collateral: '100000' });
  signer = createSigner({
    chainId: sim.chainId,
    accountIndex: acct.accountIndex,
    apiKeyIndex: acct.apiKeyIndex,
    privateKey: acct.privateKey,
  });
  client = new LighterHttpClient({
    network: { baseUrl: sim.httpUrl, chainId: sim.chainId },
    auth: createAuthTokenProvider({ signer }),
    rateLimits: { tier: 'premium' },
    rateLimitAccount: acct.accountIndex,
    retry: { baseDelayMs: 1, maxDelayMs: 20 },
    onEvent: (e) => events.push(e),
  });
});
afterAll(async () => {
  await client?.close();
  await sim?.close();
});
afterEach(() => {
  sim.faults.clear();
  events = [];
});

async function nextNonce(): Promise<number> {
  return (await client.nextNonce({ accountIndex: acct.accountIndex, apiKeyIndex: acct.apiKeyIndex })).nonce;
}

describe('public routes served by the simulator', () => {
  it('status, info, systemConfig', async () => {
    const s = await client.status();
    expect(s.network_id).toBeTypeOf('number');
    expect(s.timestamp).toBeLessThan(1e11); // seconds (docs/protocol/networks.md#hosts-and-chain-ids)
    expect((await client.info()).contract_address).toMatch(/^0x/);
    expect(await client.systemConfig()).toHaveProperty('code', 200);
  });

  it('orderBooks / orderBookDetails list the default markets with exact decimal strings', async () => {
    const books = await client.orderBooks();
    expect(books.order_books.map((b) => b.market_id)).toEqual(expect.arrayContaining([0, 1, 2048]));
    expect(typeof books.order_books[0]!.min_base_amount).toBe('string');
    const perps = await client.orderBookDetails({ filter: 'perp' });
    expect(perps.order_book_details.length).toBeGreaterThanOrEqual(2);
    const one = await client.orderBookDetails({ marketId: 0 });
    expect(one.order_book_details[0]!.symbol).toBe('ETH');
  });

  it('an explicit market id the venue does not list is an UnknownMarketError, not empty lists', async () => {
    const e = await client.orderBookDetails({ marketId: 99 }).catch((x: unknown) => x);
    expect(isUnknownMarketError(e)).toBe(true);
    expect(e).toMatchObject({ code: 'UNKNOWN_MARKET', marketId: 99, route: 'orderBookDetails' });
    expect((e as Error).message).toBe(
      'orderBookDetails: unknown market 99: the venue lists no such market (list every market with orderBookDetails() without marketId)',
    );
    await expect(client.orderBooks({ marketId: 99 })).rejects.toMatchObject({
      name: 'UnknownMarketError',
      marketId: 99,
    });
    // A market that exists but is filtered out is unknown "among" that filter; 255 still means all markets.
    await expect(client.orderBooks({ marketId: 2048, filter: 'perp' })).rejects.toThrow(
      'unknown market 2048 among perp markets',
    );
    expect((await client.orderBooks({ marketId: 255 })).order_books.length).toBeGreaterThanOrEqual(3);
  });

  it('orderBookOrders is two-sided (seeded market makers) and respects limit', async () => {
    const ob = await client.orderBookOrders({ marketId: 0, limit: 5 });
    expect(ob.asks.length).toBeGreaterThan(0);
    expect(ob.bids.length).toBeGreaterThan(0);
    expect(ob.asks.length).toBeLessThanOrEqual(5);
    expect(Number(ob.asks[0]!.price)).toBeGreaterThan(Number(ob.bids[0]!.price));
  });

  it('recentTrades, trades, candles, fundings, funding-rates, exchangeStats, assetDetails', async () => {
    expect(Array.isArray((await client.recentTrades({ marketId: 0, limit: 10 })).trades)).toBe(true);
    expect(Array.isArray((await client.trades({ sortBy: 'timestamp', limit: 10, marketId: 0 })).trades)).toBe(true);
    const now = Date.now();
    expect(
      Array.isArray(
        (
          await client.candles({
            marketId: 0,
            resolution: '1m',
            startTimestamp: now - 3_600_000,
            endTimestamp: now,
            countBack: 60,
          })
        ).c,
      ),
    ).toBe(true);
    expect(
      Array.isArray(
        (
          await client.fundings({
            marketId: 0,
            resolution: '1h',
            startTimestamp: now - 86_400_000,
            endTimestamp: now,
            countBack: 24,
          })
        ).fundings,
      ),
    ).toBe(true);
    expect(Array.isArray((await client.fundingRates()).funding_rates)).toBe(true);
    expect(await client.exchangeStats()).toHaveProperty('code', 200);
    const assets = await client.assetDetails();
    expect(assets.asset_details.some((a) => a.symbol === 'USDC')).toBe(true);
  });

  it('iterators run against the simulator', async () => {
    const now = Date.now();
    let n = 0;
    for await (const c of client.paginateCandles({
      marketId: 0,
      resolution: '1m',
      startTimestamp: now - 7_200_000,
      endTimestamp: now,
      pageSize: 30,
    })) {
      expect(c.t).toBeGreaterThanOrEqual(now - 7_200_000);
      n++;
    }
    expect(n).toBeGreaterThanOrEqual(0);
    for await (const t of client.paginateTrades({ sortBy: 'timestamp', limit: 5, marketId: 0 }, { maxPages: 2 }))
      expect(t.market_id).toBe(0);
  });
});

describe('account routes served by the simulator', () => {
  it('account, accountsByL1Address, apikeys, nextNonce', async () => {
    const a = await client.account({ by: 'index', value: String(acct.accountIndex) });
    expect(a.accounts[0]!.index).toBe(acct.accountIndex);
    const subs = await client.accountsByL1Address({ l1Address: acct.l1Address });
    expect(subs.sub_accounts[0]!.index).toBe(acct.accountIndex);
    const keys = await client.apiKeys({ accountIndex: acct.accountIndex, apiKeyIndex: acct.apiKeyIndex });
    expect(keys.api_keys[0]!.public_key.replace(/^0x/, '').toLowerCase()).toBe(
      signer.publicKeyHex.replace(/^0x/, '').toLowerCase(),
    );
    expect(await nextNonce()).toBeTypeOf('number');
  });

  it('private routes authenticate with a token minted by @lighter-ts/signing', async () => {
    const active = await client.accountActiveOrders({ accountIndex: acct.accountIndex, marketId: 0 });
    expect(Array.isArray(active.orders)).toBe(true);
    expect(
      Array.isArray((await client.accountInactiveOrders({ accountIndex: acct.accountIndex, limit: 10 })).orders),
    ).toBe(true);
    expect(Array.isArray((await client.accountTxs({ value: String(acct.accountIndex), limit: 10 })).txs)).toBe(true);
    const now = Date.now();
    expect(
      await client.pnl({
        value: String(acct.accountIndex),
        resolution: '1h',
        startTimestamp: now - 86_400_000,
        endTimestamp: now,
        countBack: 24,
      }),
    ).toHaveProperty('code', 200);
    expect(await client.positionFunding({ accountIndex: acct.accountIndex, limit: 10 })).toHaveProperty('code', 200);
    expect(await client.accountLimits({ accountIndex: acct.accountIndex })).toHaveProperty('code', 200);
    expect(await client.liquidations({ accountIndex: acct.accountIndex, limit: 10 })).toHaveProperty('code', 200);
  });

  it('an auth provider built from key material (createSigner inside) authenticates', async () => {
    const auth = createAuthTokenProvider({
      key: {
        chainId: sim.chainId,
        accountIndex: acct.accountIndex,
        apiKeyIndex: acct.apiKeyIndex,
        privateKey: acct.privateKey,
      },
    });
    const c = new LighterHttpClient({ network: { baseUrl: sim.httpUrl, chainId: sim.chainId }, auth });
    try {
      expect(
        Array.isArray((await c.accountActiveOrders({ accountIndex: acct.accountIndex, marketId: 0 })).orders),
      ).toBe(true);
      expect(JSON.stringify(auth)).not.toContain(acct.privateKey.replace(/^0x/, ''));
    } finally {
      await c.close();
    }
  });

  it('a bad auth token is a typed venue error', async () => {
    const err = await client
      .accountActiveOrders(
        { accountIndex: acct.accountIndex, marketId: 0 },
        { authToken: `1:${acct.accountIndex}:${acct.apiKeyIndex}:${'00'.repeat(80)}` },
      )
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'LighterApiError' });
  });
});

describe('signed transactions through sendTx / sendTxBatch', () => {
  async function postOnlyBid(nonce: number, clientOrderIndex: number) {
    const details = (await client.orderBookDetails({ marketId: 0 })).order_book_details[0]!;
    const ob = await client.orderBookOrders({ marketId: 0, limit: 1 });
    const far = (Number(ob.bids[0]!.price) * 0.8).toFixed(details.price_decimals);
    return signer.signCreateOrder({
      marketIndex: 0,
      clientOrderIndex,
      baseAmount: toScaledInteger({ value: details.min_base_amount, decimals: details.size_decimals }),
      price: toScaledInteger({ value: far, decimals: details.price_decimals }),
      isAsk: false,
      orderType: ORDER_TYPE.LIMIT,
      timeInForce: TIME_IN_FORCE.POST_ONLY,
      orderExpiry: -1,
      nonce,
    });
  }

  it('sendTx returns the signer hash; tx is found by hash; the order rests; sendTxBatch cancels it', async () => {
    const nonce = await nextNonce();
    const signed = await postOnlyBid(nonce, 4242);
    const res = await client.sendTx(signed);
    expect(res.tx_hash).toBe(signed.txHash);
    const tx = await client.tx({ by: 'hash', value: signed.txHash });
    expect(tx.hash).toBe(signed.txHash);
    const active = await client.accountActiveOrders({ accountIndex: acct.accountIndex, marketId: 0 });
    const mine = active.orders.find((o) => o.client_order_index === 4242);
    expect(mine).toBeDefined();
    const cancel = signer.signCancelOrder({ marketIndex: 0, orderIndex: 4242, nonce: nonce + 1 });
    const batch = await client.sendTxBatch({ txs: [cancel] });
    expect(batch.tx_hash).toEqual([cancel.txHash]);
    const after = await client.accountActiveOrders({ accountIndex: acct.accountIndex, marketId: 0 });
    expect(after.orders.find((o) => o.client_order_index === 4242)).toBeUndefined();
  });

  it('a venue rejection (sim.faults tx-reject) is TxSendError outcome rejected with the code', async () => {
    sim.faults.rejectNextTx({ code: 21739, message: 'not enough margin to create the order' });
    const signed = await postOnlyBid(await nextNonce(), 4343);
    const err = (await client.sendTx(signed).catch((e: unknown) => e)) as TxSendError;
    expect(isTxSendError(err)).toBe(true);
    expect(err.outcome).toBe('rejected');
    expect(err.venueCode).toBe(21739);
    expect(err.txHashes).toEqual([signed.txHash]);
  });
});

describe('sim.faults', () => {
  it('429 burst: GET retried and succeeds; sendTx is not resent', async () => {
    sim.faults.inject({ kind: 'rest-status', status: 429, retryAfterSeconds: 0, path: '/api/v1/orderBooks', times: 2 });
    const books = await client.orderBooks();
    expect(books.order_books.length).toBeGreaterThan(0);
    expect(events.filter((e) => e.type === 'retry' && e.route === 'orderBooks')).toHaveLength(2);

    sim.faults.inject({ kind: 'rest-status', status: 429, retryAfterSeconds: 1, path: '/api/v1/sendTx', times: 1 });
    const nonce = await nextNonce();
    const signed = await postOnlyBidFor(nonce);
    const err = (await client.sendTx(signed).catch((e: unknown) => e)) as TxSendError;
    expect(err.outcome).toBe('rate-limited');
    expect(err.venueCode).toBe(23000);
    expect(err.retryAfterMs).toBe(1000);
    expect(isRateLimitError(err.cause) && err.cause.retryAfterMs).toBe(1000);
    expect(events.filter((e) => e.type === 'request' && e.route === 'sendTx')).toHaveLength(1);
    // The nonce was not consumed: the same signed tx is accepted when the caller resends it.
    expect((await client.sendTx(signed)).tx_hash).toBe(signed.txHash);
  });

  it('5xx then success on a GET', async () => {
    sim.faults.inject({ kind: 'rest-status', status: 503, path: '/api/v1/exchangeStats', times: 1 });
    await client.exchangeStats();
    expect(events.filter((e) => e.type === 'retry')).toHaveLength(1);
  });

  it('truncated body -> NetworkError after retries', async () => {
    sim.faults.inject({ kind: 'rest-truncate', path: '/api/v1/assetDetails', times: 10 });
    const err = await client.assetDetails().catch((e: unknown) => e);
    expect(isNetworkError(err) && err.requestSent).toBe(true);
    expect(events.filter((e) => e.type === 'retry' && e.route === 'assetDetails')).toHaveLength(3);
  });

  it('slow response -> TimeoutError with a short headers timeout', async () => {
    const slow = new LighterHttpClient({
      network: { baseUrl: sim.httpUrl, chainId: sim.chainId },
      headersTimeoutMs: 100,
      retry: false,
      rateLimits: false,
    });
    try {
      sim.faults.inject({ kind: 'rest-delay', ms: 1000, path: '/api/v1/funding-rates', times: 1 });
      const err = await slow.fundingRates().catch((e: unknown) => e);
      expect(isTimeoutError(err) && err.phase).toBe('headers');
    } finally {
      await slow.close();
    }
  });
});

async function postOnlyBidFor(nonce: number) {
  const details = (await client.orderBookDetails({ marketId: 0 })).order_book_details[0]!;
  const ob = await client.orderBookOrders({ marketId: 0, limit: 1 });
  const far = (Number(ob.bids[0]!.price) * 0.8).toFixed(details.price_decimals);
  return signer.signCreateOrder({
    marketIndex: 0,
    clientOrderIndex: 5000 + nonce,
    baseAmount: toScaledInteger({ value: details.min_base_amount, decimals: details.size_decimals }),
    price: toScaledInteger({ value: far, decimals: details.price_decimals }),
    isAsk: false,
    orderType: ORDER_TYPE.LIMIT,
    timeInForce: TIME_IN_FORCE.POST_ONLY,
    orderExpiry: -1,
    nonce,
  });
}
