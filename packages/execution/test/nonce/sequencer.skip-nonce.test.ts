// SkipNonce bookkeeping of the nonce manager and the sequencer (docs/protocol/transactions.md#skip-nonce).
// The venue's side is tested against the simulator in test/integration/skip-nonce.test.ts.
import { describe, expect, it } from 'vitest';
import { isExecutionError } from '../../src/errors.js';
import { OptimisticNonceManager } from '../../src/nonce/nonce-manager.js';
import { type SendClassification, TxSequencer } from '../../src/nonce/sequencer.js';

const manager = (start: bigint) => {
  let reads = 0;
  const m = new OptimisticNonceManager({
    fetchNextNonce: async () => {
      reads++;
      return start;
    },
  });
  return { m, reads: () => reads };
};

describe('OptimisticNonceManager.skipTo', () => {
  it('moves forward, never back, and later reservations continue from it', async () => {
    const { m } = manager(10n);
    await m.resync();
    m.skipTo({ next: 500n });
    expect(m.reserve()).toBe(500n);
    m.skipTo({ next: 7n });
    expect(m.reserve()).toBe(501n);
  });

  it('refuses before a baseline exists', () => {
    const { m } = manager(10n);
    expect(() => m.skipTo({ next: 500n })).toThrow(/resync\(\) first/);
    try {
      m.skipTo({ next: 500n });
    } catch (e) {
      expect(isExecutionError(e) && e.code).toBe('NONCE');
    }
  });
});

describe('TxSequencer with a SkipNonce job', () => {
  const ok = (): SendClassification => 'ok';
  const rejected = (): SendClassification => 'rejected';

  it('signs the job at its skip target; the next job continues from it', async () => {
    const { m } = manager(10n);
    const seq = new TxSequencer({ nonces: m });
    const skip = await seq.run({
      sign: ({ firstNonce }) => firstNonce,
      send: async (n) => n,
      classify: ok,
      skipNonceTo: () => 1_000n,
    });
    expect(skip.signed).toBe(1_000n);
    const next = await seq.run({ sign: ({ firstNonce }) => firstNonce, send: async (n) => n, classify: ok });
    expect(next.signed).toBe(1_001n);
  });

  it('a refused SkipNonce job re-reads the baseline instead of keeping the jumped sequence', async () => {
    const { m, reads } = manager(10n);
    const seq = new TxSequencer({ nonces: m });
    await seq.run({ sign: ({ firstNonce }) => firstNonce, send: async (n) => n, classify: ok });
    expect(reads()).toBe(1);
    await seq.run({
      sign: ({ firstNonce }) => firstNonce,
      send: async (n) => n,
      classify: rejected,
      skipNonceTo: () => 1_000n,
    });
    const after = await seq.run({ sign: ({ firstNonce }) => firstNonce, send: async (n) => n, classify: ok });
    // The venue's sequence never moved: the next strict job starts from its baseline again.
    expect(reads()).toBe(2);
    expect(after.signed).toBe(10n);
  });

  it('a manager without skipTo signs the SkipNonce job at the strict next nonce', async () => {
    const { m } = manager(10n);
    const bare = {
      get ready() {
        return m.ready;
      },
      get fetchCount() {
        return m.fetchCount;
      },
      resync: (p?: { signal?: AbortSignal }) => m.resync(p),
      reserve: (n?: number) => m.reserve(n),
      rollback: (p: { first: bigint; count: number }) => m.rollback(p),
      invalidate: () => m.invalidate(),
    };
    const seq = new TxSequencer({ nonces: bare });
    const r = await seq.run({
      sign: ({ firstNonce }) => firstNonce,
      send: async (n) => n,
      classify: ok,
      skipNonceTo: () => 1_000n,
    });
    expect(r.signed).toBe(10n);
  });
});
