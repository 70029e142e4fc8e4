// Admin routes of a long-lived simulator: faults and accounts over HTTP (for clients in any language).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.js';

describe('admin routes under /__sim/', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false });
  });
  afterAll(async () => {
    await sim.close();
  });

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${sim.httpUrl}${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('injects, lists and removes faults', async () => {
    const added = await call('POST', '/__sim/faults', {
      kind: 'rest-status',
      status: 503,
      path: '/api/v1/orderBooks',
      times: 5,
    });
    expect(added.status).toBe(200);
    const id = added.body.id as number;
    expect((await call('GET', '/api/v1/orderBooks')).status).toBe(503);
    expect((await call('GET', '/__sim/faults')).body.faults).toEqual([
      { id, kind: 'rest-status', status: 503, path: '/api/v1/orderBooks', times: 5 },
    ]);
    expect((await call('DELETE', `/__sim/faults/${id}`)).status).toBe(200);
    expect((await call('GET', '/api/v1/orderBooks')).status).toBe(200);
    expect((await call('DELETE', `/__sim/faults/${id}`)).status).toBe(404);
    await call('POST', '/__sim/faults', { kind: 'tx-reject', code: 21104 });
    expect(sim.faults.list()).toHaveLength(1);
    await call('DELETE', '/__sim/faults');
    expect(sim.faults.list()).toHaveLength(0);
  });

  it('answers 400 naming the field for an invalid fault or body', async () => {
    const bad = await call('POST', '/__sim/faults', { kind: 'rest-status', status: 200 });
    expect(bad).toMatchObject({ status: 400, body: { code: 20001 } });
    expect(String(bad.body.message)).toContain('fault.status');
    expect((await call('POST', '/__sim/faults', '{nope')).status).toBe(400);
    expect((await call('GET', '/__sim/nothing')).status).toBe(404);
  });

  it('mints a funded account with an API key', async () => {
    const r = await call('POST', '/__sim/accounts', { collateral: '1234', apiKeyIndex: 7 });
    const account = r.body.account as { accountIndex: number; apiKeyIndex: number; privateKey: string };
    expect(account.apiKeyIndex).toBe(7);
    const keys = (await call('GET', `/api/v1/apikeys?account_index=${account.accountIndex}&api_key_index=7`)).body;
    expect((keys.api_keys as { public_key: string }[])[0]?.public_key).toMatch(/^[0-9a-f]{80}$/);
    expect((await call('POST', '/__sim/accounts', { apiKeyIndex: 300 })).status).toBe(400);
  });
});
