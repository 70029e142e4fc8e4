import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../src/backoff.js';
import { BoundedQueue } from '../src/bounded-queue.js';
import { LighterWsError, WsTxOutcomeUnknownError, isLighterWsError, isTxOutcomeUnknown } from '../src/errors.js';
import { redactSecrets } from '@lighter-ts/models/errors';

describe('backoffDelay', () => {
  it('grows exponentially, is bounded, and jitters within [50%, 100%]', () => {
    const lo = (a: number) => backoffDelay({ attempt: a, random: () => 0 });
    const hi = (a: number) => backoffDelay({ attempt: a, random: () => 1 });
    expect([0, 1, 2, 3].map(hi)).toEqual([250, 500, 1000, 2000]);
    expect(lo(2)).toBe(500);
    expect(hi(50)).toBe(30_000);
    expect(backoffDelay({ attempt: 2, options: { initialMs: 10, maxMs: 25, jitter: 0 } })).toBe(25);
  });
});

describe('BoundedQueue', () => {
  it('is a FIFO ring that refuses pushes when full', () => {
    const q = new BoundedQueue<number>(2);
    expect(q.push(1) && q.push(2)).toBe(true);
    expect(q.push(3)).toBe(false);
    expect(q.shift()).toBe(1);
    expect(q.push(3)).toBe(true);
    expect([q.shift(), q.shift(), q.shift()]).toEqual([2, 3, undefined]);
    expect(() => new BoundedQueue(0)).toThrow(RangeError);
  });
});

describe('errors', () => {
  it('redact auth tokens from messages and JSON', () => {
    const token = `1700000000:7:3:${'ab'.repeat(80)}`;
    const e = new LighterWsError(`subscribe with ${token} failed`, { raw: { auth: token } });
    expect(e.message).not.toContain('abab');
    expect(JSON.stringify(e)).not.toContain('abab');
    expect(redactSecrets('ro:7:all:1800000000:deadbeef')).toBe('[REDACTED]');
  });
  it('type guards work on plain objects with the code (dual package hazard)', () => {
    expect(isTxOutcomeUnknown({ code: 'WS_TX_OUTCOME_UNKNOWN' })).toBe(true);
    expect(isLighterWsError({ code: 'WS_CLOSED' })).toBe(true);
    expect(isLighterWsError(new Error('x'))).toBe(false);
    expect(new WsTxOutcomeUnknownError('t').outcome).toBe('unknown');
  });
});
