// Time-driven settlement of Up/Down markets (docs/protocol/binary-options.md#settlement): a market with
// `settleAtEnd` settles by itself when the venue clock passes the end of its window, from its underlying's price
// against the reference, pays positions out, reports PnL, refuses new orders with 21605, and shows the settled
// status on REST (events) and WS (bo_market_stats). The tests drive the clock with `advanceTime`.
import { parseBoPnl, parseEvents } from '@lighter-ts/models';
import { afterEach, describe, expect, it } from 'vitest';
import { binaryMarketSpec, DEFAULT_MARKETS, type MarketSpec, type Simulator, startSimulator } from '../src/index.js';
import { getJson, sendTx, signerFor, WsProbe } from './helpers.js';

const TEN_SHARES = 100_000; // 10.0000 shares at 4 size decimals

function market(p: { startAt: number; endAt: number; referencePrice?: string }): MarketSpec {
  return binaryMarketSpec({ marketIndex: 1002, duration: '5m', eventId: 4001, settleAtEnd: true, ...p });
}

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** An Up buyer and a Down seller trade 10 shares at 0.55 (signed txs through the REST API). */
async function trade(s: Simulator) {
  const up = await s.createAccount({ collateral: '100' });
  const down = await s.createAccount({ collateral: '100' });
  const order = { marketIndex: 1002, baseAmount: TEN_SHARES, price: 55, orderType: 0, nonce: 0 };
  const buy = signerFor(s, up).signCreateOrder({ ...order, isAsk: false, timeInForce: 1, orderExpiry: -1 });
  expect((await sendTx(s, buy)).body.code).toBe(200);
  const sell = signerFor(s, down).signCreateOrder({ ...order, isAsk: true, timeInForce: 0, orderExpiry: 0 });
  expect((await sendTx(s, sell)).body.code).toBe(200);
  return { up, down };
}

const eventMarket = async (s: Simulator) =>
  parseEvents((await getJson(s, '/api/v1/events?tag=btc-updown-5m')).body).events[0]?.markets[0];
const collateral = async (s: Simulator, index: number) =>
  ((await getJson(s, `/api/v1/account?by=index&value=${index}`)).body.accounts as { collateral: string }[])[0]
    ?.collateral;

describe('binary market settles at the end of its window', () => {
  it('Up wins when the underlying ends above its price at the window opening: payout, PnL, 21605, status on REST and WS', async () => {
    const nowS = Math.floor(Date.now() / 1000);
    sim = await startSimulator({
      marketMakers: false,
      flushIntervalMs: 10,
      markets: [...DEFAULT_MARKETS, market({ startAt: nowS - 10, endAt: nowS + 300 })],
    });
    const s = sim;
    const { up, down } = await trade(s);
    const ws = await WsProbe.open(s.wsUrl);
    ws.send({ type: 'subscribe', channel: 'bo_market_stats/1002' });
    await ws.next((f) => f.type === 'subscribed/bo_market_stats');

    // Inside the window nothing happens: the market is open and takes orders.
    s.advanceTime(1_000);
    expect(await eventMarket(s)).toMatchObject({ status: 'active', settlement_price: null });
    s.setMarkPrice(1, '90000.1'); // the reference was 90000.0, the mark when the window was seen open
    s.advanceTime(300_000);

    expect(await eventMarket(s)).toMatchObject({ status: 'settled', settlement_price: '1.00' });
    expect([await collateral(s, up.accountIndex), await collateral(s, down.accountIndex)]).toEqual([
      '104.500000',
      '95.500000',
    ]);
    const pnl = parseBoPnl(
      (
        await getJson(
          s,
          `/api/v1/boPnl?account=${up.accountIndex}&auth=${encodeURIComponent(signerFor(s, up).createAuthToken())}`,
        )
      ).body,
    );
    expect(pnl.events[0]).toMatchObject({ event_id: 4001, total_pnl: '4.500000', settlement_pnl: '4.500000' });
    const stats = await ws.next(
      (f) =>
        f.type === 'update/bo_market_stats' &&
        (f.bo_market_stats as { status?: string } | undefined)?.status === 'settled',
    );
    expect(stats.bo_market_stats).toMatchObject({ market_id: 1002, settlement_price: '1.00' });
    ws.close();

    const late = signerFor(s, up).signCreateOrder({
      marketIndex: 1002,
      baseAmount: TEN_SHARES,
      price: 50,
      isAsk: false,
      orderType: 0,
      timeInForce: 1,
      orderExpiry: -1,
      nonce: 1,
    });
    expect((await sendTx(s, late)).body.code).toBe(21605);
  });

  it('Down wins on a tie with an explicit reference price; before its window the market stays open', async () => {
    const nowS = Math.floor(Date.now() / 1000);
    sim = await startSimulator({
      marketMakers: false,
      markets: [...DEFAULT_MARKETS, market({ startAt: nowS + 600, endAt: nowS + 900, referencePrice: '91000.0' })],
    });
    const s = sim;
    const { up, down } = await trade(s);
    s.setMarkPrice(1, '91000.0');
    s.advanceTime(100_000); // before the window: still open
    expect(await eventMarket(s)).toMatchObject({ status: 'active' });
    s.advanceTime(900_000);
    expect(await eventMarket(s)).toMatchObject({ status: 'settled', settlement_price: '0.00' });
    expect([await collateral(s, up.accountIndex), await collateral(s, down.accountIndex)]).toEqual([
      '94.500000',
      '105.500000',
    ]);
  });

  it('without settleAtEnd the market waits for the operator, and the terms are checked', async () => {
    const nowS = Math.floor(Date.now() / 1000);
    const manual = market({ startAt: nowS - 10, endAt: nowS + 1 });
    sim = await startSimulator({
      marketMakers: false,
      markets: [...DEFAULT_MARKETS, { ...manual, binary: { ...manual.binary!, settleAtEnd: false } }],
    });
    sim.advanceTime(60_000);
    expect(await eventMarket(sim)).toMatchObject({ status: 'active' });
    await expect(
      startSimulator({
        markets: [...DEFAULT_MARKETS, { ...manual, binary: { ...manual.binary!, underlyingMarketIndex: 2048 } }],
      }),
    ).rejects.toMatchObject({ field: 'markets[3].binary.underlyingMarketIndex' });
    await expect(
      startSimulator({
        markets: [...DEFAULT_MARKETS, { ...manual, binary: { ...manual.binary!, referencePrice: '9e4' } }],
      }),
    ).rejects.toMatchObject({ field: 'markets[3].binary.referencePrice' });
  });
});
