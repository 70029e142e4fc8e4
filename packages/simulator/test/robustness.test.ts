import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.js';
import { SeededRandom } from '../src/util/prng.js';
import { getJson, postForm, WsProbe } from './helpers.js';

const PIECES = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  ',',
  '-1',
  '0',
  '1e99',
  '18446744073709551616',
  'null',
  'true',
  '"AccountIndex"',
  '"Nonce"',
  '"ExpiredAt"',
  '"Sig"',
  '"MarketIndex"',
  '"Orders"',
  '\\u0000',
  ' ',
];

function garbage(rng: SeededRandom): string {
  let s = '';
  const n = rng.int(0, 30);
  for (let i = 0; i < n; i++) s += PIECES[rng.int(0, PIECES.length - 1)];
  return s;
}

describe('bad input never crashes the simulator', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('answers 1000 garbage sendTx bodies with a JSON venue error', async () => {
    const rng = new SeededRandom(99);
    const acct = await sim.createAccount();
    for (let i = 0; i < 1000; i++) {
      const body =
        i % 3 === 0
          ? `{"AccountIndex":${acct.accountIndex},"ApiKeyIndex":${acct.apiKeyIndex},"ExpiredAt":${sim.now() + 60_000},"Nonce":0,${garbage(rng)}}`
          : garbage(rng);
      const r = await postForm(sim, '/api/v1/sendTx', { tx_type: String(rng.int(0, 50)), tx_info: body });
      expect(r.status).toBe(400);
      expect(typeof r.body.code).toBe('number');
    }
    for (let i = 0; i < 200; i++) {
      const r = await postForm(sim, '/api/v1/sendTxBatch', { tx_types: garbage(rng), tx_infos: garbage(rng) });
      expect(r.status).toBe(400);
    }
    const q = ['market_id=-1', 'market_id=99999999999999999999', 'limit=0', 'limit=abc', 'market_id=0&limit=251', ''];
    for (const route of [
      'orderBookOrders',
      'recentTrades',
      'candles',
      'fundings',
      'account',
      'nextNonce',
      'apikeys',
      'trades',
      'accountActiveOrders',
    ]) {
      for (const query of q) {
        const r = await getJson(sim, `/api/v1/${route}?${query}`);
        expect([200, 400]).toContain(r.status);
      }
    }
    expect((await getJson(sim, '/api/v1/nope')).status).toBe(404);
    expect((await getJson(sim, '/api/v1/orderBooks')).status).toBe(200);
    // about 1,300 sequential requests: ~20 s on an idle 2-core machine, far more under load
  }, 180_000);

  it('answers garbage WS messages with error frames and stays up', async () => {
    const rng = new SeededRandom(7);
    const ws = await WsProbe.open(sim.wsUrl);
    for (let i = 0; i < 300; i++) {
      const kind = i % 4;
      if (kind === 0) ws.send(garbage(rng));
      else if (kind === 1) ws.send({ type: 'subscribe', channel: garbage(rng) });
      else if (kind === 2)
        ws.send({ type: 'jsonapi/sendtx', data: { tx_type: rng.int(0, 40), tx_info: garbage(rng) } });
      else ws.send({ type: 'jsonapi/sendtxbatch', data: { tx_types: garbage(rng), tx_infos: garbage(rng) } });
    }
    ws.send({ type: 'ping' });
    await ws.nextNew((f) => f.type === 'pong');
    expect(ws.closed).toBeUndefined();
    expect(
      ws.frames.filter((f) => 'error' in f || (typeof f.code === 'number' && f.code !== 200)).length,
    ).toBeGreaterThan(250);
    ws.close();
  });
});
