/**
 * OptimisticNonceManager guards the unit mutation profile showed unguarded (MUTATION.md, run 4):
 * readiness before the first fetch and after invalidate, the typed refusal of reserve / rollback /
 * skipTo on a stale baseline, and the negative-nonce message naming the value.
 */
import { describe, expect, it } from 'vitest';
import { OptimisticNonceManager } from '../../src/nonce/nonce-manager.js';

const manager = () => new OptimisticNonceManager({ fetchNextNonce: async () => 10n });

describe('OptimisticNonceManager (mutation guards)', () => {
  it('is not ready before the first fetch; reserve then throws a NONCE ExecutionError', () => {
    const m = manager();
    expect(m.ready).toBe(false);
    expect(() => m.reserve()).toThrow(expect.objectContaining({ code: 'NONCE' }));
  });

  it('a stale baseline refuses reserve, rollback and skipTo without moving the sequence', async () => {
    const m = manager();
    await m.resync();
    expect(m.reserve()).toBe(10n);
    m.invalidate();
    expect(m.ready).toBe(false);
    expect(() => m.reserve()).toThrow(expect.objectContaining({ code: 'NONCE' }));
    expect(m.rollback({ first: 10n, count: 1 })).toBe(false);
    expect(() => m.skipTo({ next: 50n })).toThrow(expect.objectContaining({ code: 'NONCE' }));
    await m.resync();
    expect(m.reserve()).toBe(10n);
  });

  it('the negative-nonce refusal names the value received', async () => {
    const m = new OptimisticNonceManager({ fetchNextNonce: async () => -3 });
    await expect(m.resync()).rejects.toThrow(/negative nonce -3/);
  });
});
