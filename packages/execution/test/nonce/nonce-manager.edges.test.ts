/**
 * OptimisticNonceManager and TxSequencer edges: shared resync, refusal when stale, rollback of
 * the latest reservation only, bounded 21104 retries, and a rejected send returning its nonces.
 */
import { describe, expect, it } from 'vitest';
import { OptimisticNonceManager } from '../../src/nonce/nonce-manager.js';
import { TxSequencer } from '../../src/nonce/sequencer.js';

describe('OptimisticNonceManager edges', () => {
  it('concurrent resyncs share one fetch; numbers are accepted as nonces', async () => {
    let fetches = 0;
    const m = new OptimisticNonceManager({
      fetchNextNonce: async () => {
        fetches++;
        await new Promise((r) => setImmediate(r));
        return 7;
      },
    });
    expect(m.ready).toBe(false);
    await Promise.all([m.resync(), m.resync(), m.resync()]);
    expect(fetches).toBe(1);
    expect(m.fetchCount).toBe(1);
    expect(m.ready).toBe(true);
    expect(m.reserve()).toBe(7n);
    await m.resync();
    expect(m.fetchCount).toBe(2);
  });

  it('a negative venue nonce is refused and leaves the manager not ready', async () => {
    const m = new OptimisticNonceManager({ fetchNextNonce: async () => -1n });
    await expect(m.resync()).rejects.toMatchObject({ code: 'NONCE' });
    expect(m.ready).toBe(false);
    expect(() => m.reserve()).toThrow(/resync/);
  });

  it('a failed fetch can be retried (the in-flight resync is cleared)', async () => {
    let calls = 0;
    const m = new OptimisticNonceManager({
      fetchNextNonce: async () => {
        calls++;
        if (calls === 1) throw new Error('venue down');
        return 3n;
      },
    });
    await expect(m.resync()).rejects.toThrow('venue down');
    await m.resync();
    expect(m.reserve(2)).toBe(3n);
    expect(m.reserve()).toBe(5n);
  });

  it('reserve refuses bad counts and a stale baseline; invalidate makes it stale until resync', async () => {
    const m = new OptimisticNonceManager({ fetchNextNonce: async () => 10n });
    await m.resync();
    expect(() => m.reserve(0)).toThrow(/invalid nonce count 0/);
    expect(() => m.reserve(1.5)).toThrow(/invalid nonce count/);
    expect(m.reserve(3)).toBe(10n);
    m.invalidate();
    expect(m.ready).toBe(false);
    expect(() => m.reserve()).toThrow(/resync/);
    expect(m.rollback({ first: 10n, count: 3 })).toBe(false);
    await m.resync();
    expect(m.ready).toBe(true);
    expect(m.reserve()).toBe(10n);
  });

  it('rollback returns exactly the latest reservation (multi-nonce included)', async () => {
    const m = new OptimisticNonceManager({ fetchNextNonce: async () => 0n });
    await m.resync();
    const a = m.reserve(2); // 0, 1
    const b = m.reserve(3); // 2, 3, 4
    expect(m.rollback({ first: b, count: 2 })).toBe(false);
    expect(m.rollback({ first: a, count: 2 })).toBe(false);
    expect(m.rollback({ first: b, count: 3 })).toBe(true);
    expect(m.reserve()).toBe(2n);
  });
});

describe('TxSequencer edges', () => {
  it('resyncs a not-ready manager before the first job', async () => {
    const m = new OptimisticNonceManager({ fetchNextNonce: async () => 42n });
    const seq = new TxSequencer({ nonces: m });
    const r = await seq.run({ sign: ({ firstNonce }) => firstNonce, send: async (n) => n, classify: () => 'ok' });
    expect(r).toMatchObject({ signed: 42n, result: 42n, classification: 'ok', nonceRetries: 0 });
  });

  it('21104 is retried at most maxNonceRetries times with a fresh resync each time', async () => {
    let fetched = 0;
    const m = new OptimisticNonceManager({ fetchNextNonce: async () => BigInt(100 * ++fetched) });
    const seq = new TxSequencer({ nonces: m, maxNonceRetries: 2 });
    expect(seq.maxNonceRetries).toBe(2);
    const signedWith: bigint[] = [];
    const r = await seq.run({
      sign: ({ firstNonce }) => {
        signedWith.push(firstNonce);
        return firstNonce;
      },
      send: async () => 'bad nonce',
      classify: () => 'invalid-nonce',
    });
    expect(r.classification).toBe('invalid-nonce');
    expect(r.nonceRetries).toBe(2);
    expect(signedWith).toEqual([100n, 200n, 300n]);
    expect(m.ready).toBe(false);
    expect(new TxSequencer({ nonces: m }).maxNonceRetries).toBe(2);
  });

  it('a rejected send returns its nonces; an unknown outcome keeps them consumed', async () => {
    const m = new OptimisticNonceManager({ fetchNextNonce: async () => 0n });
    const seq = new TxSequencer({ nonces: m });
    const rejected = await seq.run({
      count: 3,
      sign: ({ firstNonce }) => firstNonce,
      send: async () => 'no',
      classify: () => 'rejected',
    });
    expect(rejected.classification).toBe('rejected');
    const unknown = await seq.run({
      sign: ({ firstNonce }) => firstNonce,
      send: async () => {
        throw new Error('timeout');
      },
      classify: ({ error }) => (error === undefined ? 'ok' : 'unknown'),
    });
    expect(unknown).toMatchObject({ signed: 0n, classification: 'unknown' });
    expect(unknown.error).toBeInstanceOf(Error);
    expect('result' in unknown).toBe(false);
    const next = await seq.run({ sign: ({ firstNonce }) => firstNonce, send: async (n) => n, classify: () => 'ok' });
    expect(next.signed).toBe(1n);
    expect('error' in next).toBe(false);
  });

  it('an aborted signal stops the job before anything is signed', async () => {
    const m = new OptimisticNonceManager({ fetchNextNonce: async () => 0n });
    const seq = new TxSequencer({ nonces: m });
    let signed = false;
    const ctl = new AbortController();
    ctl.abort();
    await expect(
      seq.run(
        {
          sign: ({ firstNonce }) => {
            signed = true;
            return firstNonce;
          },
          send: async (n) => n,
          classify: () => 'ok',
        },
        { signal: ctl.signal },
      ),
    ).rejects.toThrow();
    expect(signed).toBe(false);
    expect(m.fetchCount).toBe(0);
  });
});
