// ccxt (pinned, npm) against the simulator with @lighter-ts/signing plugged in: every call goes
// through ccxt's own request building, parsing and error mapping, over real loopback sockets.
import { type CreatedAccount, type Simulator, startSimulator } from '@lighter-ts/simulator';
import ccxt from 'ccxt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useLighterTsSigner } from '../src/index.js';

const SWAP = 'ETH/USDC:USDC';
const SPOT = 'ETH/USDC';
const API_KEY_INDEX = 4;

type Lighter = InstanceType<typeof ccxt.pro.lighter>;
type Book = Awaited<ReturnType<Lighter['watchOrderBook']>>;

/** A fresh ccxt pro `lighter` pointed at the simulator (ws:// needs ccxt's plain http agent). */
async function ccxtFor(sim: Simulator, acct: CreatedAccount): Promise<Lighter> {
  const ex = useLighterTsSigner(
    new ccxt.pro.lighter({
      privateKey: acct.l1PrivateKey,
      // loopback needs no client-side throttle (ccxt's default spaces requests about a second apart)
      rateLimit: 10,
      options: { chainId: sim.chainId, accountIndex: acct.accountIndex, apiKeyIndex: API_KEY_INDEX },
    }),
  );
  ex.urls.api = { root: sim.httpUrl, public: sim.httpUrl, private: sim.httpUrl, ws: sim.wsUrl };
  await ex.loadHttpProxyAgent();
  return ex;
}

describe('ccxt lighter against the simulator, signing with @lighter-ts/signing', () => {
  let sim: Simulator;
  let acct: CreatedAccount;
  let ex: Lighter;
  beforeAll(async () => {
    sim = await startSimulator({ seed: 18 });
    acct = await sim.createAccount({ collateral: '100000', spotBalances: { 1: '2.0000' } });
    ex = await ccxtFor(sim, acct);
  });
  afterAll(async () => {
    await ex?.close();
    await sim?.close();
  });

  const openIds = async () => (await ex.fetchOpenOrders(SWAP)).map((o) => o.id);

  it('registers an API key through the documented L1-key setup path (ChangePubKey at nextNonce 0)', async () => {
    const before = await fetch(
      `${sim.httpUrl}/api/v1/nextNonce?account_index=${acct.accountIndex}&api_key_index=${API_KEY_INDEX}`,
    );
    expect(await before.json()).toEqual({ code: 200, nonce: 0 });
    expect(await ex.preLoadLighterLibrary()).toBe(true);
    const keys = await ex.publicGetApikeys({ account_index: acct.accountIndex, api_key_index: API_KEY_INDEX });
    expect(keys.api_keys[0].public_key).toMatch(/^[0-9a-f]{80}$/);
    expect(keys.api_keys[0].public_key).not.toBe('0'.repeat(80));
  });

  it('loads markets (perps and spot) with no libraryPath or wasmExecPath', async () => {
    expect(ex.options.wasmExecPath).toBeUndefined();
    const markets = await ex.loadMarkets();
    expect(markets[SWAP]?.swap).toBe(true);
    expect(markets[SPOT]?.spot).toBe(true);
  });

  it('fetches order book, ticker, tickers, OHLCV and funding rates', async () => {
    const book = await ex.fetchOrderBook(SWAP);
    expect(book.bids.length).toBeGreaterThan(0);
    expect(book.asks.length).toBeGreaterThan(0);
    expect(Number(book.bids[0]?.[0])).toBeLessThan(Number(book.asks[0]?.[0]));
    const ticker = await ex.fetchTicker(SWAP);
    expect(ticker.symbol).toBe(SWAP);
    expect(ticker.last).toBeGreaterThan(0);
    const tickers = await ex.fetchTickers();
    expect(Object.keys(tickers)).toEqual(expect.arrayContaining([SWAP, SPOT]));
    const candles = await ex.fetchOHLCV(SWAP, '1m');
    expect(candles.length).toBeGreaterThan(0);
    expect(candles[0]).toHaveLength(6);
    const rates = await ex.fetchFundingRates();
    expect(rates[SWAP]?.fundingRate).toBeTypeOf('number');
  });

  it('fetches swap and spot balances', async () => {
    const swap = await ex.fetchBalance({ type: 'swap' });
    expect(swap.USDC?.total).toBe(100000);
    // ccxt 4.5.84 builds spot balances with Precise.stringAdd(undefined, balance), which stays
    // undefined: the currency appears but without numbers, whatever the venue answers
    const spot = await ex.fetchBalance({ type: 'spot' });
    expect(spot.ETH).toBeDefined();
    const assets = (spot.info as { accounts: { assets: { symbol: string; balance: string }[] }[] }).accounts[0]?.assets;
    expect(assets).toContainEqual(expect.objectContaining({ symbol: 'ETH', balance: '2.0000' }));
  });

  it('creates, modifies, cancels and cancels all orders; lists open and closed orders', async () => {
    await ex.createOrder(SWAP, 'limit', 'buy', 0.1, 2000);
    const [id] = await openIds();
    expect(id).toBeDefined();
    await ex.editOrder(id!, SWAP, 'limit', 'buy', 0.2, 2001);
    const edited = (await ex.fetchOpenOrders(SWAP)).find((o) => o.id === id);
    expect(edited).toMatchObject({ price: 2001, amount: 0.2, side: 'buy' });
    await ex.cancelOrder(id!, SWAP);
    expect(await openIds()).not.toContain(id);
    await ex.createOrder(SWAP, 'limit', 'buy', 0.1, 1990);
    await ex.createOrder(SWAP, 'limit', 'sell', 0.1, 4000);
    expect(await openIds()).toHaveLength(2);
    await ex.cancelAllOrders(SWAP);
    expect(await openIds()).toHaveLength(0);
    const closed = await ex.fetchClosedOrders(SWAP);
    expect(closed.map((o) => o.id)).toContain(id);
    expect(closed.find((o) => o.id === id)?.status).toBe('canceled');
  });

  it('trades: a market buy fills, then my trades and the position show it', async () => {
    await ex.createOrder(SWAP, 'market', 'buy', 0.05, 4000);
    const trades = await ex.fetchMyTrades(SWAP);
    expect(trades.length).toBeGreaterThan(0);
    expect(trades.reduce((s, t) => s + (t.amount ?? 0), 0)).toBeCloseTo(0.05, 8);
    const positions = await ex.fetchPositions([SWAP]);
    const eth = positions.find((p) => p.symbol === SWAP);
    expect(eth?.side).toBe('long');
    expect(eth?.contracts).toBeCloseTo(0.05, 8);
  });

  it('watches the order book five times: uncrossed, offsets increasing', async () => {
    let last = -1;
    for (let i = 0; i < 5; i++) {
      const book: Book = await ex.watchOrderBook(SWAP);
      const bid = Number(book.bids[0]?.[0]);
      const ask = Number(book.asks[0]?.[0]);
      expect(bid).toBeLessThan(ask);
      expect(book.nonce).toBeGreaterThan(last);
      last = Number(book.nonce);
    }
  });

  it('watches trades and the ticker', async () => {
    const trades = await ex.watchTrades(SWAP);
    expect(trades.length).toBeGreaterThan(0);
    expect(trades[0]?.symbol).toBe(SWAP);
    const ticker = await ex.watchTicker(SWAP);
    expect(ticker.symbol).toBe(SWAP);
    expect(ticker.last).toBeGreaterThan(0);
  });

  it('watches balances on user_stats (no auth) and account_all_assets (auth)', async () => {
    const swap = await ex.watchBalance({ type: 'swap' });
    expect(swap.USDC?.total).toBeGreaterThan(0);
    const spot = await ex.watchBalance({ type: 'spot' });
    expect(spot.ETH?.total).toBe(2);
  });

  it('watches my orders (authenticated account_orders) as an order is placed', async () => {
    const watched = ex.watchOrders(SWAP);
    await waitSubscribed(sim, `account_orders:0:${acct.accountIndex}`);
    await ex.createOrder(SWAP, 'limit', 'buy', 0.1, 1980);
    const orders = await watched;
    expect(orders.some((o) => o.price === 1980 && o.side === 'buy')).toBe(true);
    await ex.cancelAllOrders(SWAP);
  });

  it('watches my trades (account_all_trades without auth, as ccxt subscribes) as a market order fills', async () => {
    const before = (await ex.fetchMyTrades(SWAP)).length;
    const watched = ex.watchMyTrades(SWAP);
    await waitSubscribed(sim, `account_all_trades:${acct.accountIndex}`);
    await ex.createOrder(SWAP, 'market', 'sell', 0.02, 2000);
    const trades = await watched;
    expect(trades.length).toBeGreaterThan(0);
    expect(trades.every((t) => t.symbol === SWAP)).toBe(true);
    expect((await ex.fetchMyTrades(SWAP)).length).toBeGreaterThan(before);
  });

  // beyond the list: the rest of what ccxt's `lighter` marks as supported
  it('fetches status, time, currencies, accounts and the deposit / withdrawal / transfer histories', async () => {
    expect((await ex.fetchStatus()).status).toBe('ok');
    expect(await ex.fetchTime()).toBeGreaterThan(0);
    expect(Object.keys(await ex.fetchCurrencies())).toEqual(expect.arrayContaining(['USDC', 'ETH']));
    expect((await ex.fetchAccounts()).map((a) => a.id)).toContain(String(acct.accountIndex));
    const deposits = await ex.fetchDeposits(undefined, undefined, undefined, { address: acct.l1Address });
    expect(deposits.length).toBeGreaterThan(0);
    expect(await ex.fetchWithdrawals()).toEqual([]);
    expect(await ex.fetchTransfers()).toEqual([]);
  });

  it('sets leverage and isolated margin mode, then adds and reduces isolated margin', async () => {
    const BTC = 'BTC/USDC:USDC';
    await ex.setLeverage(10, SWAP, { marginMode: 'cross' });
    expect((await ex.fetchPosition(SWAP)).leverage).toBe(10);
    await ex.setMarginMode('isolated', BTC, { leverage: 5 });
    await ex.createOrder(BTC, 'market', 'buy', 0.01, 200000);
    expect((await ex.fetchPosition(BTC)).marginMode).toBe('isolated');
    await ex.addMargin(BTC, 10);
    const added = Number((await ex.fetchPosition(BTC)).collateral);
    await ex.reduceMargin(BTC, 5);
    expect(Number((await ex.fetchPosition(BTC)).collateral)).toBeCloseTo(added - 5, 6);
  });

  it('transfers between accounts of one L1 owner and withdraws', async () => {
    const sub = await sim.createAccount({ collateral: '0', l1Address: acct.l1Address });
    // ccxt names the route 'perp' (anything else is the spot route) and the target toAccountIndex
    await ex.transfer('USDC', 12, 'perp', 'perp', { toAccountIndex: sub.accountIndex });
    const subAccount = await ex.publicGetAccount({ by: 'index', value: sub.accountIndex });
    expect(subAccount.accounts[0].collateral).toBe('12.000000');
    await ex.withdraw('USDC', 10, acct.l1Address);
    expect((await ex.fetchWithdrawals()).length).toBe(1);
  });

  it('trades over WS (createOrderWs, cancelAllOrdersWs) and schedules a cancel-all', async () => {
    const created = await ex.createOrderWs(SWAP, 'limit', 'buy', 0.1, 1970);
    expect((created.info as { code: number }).code).toBe(200);
    expect((await ex.fetchOpenOrders(SWAP)).some((o) => o.price === 1970)).toBe(true);
    await ex.cancelAllOrdersWs(SWAP);
    expect(await openIds()).toHaveLength(0);
    const scheduled = (await ex.cancelAllOrdersAfter(600_000)) as { code: number };
    expect(scheduled.code).toBe(200);
  });

  it('watches all tickers and the mark price, and unsubscribes from the order book', async () => {
    expect(Object.keys(await ex.watchTickers([SWAP]))).toContain(SWAP);
    expect((await ex.watchMarkPrice(SWAP)).markPrice).toBeGreaterThan(0);
    expect(await ex.unWatchOrderBook(SWAP)).toBe(true);
    await waitUntil(() => !sim.connections().some((c) => c.subscriptions.includes('order_book:0')));
  });
});

/** Resolves once `cond` holds (polled; no deadline: the test timeout is the bound). */
async function waitUntil(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 20));
}

/** Resolves once some simulator connection holds `key` (subscriptions are answered asynchronously). */
async function waitSubscribed(sim: Simulator, key: string): Promise<void> {
  while (!sim.connections().some((c) => c.subscriptions.includes(key))) await new Promise((r) => setTimeout(r, 20));
}
