// CORS: a browser page on another origin can call every REST route and open the stream.
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../src/index.js';

const ORIGIN = 'http://127.0.0.1:9';

describe('CORS', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('answers a preflight with the methods and the requested headers, without spending a fault', async () => {
    sim.faults.inject({ kind: 'rest-status', status: 503, path: '/api/v1/sendTx', times: 1 });
    const res = await fetch(`${sim.httpUrl}/api/v1/sendTx`, {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
    // The injected fault is still there for the real request.
    const real = await fetch(`${sim.httpUrl}/api/v1/sendTx`, { method: 'POST', headers: { origin: ORIGIN } });
    expect(real.status).toBe(503);
    expect(real.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('allows the origin on success, venue errors and 404s, and exposes Retry-After', async () => {
    const ok = await fetch(`${sim.httpUrl}/api/v1/orderBooks`, { headers: { origin: ORIGIN } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    expect(ok.headers.get('access-control-expose-headers')).toContain('retry-after');
    const bad = await fetch(`${sim.httpUrl}/api/v1/account?by=index&value=nope`, { headers: { origin: ORIGIN } });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.headers.get('access-control-allow-origin')).toBe('*');
    const missing = await fetch(`${sim.httpUrl}/nope`, { headers: { origin: ORIGIN } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('accepts a WebSocket from a foreign page origin', async () => {
    const ws = new WebSocket(sim.wsUrl, { origin: ORIGIN });
    const first = await new Promise<string>((resolve, reject) => {
      ws.once('message', (d) => resolve(d.toString()));
      ws.once('error', reject);
    });
    expect(JSON.parse(first)).toMatchObject({ type: 'connected' });
    ws.close();
  });
});
