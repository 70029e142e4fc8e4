import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSimulatorInputError, type Simulator, startSimulator } from '../../src/index.js';
import { getJson } from '../helpers.js';

describe('REST faults', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('answers 429 with Retry-After once, then recovers', async () => {
    sim.faults.inject({ kind: 'rest-status', status: 429, retryAfterSeconds: 7 });
    const r = await getJson(sim, '/api/v1/orderBooks');
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('7');
    expect(r.body).toEqual({ code: 23000, message: 'Too Many Requests!' });
    expect((await getJson(sim, '/api/v1/orderBooks')).status).toBe(200);
  });

  it('answers 5xx for a given path only, `times` times', async () => {
    sim.faults.inject({ kind: 'rest-status', status: 503, path: '/api/v1/orderBookDetails', times: 2 });
    expect((await getJson(sim, '/api/v1/orderBooks')).status).toBe(200);
    expect((await getJson(sim, '/api/v1/orderBookDetails')).status).toBe(503);
    expect((await getJson(sim, '/api/v1/orderBookDetails')).status).toBe(503);
    expect((await getJson(sim, '/api/v1/orderBookDetails')).status).toBe(200);
  });

  it('delays a response (observed via an abort that fires first)', async () => {
    sim.faults.inject({ kind: 'rest-delay', ms: 5_000 });
    const ac = new AbortController();
    const p = fetch(`${sim.httpUrl}/api/v1/orderBooks`, { signal: ac.signal });
    setTimeout(() => ac.abort(), 50);
    await expect(p).rejects.toThrow();
  });

  it('truncates a body', async () => {
    sim.faults.inject({ kind: 'rest-truncate' });
    await expect(
      fetch(`${sim.httpUrl}/api/v1/orderBookDetails`).then(async (r) => JSON.parse(await r.text()) as unknown),
    ).rejects.toThrow();
    expect((await getJson(sim, '/api/v1/orderBookDetails')).status).toBe(200);
  });

  it('removes faults by handle and validates specs', async () => {
    const h = sim.faults.inject({ kind: 'rest-status', status: 500, times: 100 });
    expect(sim.faults.list().length).toBe(1);
    h.remove();
    expect((await getJson(sim, '/api/v1/orderBooks')).status).toBe(200);
    try {
      sim.faults.inject({ kind: 'rest-status', status: 200 });
      expect.unreachable();
    } catch (e) {
      expect(isSimulatorInputError(e)).toBe(true);
    }
  });
});
