import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNT_TIER_LIMITS,
  createRateLimitRegistry,
  type HttpEvent,
  isRateLimitError,
  isTxSendError,
  LighterHttpClient,
  premiumTxPerMinute,
} from '../src/index.js';
import { TokenBucket } from '../src/rate-limit.js';
import { fixtureText, json, type Loopback, startLoopback } from './helpers/loopback.js';

describe('TokenBucket', () => {
  it('refills continuously and reports the wait for a cost', () => {
    let now = 0;
    const b = new TokenBucket({ capacity: 60, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 60; i++) expect(b.tryTake(1)).toBe(true);
    expect(b.tryTake(1)).toBe(false);
    expect(b.waitTime(1)).toBe(1000);
    now += 1000;
    expect(b.tryTake(1)).toBe(true);
    expect(b.available()).toBeCloseTo(0);
    now += 120_000;
    expect(b.available()).toBe(60);
  });
});

describe('tiers', () => {
  it('standard: 60 unweighted REST/min and 60 tx/min; premium weighted with LIT tiers', () => {
    expect(ACCOUNT_TIER_LIMITS.standard).toEqual({ restPerMinute: 60, weighted: false, txPerMinute: 60 });
    expect(ACCOUNT_TIER_LIMITS.premium.restPerMinute).toBe(24_000);
    expect(premiumTxPerMinute(0)).toBe(4_000);
    expect(premiumTxPerMinute(10_000)).toBe(7_000);
    expect(premiumTxPerMinute(1_000_000)).toBe(40_000);
    expect(() => createRateLimitRegistry({ budget: { txPerMinute: 0 } })).toThrow(RangeError);
  });

  it('weighted tiers charge the route weight, standard charges 1', async () => {
    let now = 0;
    const premium = createRateLimitRegistry({ tier: 'premium', now: () => now });
    await premium.acquire({ kind: 'rest', origin: 'o', cost: 600, route: 'trades' });
    expect(premium.available('rest', 'o')).toBe(24_000 - 600);
    const std = createRateLimitRegistry({ now: () => now });
    await std.acquire({ kind: 'rest', origin: 'o', cost: 600, route: 'trades' });
    expect(std.available('rest', 'o')).toBe(59);
    now += 0;
  });
});

describe('waiting is visible and bounded', () => {
  let server: Loopback;
  beforeAll(async () => {
    server = await startLoopback((_r, res) => json(res, fixtureText('nt_next_nonce.json')));
  });
  afterAll(async () => {
    await server.close();
  });

  it('emits rateLimitWait before waiting, and two clients share one registry per (origin, account)', async () => {
    // Weighted 1200/min: nextNonce (weight 6) needs 300 ms of refill after a full drain. The buckets run
    // on a manual clock that moves only by the waits the registry announces, so a slow machine (time
    // passing between the drain and the calls) cannot refill the bucket behind the test's back.
    let clock = 1_000_000;
    const shared = createRateLimitRegistry({
      budget: { restPerMinute: 1200, weighted: true, txPerMinute: 1200 },
      now: () => clock,
    });
    const events: HttpEvent[] = [];
    const onEvent = (e: HttpEvent) => {
      events.push(e);
      if (e.type === 'rateLimitWait') clock += e.waitMs;
    };
    const mk = () =>
      new LighterHttpClient({
        network: { baseUrl: server.url, chainId: 300 },
        rateLimits: shared,
        rateLimitAccount: 1077,
        onEvent,
      });
    const a = mk();
    const b = mk();
    try {
      await shared.acquire({
        kind: 'rest',
        origin: new URL(server.url).origin,
        account: '1077',
        cost: 1200,
        route: 'drain',
      });
      await a.nextNonce({ accountIndex: 1077, apiKeyIndex: 3 });
      await b.nextNonce({ accountIndex: 1077, apiKeyIndex: 3 });
      const waits = events.filter((e) => e.type === 'rateLimitWait');
      expect(waits.length).toBe(2);
      expect(waits[0]).toMatchObject({ route: 'nextNonce', bucket: 'rest' });
      // A different account has its own bucket: no wait.
      expect(shared.available('rest', new URL(server.url).origin, '9')).toBe(1200);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('a wait beyond maxWaitMs fails fast with a local RateLimitError (sendTx: outcome rate-limited, nothing sent)', async () => {
    const events: HttpEvent[] = [];
    const c = new LighterHttpClient({
      network: { baseUrl: server.url, chainId: 300 },
      rateLimits: { budget: { txPerMinute: 1 }, maxWaitMs: 10 },
      onEvent: (e) => events.push(e),
    });
    try {
      server.setHandler((_r, res) => json(res, fixtureText('ccxt_send_tx_response.json')));
      const tx = { txType: 15, txInfo: '{"Nonce":1}' };
      await c.sendTx(tx);
      const before = server.requests.length;
      const err = await c.sendTx(tx).catch((e: unknown) => e);
      expect(isTxSendError(err) && err.outcome).toBe('rate-limited');
      expect(isTxSendError(err) && isRateLimitError(err.cause) && err.cause.source).toBe('local');
      expect(server.requests.length).toBe(before);
      expect(events.some((e) => e.type === 'rateLimitRejected' && e.bucket === 'tx')).toBe(true);
    } finally {
      await c.close();
    }
  });

  it('sendTx buckets are keyed by the account inside tx_info when the client names none', async () => {
    const c = new LighterHttpClient({
      network: { baseUrl: server.url, chainId: 300 },
      rateLimits: { budget: { txPerMinute: 1 }, maxWaitMs: 10 },
    });
    try {
      server.setHandler((_r, res) => json(res, fixtureText('ccxt_send_tx_response.json')));
      await c.sendTx({ txType: 15, txInfo: '{"AccountIndex":1,"Nonce":1}' });
      // Another account has its own budget; the same account is out of budget.
      await c.sendTx({ txType: 15, txInfo: '{"AccountIndex":2,"Nonce":1}' });
      const err = await c.sendTx({ txType: 15, txInfo: '{"AccountIndex":1,"Nonce":2}' }).catch((e: unknown) => e);
      expect(isTxSendError(err) && err.outcome).toBe('rate-limited');
    } finally {
      await c.close();
    }
  });

  it('an aborted wait rejects and clears its timer', async () => {
    const reg = createRateLimitRegistry({ budget: { restPerMinute: 1 } });
    await reg.acquire({ kind: 'rest', origin: 'x', cost: 1, route: 'r' });
    const ac = new AbortController();
    const p = reg
      .acquire({ kind: 'rest', origin: 'x', cost: 1, route: 'r', signal: ac.signal })
      .catch((e: unknown) => e);
    ac.abort();
    expect(await p).toMatchObject({ code: 'ABORTED' });
  });
});
