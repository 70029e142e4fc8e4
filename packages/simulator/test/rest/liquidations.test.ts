import { parseLiquidationInfos, parseWsFrame } from '@lighter-ts/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../src/index.js';
import { getJson, signerFor, WsProbe } from '../helpers.js';

describe('liquidations over REST and WS', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false, flushIntervalMs: 10 });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('a mark move below maintenance liquidates and is reported', async () => {
    const maker = await sim.createAccount({ collateral: '100000' });
    const me = await sim.createAccount({ collateral: '100' });
    const ws = await WsProbe.open(sim.wsUrl);
    ws.send({ type: 'subscribe', channel: 'trade/0' });
    await ws.next((f) => f.type === 'subscribed/trade');
    sim.placeOrder({ accountIndex: maker.accountIndex, marketIndex: 0, isAsk: true, price: '3000.00', size: '0.5000' });
    expect(
      sim.placeOrder({
        accountIndex: me.accountIndex,
        marketIndex: 0,
        isAsk: false,
        price: '3000.00',
        size: '0.5000',
        timeInForce: 'ioc',
      }).status,
    ).toBe('filled');
    sim.setMarkPrice(0, '2820.00');
    const auth = encodeURIComponent(signerFor(sim, me).createAuthToken());
    const r = await getJson(sim, `/api/v1/liquidations?account_index=${me.accountIndex}&limit=10&auth=${auth}`);
    expect(r.status).toBe(200);
    const parsed = parseLiquidationInfos(r.body);
    expect(parsed.liquidations).toHaveLength(1);
    expect((r.body.liquidations as { trade: { size: string } }[])[0]!.trade.size).toBe('0.5000');
    const frame = await ws.next((f) => f.type === 'update/trade' && (f.liquidation_trades as unknown[]).length > 0);
    expect((parseWsFrame(frame) as { kind: string }).kind).toBe('trade');
    expect((frame.liquidation_trades as { type: string }[])[0]!.type).toBe('liquidation');
    ws.close();
  });
});
