// Binary options (Up/Down markets) end to end through the simulator's REST API and WS
// (docs/protocol/binary-options.md): list, place Up and Down, fill, settle, PnL.
import { parseBoPnl, parseEvents, parseWsFrame } from '@lighter-ts/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryMarketSpec, DEFAULT_MARKETS, type MarketSpec, type Simulator, startSimulator } from '../src/index.js';
import { getJson, sendTx, signerFor, WsProbe } from './helpers.js';

const START = 1_761_400_800;
const BO: MarketSpec = binaryMarketSpec({ startAt: START, eventId: 1111 });
const TEN_SHARES = 100_000; // 10.0000 shares at 4 size decimals

async function adminSettle(sim: Simulator, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${sim.httpUrl}/__sim/binary/settle`, { method: 'POST', body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('binary option market (Up/Down) lifecycle', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false, flushIntervalMs: 10, markets: [...DEFAULT_MARKETS, BO] });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('lists the market through events (and not through orderBooks), places Up and Down, fills, settles and reports PnL', async () => {
    const events = parseEvents((await getJson(sim, '/api/v1/events?active=true&tag=btc-updown-15m&limit=2')).body);
    expect(events.events.map((e) => [e.event_id, e.markets.map((m) => m.market_id)])).toEqual([[1111, [1001]]]);
    expect(events.events[0]?.markets[0]).toMatchObject({
      settlement_cap: 100,
      status: 'active',
      settlement_price: null,
    });
    const books = (await getJson(sim, '/api/v1/orderBooks')).body.order_books as { market_id: number }[];
    expect(books.map((b) => b.market_id)).not.toContain(1001);

    const up = await sim.createAccount({ collateral: '100' });
    const down = await sim.createAccount({ collateral: '100' });
    const upSigner = signerFor(sim, up);
    const ws = await WsProbe.open(sim.wsUrl);
    ws.send({ type: 'subscribe', channel: `account_market/1001/${up.accountIndex}`, auth: upSigner.createAuthToken() });
    await ws.next((f) => f.type === 'subscribed/account_market');

    // Up: buy 10 shares at 0.55, resting; Down: sell 10 shares at 0.55, IOC, takes it.
    const buy = upSigner.signCreateOrder({
      marketIndex: 1001,
      baseAmount: TEN_SHARES,
      price: 55,
      isAsk: false,
      orderType: 0,
      timeInForce: 1,
      orderExpiry: -1,
      nonce: 0,
    });
    expect((await sendTx(sim, buy)).body.code).toBe(200);
    // A second Up bid that never fills: settlement must cancel it.
    const rest = upSigner.signCreateOrder({
      marketIndex: 1001,
      baseAmount: TEN_SHARES,
      price: 40,
      isAsk: false,
      orderType: 0,
      timeInForce: 1,
      orderExpiry: -1,
      nonce: 1,
    });
    expect((await sendTx(sim, rest)).body.code).toBe(200);
    const sell = signerFor(sim, down).signCreateOrder({
      marketIndex: 1001,
      baseAmount: TEN_SHARES,
      price: 55,
      isAsk: true,
      orderType: 0,
      timeInForce: 0,
      orderExpiry: 0,
      nonce: 0,
    });
    expect((await sendTx(sim, sell)).body.code).toBe(200);

    const frame = parseWsFrame(
      await ws.next(
        (f) =>
          f.type === 'update/account_market' &&
          (f as { bo_position?: { position?: string } }).bo_position?.position === '10.0000',
      ),
    );
    if (frame.kind !== 'account_market') throw new Error(frame.kind);
    expect(frame.bo_position).toMatchObject({ market_id: 1001, sign: 1, position: '10.0000' });
    expect(frame.position).toBeNull();
    ws.close();

    const acct = async (index: number) =>
      (await getJson(sim, `/api/v1/account?by=index&value=${index}`)).body.accounts as {
        collateral: string;
        positions: unknown[];
        bo_positions: { market_id: number; sign: number; position: string }[];
      }[];
    const [upBefore] = await acct(up.accountIndex);
    expect(upBefore?.positions).toEqual([]);
    expect(upBefore?.bo_positions[0]).toMatchObject({ market_id: 1001, sign: 1, position: '10.0000' });
    const [downBefore] = await acct(down.accountIndex);
    expect(downBefore?.bo_positions[0]).toMatchObject({ market_id: 1001, sign: -1, position: '10.0000' });

    const pnlPath = (index: number, signer = signerFor(sim, index === up.accountIndex ? up : down)) =>
      `/api/v1/boPnl?account=${index}&auth=${encodeURIComponent(signer.createAuthToken())}`;
    const open = parseBoPnl((await getJson(sim, pnlPath(up.accountIndex))).body);
    expect(open.events[0]).toMatchObject({ event_id: 1111, total_pnl: '0.000000', settlement_pnl: null });

    // The operator settles Up: an Up share pays the cap (1.00), a Down share nothing.
    const settled = await adminSettle(sim, { marketIndex: 1001, price: '1.00' });
    expect(settled.status).toBe(200);
    expect(settled.body.pnl).toEqual({ [up.accountIndex]: '4.500000', [down.accountIndex]: '-4.500000' });

    const [upAfter] = await acct(up.accountIndex);
    const [downAfter] = await acct(down.accountIndex);
    expect([upAfter?.collateral, downAfter?.collateral]).toEqual(['104.500000', '95.500000']);
    expect(upAfter?.bo_positions[0]).toMatchObject({ position: '0.0000' });
    const upPnl = parseBoPnl((await getJson(sim, pnlPath(up.accountIndex))).body);
    expect(upPnl.events[0]).toMatchObject({ event_id: 1111, total_pnl: '4.500000', settlement_pnl: '4.500000' });
    expect(upPnl.events[0]?.markets[0]).toMatchObject({ market_id: 1001, settlement_pnl: '4.500000' });
    const downPnl = parseBoPnl((await getJson(sim, pnlPath(down.accountIndex))).body);
    expect(downPnl.events[0]).toMatchObject({ total_pnl: '-4.500000', settlement_pnl: '-4.500000' });

    const inactive = await getJson(
      sim,
      `/api/v1/accountInactiveOrders?account_index=${up.accountIndex}&limit=5&auth=${encodeURIComponent(upSigner.createAuthToken())}`,
    );
    expect((inactive.body.orders as { price: string; status: string }[]).find((o) => o.price === '0.40')?.status).toBe(
      'canceled',
    );
    const after = parseEvents((await getJson(sim, '/api/v1/events')).body);
    expect(after.events[0]?.markets[0]).toMatchObject({ status: 'settled', settlement_price: '1.00' });
    const late = upSigner.signCreateOrder({
      marketIndex: 1001,
      baseAmount: TEN_SHARES,
      price: 50,
      isAsk: false,
      orderType: 0,
      timeInForce: 1,
      orderExpiry: -1,
      nonce: 2,
    });
    expect((await sendTx(sim, late)).body.code).toBe(21605);
    expect((await adminSettle(sim, { marketIndex: 1001, price: '0.00' })).status).toBe(400);
  });
});

describe('binary market rules in the engine', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({
      marketMakers: false,
      markets: [...DEFAULT_MARKETS, { ...BO, binary: { ...BO.binary!, settlementCap: 100 } }],
    });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('rejects a price at the cap and an order the collateral cannot pay in full', async () => {
    const a = await sim.createAccount({ collateral: '100' });
    const s = signerFor(sim, a);
    const atCap = s.signCreateOrder({
      marketIndex: 1001,
      baseAmount: TEN_SHARES,
      price: 100,
      isAsk: false,
      orderType: 0,
      timeInForce: 1,
      orderExpiry: -1,
      nonce: 0,
    });
    expect((await sendTx(sim, atCap)).body.code).toBe(21702);
    const poor = await sim.createAccount({ collateral: '5' });
    // A Down order at 0.40 risks 0.60 per share: 6 USDC for 10 shares, more than the 5 held.
    const down = signerFor(sim, poor).signCreateOrder({
      marketIndex: 1001,
      baseAmount: TEN_SHARES,
      price: 40,
      isAsk: true,
      orderType: 0,
      timeInForce: 1,
      orderExpiry: -1,
      nonce: 0,
    });
    expect((await sendTx(sim, down)).body.code).toBe(21304);
    // An Up order at 0.40 risks 4 USDC: it rests.
    const upOrder = signerFor(sim, poor).signCreateOrder({
      marketIndex: 1001,
      baseAmount: TEN_SHARES,
      price: 40,
      isAsk: false,
      orderType: 0,
      timeInForce: 1,
      orderExpiry: -1,
      nonce: 0,
    });
    expect((await sendTx(sim, upOrder)).body.code).toBe(200);
  });

  it('serves flat underlying candles at the linked perp mark price, paged by next_cursor', async () => {
    sim.setMarkPrice(1, '91000.0');
    const r = await getJson(
      sim,
      `/api/v1/upDownCandles?symbol=BTC&duration=15m&resolution=30s&start_timestamp=${START}&end_timestamp=${START + 90}&limit=2`,
    );
    expect(r.body.candles).toEqual([
      { t: START, o: '91000.0', h: '91000.0', l: '91000.0', c: '91000.0' },
      { t: START + 30, o: '91000.0', h: '91000.0', l: '91000.0', c: '91000.0' },
    ]);
    expect(r.body.next_cursor).toBe(START + 60);
    const tooWide = await getJson(
      sim,
      `/api/v1/upDownCandles?symbol=btc&duration=15m&start_timestamp=${START}&end_timestamp=${START + 86_401}`,
    );
    expect(tooWide.body.code).toBe(20001);
  });

  it('refuses a binary market spec outside the binary index range', async () => {
    await expect(startSimulator({ markets: [{ ...BO, marketIndex: 500 }] })).rejects.toThrow(/marketIndex/);
  });
});
