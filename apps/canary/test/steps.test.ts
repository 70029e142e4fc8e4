import { describe, expect, it } from 'vitest';
import { CanaryError } from '../src/errors.js';
import { createOrderWatch } from '../src/order-watch.js';
import { createRecorder } from '../src/recorder.js';
import { isAnyRateLimitError, retryOnRateLimit } from '../src/retry.js';
import { isStepFailedError, runStep, sleep } from '../src/steps.js';
import type { OrderObservation } from '../src/venue.js';
import { normalizeOrderStatus } from '../src/venue.js';

const id = (s: string): string => s;

describe('runStep', () => {
  it('records a passed step with its detail (redacted)', async () => {
    const rec = createRecorder();
    const v = await runStep(
      rec,
      {
        id: 'a',
        title: 'A',
        timeoutMs: 5_000,
        signal: new AbortController().signal,
        redact: (s) => s.replace('secret', '***'),
      },
      async () => ({ value: 42, detail: 'has secret' }),
    );
    expect(v).toBe(42);
    expect(rec.steps[0]).toMatchObject({ id: 'a', status: 'passed', detail: 'has ***' });
    expect(rec.steps[0]?.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('records a failure with the reason and throws StepFailedError', async () => {
    const rec = createRecorder();
    const err = await runStep(
      rec,
      { id: 'b', title: 'B', timeoutMs: 5_000, signal: new AbortController().signal, redact: id },
      async () => {
        throw new CanaryError({ code: 'CANARY_VENUE', message: 'rejected', venueCode: 21739 });
      },
    ).catch((e: unknown) => e);
    expect(isStepFailedError(err)).toBe(true);
    expect(rec.steps[0]).toMatchObject({ status: 'failed', error: 'CANARY_VENUE: rejected (venue code 21739)' });
  });

  it('times out a body that never settles', async () => {
    const rec = createRecorder();
    const err = await runStep(
      rec,
      { id: 'c', title: 'C', timeoutMs: 100, signal: new AbortController().signal, redact: id },
      () => new Promise<never>(() => {}),
    ).catch((e: unknown) => e);
    expect(isStepFailedError(err)).toBe(true);
    expect(rec.steps[0]?.error).toMatch(/CANARY_TIMEOUT: C: no result within 100 ms/);
  });

  it('aborts with the run signal (SIGINT)', async () => {
    const rec = createRecorder();
    const ac = new AbortController();
    const p = runStep(rec, { id: 'd', title: 'D', timeoutMs: 5_000, signal: ac.signal, redact: id }, (s) =>
      sleep(10_000, s).then(() => ({ value: 1 })),
    );
    ac.abort('SIGINT');
    await expect(p).rejects.toSatisfy(isStepFailedError);
    expect(rec.steps[0]?.error).toBe('SIGINT');
  });
});

describe('retryOnRateLimit', () => {
  it('retries 429s with backoff, records each hit, then succeeds', async () => {
    const rec = createRecorder();
    let calls = 0;
    const v = await retryOnRateLimit(
      { rec, operation: 'q', signal: new AbortController().signal, baseDelayMs: 1 },
      async () => {
        calls++;
        if (calls < 3) throw Object.assign(new Error('Too Many Requests'), { status: 429 });
        return 'ok';
      },
    );
    expect(v).toBe('ok');
    expect(rec.rateLimit.map((e) => [e.attempt, e.delayMs, e.retried])).toEqual([
      [1, 1, true],
      [2, 2, true],
    ]);
  });

  it('does not retry other errors and gives up after maxAttempts', async () => {
    const rec = createRecorder();
    await expect(
      retryOnRateLimit({ rec, operation: 'q', signal: new AbortController().signal }, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(
      retryOnRateLimit(
        { rec, operation: 'q', signal: new AbortController().signal, maxAttempts: 2, baseDelayMs: 1 },
        async () => {
          throw { name: 'RateLimitError', message: 'x' };
        },
      ),
    ).rejects.toMatchObject({ name: 'RateLimitError' });
    // Two 429 answers, one retry: the last hit is recorded but not counted as retried.
    expect(rec.rateLimit.map((e) => [e.attempt, e.retried])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it('a retry cut short by an abort is a hit, not a retry', async () => {
    const rec = createRecorder();
    const ac = new AbortController();
    const p = retryOnRateLimit({ rec, operation: 'q', signal: ac.signal, baseDelayMs: 60_000 }, async () => {
      throw Object.assign(new Error('Too Many Requests'), { status: 429 });
    });
    while (rec.rateLimit.length === 0) await sleep(5);
    ac.abort('SIGINT');
    await expect(p).rejects.toBe('SIGINT');
    expect(rec.rateLimit.map((e) => e.retried)).toEqual([false]);
  });

  it('recognizes rate limits by name, code, status or venue code', () => {
    expect(isAnyRateLimitError({ name: 'RateLimitError' })).toBe(true);
    expect(isAnyRateLimitError({ code: 'RATE_LIMITED' })).toBe(true);
    expect(isAnyRateLimitError({ venueCode: 23000 })).toBe(true);
    expect(isAnyRateLimitError({ httpStatus: 429 })).toBe(true);
    expect(isAnyRateLimitError(new Error('x'))).toBe(false);
    expect(isAnyRateLimitError(null)).toBe(false);
  });
});

describe('order watch', () => {
  const obs = (status: string): OrderObservation => ({
    clientOrderId: '9',
    venueOrderId: '100',
    status,
    state: normalizeOrderStatus(status),
    source: 'ws',
    via: 'frame',
    atMs: 0,
  });

  it('resolves from the buffer (event before the wait) and from the future', async () => {
    const w = createOrderWatch();
    w.push(obs('open'));
    await expect(
      w.waitFor({ clientOrderId: '9', predicate: (o) => o.state === 'open', signal: new AbortController().signal }),
    ).resolves.toMatchObject({ status: 'open' });
    const later = w.waitFor({
      clientOrderId: '9',
      predicate: (o) => o.state === 'canceled',
      signal: new AbortController().signal,
    });
    w.push(obs('canceled'));
    await expect(later).resolves.toMatchObject({ status: 'canceled' });
    expect(w.history('9').map((o) => o.status)).toEqual(['open', 'canceled']);
  });

  it('rejects on abort', async () => {
    const w = createOrderWatch();
    const ac = new AbortController();
    const p = w.waitFor({ clientOrderId: '9', predicate: () => true, signal: ac.signal });
    ac.abort('SIGTERM');
    await expect(p).rejects.toBe('SIGTERM');
  });

  it('maps venue statuses (docs/protocol/enums.md)', () => {
    expect(normalizeOrderStatus('open')).toBe('open');
    expect(normalizeOrderStatus('in-progress')).toBe('pending');
    expect(normalizeOrderStatus('canceled')).toBe('canceled');
    expect(normalizeOrderStatus('canceled-expired')).toBe('canceled');
    expect(normalizeOrderStatus('canceled-post-only')).toBe('rejected');
    expect(normalizeOrderStatus('canceled-margin-not-allowed')).toBe('rejected');
    expect(normalizeOrderStatus('filled')).toBe('filled');
    expect(normalizeOrderStatus('???')).toBe('unknown');
  });
});
