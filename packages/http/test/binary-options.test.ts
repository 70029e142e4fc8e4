// Binary options (Up/Down markets) through the public HTTP client against the simulator over real sockets
// (docs/protocol/binary-options.md): discover the market with `events`, place Up and Down with signed orders,
// fill, let the operator settle, read PnL with `boPnl`.
import { createSigner, type Signer } from '@lighter-ts/signing';
import {
  binaryMarketSpec,
  type CreatedAccount,
  DEFAULT_MARKETS,
  type Simulator,
  startSimulator,
} from '@lighter-ts/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthTokenProvider, isLighterInputError, LighterHttpClient } from '../src/index.js';

const START = 1_761_400_800;
let sim: Simulator;
const clients: LighterHttpClient[] = [];

beforeAll(async () => {
  sim = await startSimulator({
    marketMakers: false,
    markets: [
      ...DEFAULT_MARKETS,
      binaryMarketSpec({ marketIndex: 1002, underlying: 'eth', duration: '5m', eventId: 2001, startAt: START }),
    ],
  });
});
afterAll(async () => {
  for (const c of clients) await c.close();
  await sim?.close();
});

function trader(acct: CreatedAccount): { signer: Signer; client: LighterHttpClient } {
  const signer = createSigner({
    chainId: sim.chainId,
    accountIndex: acct.accountIndex,
    apiKeyIndex: acct.apiKeyIndex,
    privateKey: acct.privateKey,
  });
  const client = new LighterHttpClient({
    network: { baseUrl: sim.httpUrl, chainId: sim.chainId },
    auth: createAuthTokenProvider({ signer }),
  });
  clients.push(client);
  return { signer, client };
}

describe('binary option lifecycle through the HTTP client', () => {
  it('events → Up and Down orders → fill → settlement → boPnl', async () => {
    const [upAcct, downAcct] = [
      await sim.createAccount({ collateral: '50' }),
      await sim.createAccount({ collateral: '50' }),
    ];
    const up = trader(upAcct);
    const down = trader(downAcct);

    const page = await up.client.events({ active: true, tag: 'eth-updown-5m', limit: 5 });
    const market = page.events[0]?.markets[0];
    expect(market).toMatchObject({ market_id: 1002, settlement_cap: 100, price_decimals: 2 });
    const marketIndex = market!.market_id;

    // Up: buy 20 shares at 0.30 (rests); Down: sell 20 at 0.30 (takes it, IOC).
    const buy = up.signer.signCreateOrder({
      marketIndex,
      baseAmount: 200_000,
      price: 30,
      isAsk: false,
      orderType: 0,
      timeInForce: 1,
      orderExpiry: -1,
      nonce: 0,
    });
    expect((await up.client.sendTx({ txType: buy.txType, txInfo: buy.txInfo })).code).toBe(200);
    const sell = down.signer.signCreateOrder({
      marketIndex,
      baseAmount: 200_000,
      price: 30,
      isAsk: true,
      orderType: 0,
      timeInForce: 0,
      orderExpiry: 0,
      nonce: 0,
    });
    expect((await down.client.sendTx({ txType: sell.txType, txInfo: sell.txInfo })).code).toBe(200);

    const before = await up.client.boPnl({ account: upAcct.accountIndex });
    expect(before.events[0]).toMatchObject({ event_id: 2001, settlement_pnl: null });

    // Down wins: the operator settles at 0; Up shares pay nothing, Down shares the cap (1.00).
    expect(sim.settleBinaryMarket({ marketIndex, price: '0.00' }).pnl).toEqual({
      [upAcct.accountIndex]: '-6.000000',
      [downAcct.accountIndex]: '6.000000',
    });

    const upPnl = await up.client.boPnl({ account: upAcct.accountIndex, eventId: 2001 });
    expect(upPnl.events[0]).toMatchObject({ event_id: 2001, total_pnl: '-6.000000', settlement_pnl: '-6.000000' });
    const downPnl = await down.client.boPnl({ account: downAcct.accountIndex });
    expect(downPnl.events[0]?.markets[0]).toMatchObject({
      market_id: 1002,
      total_pnl: '6.000000',
      settlement_pnl: '6.000000',
    });
    const acct = await down.client.account({ by: 'index', value: String(downAcct.accountIndex) });
    expect(acct.accounts[0]?.collateral).toBe('56.000000');

    const candles = await up.client.upDownCandles({
      symbol: 'ETH',
      duration: '5m',
      resolution: '1s',
      startTimestamp: START,
      endTimestamp: START + 2,
    });
    expect(candles.candles.map((c) => c.t)).toEqual([START, START + 1, START + 2]);
  });

  it('validates binary-route parameters before any I/O, naming the field', async () => {
    const { client } = trader(await sim.createAccount({ collateral: '1' }));
    const err = await client
      .upDownCandles({ symbol: 'btc', duration: '15m', startTimestamp: START, endTimestamp: START + 86_401 })
      .catch((e: unknown) => e);
    expect(isLighterInputError(err) && err.field).toBe('endTimestamp');
    const limit = await client.events({ limit: 101 }).catch((e: unknown) => e);
    expect(isLighterInputError(limit) && limit.field).toBe('limit');
  });
});
