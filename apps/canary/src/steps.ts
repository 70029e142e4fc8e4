/**
 * The step runner: each lifecycle step is timed, bounded by a timeout, tied to
 * the run's AbortSignal, and recorded as passed or failed with a reason.
 */
import { LighterError } from '@lighter-ts/models';
import { CANARY_ERROR_CODE, CanaryError, describeError } from './errors.js';
import type { Recorder } from './recorder.js';
import type { StepRecord } from './report/schema.js';

/** What a step body returns: its value and an optional one-line detail for the report. */
export interface StepOutcome<T> {
  /** What the step produced, handed to the next steps. */
  readonly value: T;
  /** One-line detail for the report. */
  readonly detail?: string;
}

/**
 * Thrown by {@link runStep} when the body failed; the step is already recorded.
 *
 * @example
 * try { await runStep(rec, opts, body); } catch (e) { if (isStepFailedError(e)) console.log(e.step.error); }
 * @throws never (constructor)
 */
export class StepFailedError extends LighterError<'CANARY_STEP_FAILED'> {
  /** Class name, stable across bundled copies: isStepFailedError also checks the code. */
  override readonly name = 'StepFailedError';
  /** The failed step as recorded (id, timing, redacted error). */
  readonly step: StepRecord;
  constructor(step: StepRecord, cause: unknown) {
    super({
      namespace: 'canary',
      code: 'CANARY_STEP_FAILED',
      message: `step ${step.id} failed: ${step.error ?? 'unknown error'}`,
      cause,
    });
    this.step = step;
  }
}

/**
 * Type guard for {@link StepFailedError} (checks name/code).
 *
 * @example
 * if (isStepFailedError(err)) console.log(err.step.id);
 * @throws never
 */
export function isStepFailedError(value: unknown): value is StepFailedError {
  return (
    value instanceof StepFailedError ||
    (typeof value === 'object' && value !== null && (value as { code?: unknown }).code === 'CANARY_STEP_FAILED')
  );
}

/**
 * Run one step: time it, enforce `timeoutMs`, abort with the run signal, record the outcome.
 *
 * @example
 * const book = await runStep(rec, { id: 'subscribe', title: 'Subscribe', timeoutMs: 30_000, signal, redact },
 *   async (s) => ({ value: await venue.subscribe({ signal: s }), detail: 'book + account' }));
 * @throws StepFailedError when the body throws, times out or the run is aborted
 */
export async function runStep<T>(
  rec: Recorder,
  params: { id: string; title: string; timeoutMs: number; signal: AbortSignal; redact: (s: string) => string },
  body: (signal: AbortSignal) => Promise<StepOutcome<T>>,
): Promise<T> {
  const handle = rec.startStep(params.id, params.title, { budgetMs: params.timeoutMs });
  const timeout = new AbortController();
  const timer = setTimeout(() => {
    timeout.abort(
      new CanaryError({
        code: CANARY_ERROR_CODE.TIMEOUT,
        message: `${params.title}: no result within ${params.timeoutMs} ms`,
      }),
    );
  }, params.timeoutMs);
  const signal = AbortSignal.any([params.signal, timeout.signal]);
  try {
    const outcome = await raceAbort(body(signal), signal);
    handle.finish('passed', outcome.detail === undefined ? {} : { detail: params.redact(outcome.detail) });
    return outcome.value;
  } catch (err) {
    const reason =
      signal.aborted && signal.reason !== undefined && !isSameError(err, signal.reason) ? signal.reason : err;
    const step = handle.finish('failed', { error: params.redact(describeError(reason)) });
    throw new StepFailedError(step, reason);
  } finally {
    clearTimeout(timer);
  }
}

function isSameError(a: unknown, b: unknown): boolean {
  return a === b;
}

/**
 * Resolve with `promise`, or reject as soon as `signal` aborts (the body may ignore its signal).
 *
 * @example
 * await raceAbort(fetchSomething(), AbortSignal.timeout(1000));
 * @throws the signal's reason when aborted first, or the promise's rejection
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(abortReason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * Sleep that rejects when `signal` aborts and never leaves a timer behind.
 *
 * @example
 * await sleep(250, signal);
 * @throws the signal's reason when aborted
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new CanaryError({ code: CANARY_ERROR_CODE.ABORTED, message: 'aborted' });
}
