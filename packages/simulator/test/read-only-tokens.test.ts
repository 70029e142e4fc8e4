import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CreatedAccount, type Simulator, startSimulator } from '../src/index.js';
import { getJson, signerFor, WsProbe } from './helpers.js';

async function post(
  sim: Simulator,
  path: string,
  form: Record<string, string>,
  auth?: string,
): Promise<Record<string, unknown>> {
  const res = await fetch(`${sim.httpUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(auth === undefined ? {} : { authorization: auth }),
    },
    body: new URLSearchParams(form).toString(),
  });
  return (await res.json()) as Record<string, unknown>;
}

describe('read-only API tokens (docs/protocol/rest.md#read-only-tokens)', () => {
  let sim: Simulator;
  let acct: CreatedAccount;
  let other: CreatedAccount;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false });
    acct = await sim.createAccount();
    other = await sim.createAccount();
  });
  afterAll(async () => {
    await sim.close();
  });
  const day = () => Math.floor(sim.now() / 1000) + 2 * 86_400;

  it('creates (API-key auth only), lists without the secret, and revokes', async () => {
    const keyAuth = signerFor(sim, acct).createAuthToken();
    const created = await post(
      sim,
      '/api/v1/tokens/create',
      { account_index: String(acct.accountIndex), name: 'dash', expiry: String(day()), sub_account_access: 'false' },
      keyAuth,
    );
    expect(created).toMatchObject({
      code: 200,
      name: 'dash',
      account_index: acct.accountIndex,
      revoked: false,
      scopes: 'read.*',
      sub_account_access: false,
    });
    const token = created.api_token as string;
    expect(token).toMatch(new RegExp(`^ro:${acct.accountIndex}:single:\\d+:[0-9a-f]{32}$`));
    // a read-only token cannot mint more tokens
    expect(
      (
        await post(
          sim,
          '/api/v1/tokens/create',
          { account_index: String(acct.accountIndex), name: 'x', expiry: String(day()) },
          token,
        )
      ).code,
    ).toBe(20013);
    const listed = await fetch(`${sim.httpUrl}/api/v1/tokens?account_index=${acct.accountIndex}`, {
      headers: { authorization: keyAuth },
    });
    const list = (await listed.json()) as { api_tokens: Record<string, unknown>[] };
    expect(list.api_tokens).toHaveLength(1);
    expect(list.api_tokens[0]).not.toHaveProperty('api_token');
    // reads work on it, on REST and on a private WS channel of a read-only connection
    const path = `/api/v1/accountActiveOrders?account_index=${acct.accountIndex}&market_id=0`;
    expect((await getJson(sim, `${path}&auth=${encodeURIComponent(token)}`)).body.code).toBe(200);
    const ws = await WsProbe.open(`${sim.wsUrl}?readonly=true`);
    ws.send({ type: 'subscribe', channel: `account_all_orders/${acct.accountIndex}`, auth: token });
    expect((await ws.nextNew((f) => 'error' in f || String(f.type).startsWith('subscribed/'))).type).toBe(
      'subscribed/account_all_orders',
    );
    // not for another owner's account
    ws.send({ type: 'subscribe', channel: `account_all_orders/${other.accountIndex}`, auth: token });
    expect(((await ws.nextNew((f) => 'error' in f)).error as { code: number }).code).toBe(20013);
    ws.close();
    const revoked = await post(
      sim,
      '/api/v1/tokens/revoke',
      { account_index: String(acct.accountIndex), token_id: String(created.token_id) },
      keyAuth,
    );
    expect(revoked).toMatchObject({ code: 200, token_id: created.token_id, revoked: true });
    expect((await getJson(sim, `${path}&auth=${encodeURIComponent(token)}`)).body.code).toBe(20013);
  });

  it('enforces the documented limits: expiry 1 day..10 years, name 1..50, no custom scope, 10 per account', async () => {
    const keyAuth = signerFor(sim, other).createAuthToken();
    const base = { account_index: String(other.accountIndex), name: 'n', expiry: String(day()) };
    const code = async (f: Record<string, string>) =>
      (await post(sim, '/api/v1/tokens/create', { ...base, ...f }, keyAuth)).code;
    expect(await code({ expiry: String(Math.floor(sim.now() / 1000) + 3600) })).toBe(20001);
    expect(await code({ expiry: String(Math.floor(sim.now() / 1000) + 11 * 366 * 86_400) })).toBe(20001);
    expect(await code({ name: 'x'.repeat(51) })).toBe(61008);
    expect(await code({ scopes: 'trade.*' })).toBe(61004);
    for (let i = 0; i < 10; i++) expect(await code({ name: `t${i}` })).toBe(200);
    expect(await code({ name: 'eleventh' })).toBe(61003);
  });
});
