import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../src/index.js';
import { getJson } from '../helpers.js';

describe('REST rate limits (venue weights)', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false, rateLimit: { weightPerMinute: 1000 } });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('spends weight per route and answers 429 with Retry-After when over budget', async () => {
    // recentTrades weighs 600: one fits, the second does not
    expect((await getJson(sim, '/api/v1/recentTrades?market_id=0&limit=1')).status).toBe(200);
    const r = await getJson(sim, '/api/v1/recentTrades?market_id=0&limit=1');
    expect(r.status).toBe(429);
    expect(r.body).toEqual({ code: 23000, message: 'Too Many Requests!' });
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    // nextNonce weighs 6 and still fits in the remaining 400
    const acct = await sim.createAccount();
    expect(
      (await getJson(sim, `/api/v1/nextNonce?account_index=${acct.accountIndex}&api_key_index=${acct.apiKeyIndex}`))
        .status,
    ).toBe(200);
  });
});
