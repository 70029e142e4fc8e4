import { describe, expect, it } from 'vitest';
import { OptimisticNonceManager } from '../../src/nonce/nonce-manager.js';
import { type SendClassification, TxSequencer } from '../../src/nonce/sequencer.js';

/** A strict in-test venue: accepts only the exact next nonce, like a sequence-checked account. */
class StrictVenue {
  next = 100n;
  accepted: bigint[] = [];
  fetches = 0;
  failNext = 0;
  async nextNonce(): Promise<bigint> {
    this.fetches++;
    await new Promise((r) => setImmediate(r));
    return this.next;
  }
  async send(nonces: bigint[]): Promise<{ code: number }> {
    await new Promise((r) => setImmediate(r));
    if (this.failNext > 0) {
      this.failNext--;
      this.next += 1n; // someone else used a nonce behind our back
      return { code: 21104 };
    }
    for (const n of nonces) {
      if (n !== this.next) return { code: 21104 };
      this.next++;
      this.accepted.push(n);
    }
    return { code: 200 };
  }
}

const classify = ({ result, error }: { result?: { code: number }; error?: unknown }): SendClassification =>
  error !== undefined ? 'unknown' : result?.code === 200 ? 'ok' : result?.code === 21104 ? 'invalid-nonce' : 'rejected';

describe('nonce manager + sequencer', () => {
  it('1,000 concurrent submits: zero collisions, one nonce fetch', async () => {
    const venue = new StrictVenue();
    const nonces = new OptimisticNonceManager({ fetchNextNonce: () => venue.nextNonce() });
    const seq = new TxSequencer({ nonces });
    const results = await Promise.all(
      Array.from({ length: 1000 }, () =>
        seq.run({ sign: ({ firstNonce }) => [firstNonce], send: (s) => venue.send(s), classify }),
      ),
    );
    expect(results.filter((r) => r.classification !== 'ok')).toHaveLength(0);
    expect(new Set(venue.accepted.map(String)).size).toBe(1000);
    expect(venue.fetches).toBe(1);
    expect(nonces.fetchCount).toBe(1);
  });

  it('recovers from an invalid nonce by resyncing and re-signing the same job', async () => {
    const venue = new StrictVenue();
    const nonces = new OptimisticNonceManager({ fetchNextNonce: () => venue.nextNonce() });
    const seq = new TxSequencer({ nonces });
    await seq.run({ sign: ({ firstNonce }) => [firstNonce], send: (s) => venue.send(s), classify });
    venue.failNext = 1;
    const r = await seq.run({ sign: ({ firstNonce }) => [firstNonce], send: (s) => venue.send(s), classify });
    expect(r.classification).toBe('ok');
    expect(r.nonceRetries).toBe(1);
    expect(venue.fetches).toBe(2);
  });

  it('batches reserve consecutive nonces; rejection returns them; sign errors return them', async () => {
    const venue = new StrictVenue();
    const nonces = new OptimisticNonceManager({ fetchNextNonce: () => venue.nextNonce() });
    const seq = new TxSequencer({ nonces });
    const r = await seq.run({
      count: 15,
      sign: ({ firstNonce, count }) => Array.from({ length: count }, (_, i) => firstNonce + BigInt(i)),
      send: (s) => venue.send(s),
      classify,
    });
    expect(r.classification).toBe('ok');
    await expect(
      seq.run({
        sign: () => {
          throw new Error('bad input');
        },
        send: (s: bigint[]) => venue.send(s),
        classify,
      }),
    ).rejects.toThrow('bad input');
    const rej = await seq.run({
      sign: ({ firstNonce }) => [firstNonce],
      send: async () => ({ code: 21739 }),
      classify,
    });
    expect(rej.classification).toBe('rejected');
    const ok = await seq.run({ sign: ({ firstNonce }) => [firstNonce], send: (s) => venue.send(s), classify });
    expect(ok.classification).toBe('ok');
    expect(venue.fetches).toBe(1);
  });

  it('refuses to reserve before a resync and rolls back only the latest', async () => {
    const nonces = new OptimisticNonceManager({ fetchNextNonce: async () => 5 });
    expect(() => nonces.reserve()).toThrow(/resync/);
    await nonces.resync();
    const a = nonces.reserve();
    const b = nonces.reserve();
    expect(nonces.rollback({ first: a, count: 1 })).toBe(false);
    expect(nonces.rollback({ first: b, count: 1 })).toBe(true);
    expect(nonces.reserve()).toBe(6n);
  });

  it('closed sequencer rejects new jobs', async () => {
    const seq = new TxSequencer({ nonces: new OptimisticNonceManager({ fetchNextNonce: async () => 0 }) });
    seq.close();
    await expect(seq.run({ sign: () => 1, send: async () => 1, classify: () => 'ok' })).rejects.toThrow(/closed/);
  });
});
