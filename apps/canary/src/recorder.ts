/**
 * Collects everything the report needs while the run proceeds: timed steps,
 * observed events, criteria, rate-limit hits and transport incidents.
 *
 * The clock is injectable so tests (and the report) are deterministic about
 * ordering without asserting on wall time.
 */
import type {
  Criterion,
  EventRecord,
  Incident,
  OrderEventRecord,
  RateLimitEntry,
  StepRecord,
} from './report/schema.js';

/** Millisecond clock (defaults to Date.now). */
export type Clock = () => number;

/** Observer of step transitions (terminal progress). */
export interface StepObserver {
  /** `budgetMs`: the step's timeout, when it has one (progress shows elapsed time against it). */
  onStepStart?(step: { id: string; title: string; budgetMs?: number }): void;
  /** A step finished (passed, failed or skipped). */
  onStepEnd?(step: StepRecord): void;
  /** An event was recorded. */
  onEvent?(event: EventRecord): void;
  /** A transport incident was recorded. */
  onIncident?(incident: Incident): void;
  /** A rate-limit answer was recorded. */
  onRateLimit?(entry: RateLimitEntry): void;
}

/** Mutable run log; see {@link createRecorder}. */
export interface Recorder {
  /** Run start, Unix ms (`tMs` offsets count from it). */
  readonly startedAtMs: number;
  /** Steps recorded so far, in order. */
  readonly steps: StepRecord[];
  /** Order and venue events, in arrival order. */
  readonly events: EventRecord[];
  /** Nautilus order events of every canary order, in arrival order. */
  readonly orderEvents: OrderEventRecord[];
  /** Criteria judged so far. */
  readonly criteria: Criterion[];
  /** Rate-limit hits and retry decisions. */
  readonly rateLimit: RateLimitEntry[];
  /** Transport incidents. */
  readonly incidents: Incident[];
  /** The recorder's clock, ms since the epoch (injectable, so tests are deterministic). */
  now(): number;
  /** ISO-8601 time of `ms` (default: now). */
  iso(ms?: number): string;
  /** Current step id (used to attribute rate-limit hits). */
  currentStep(): string;
  /** Starts a timed step (observers see it with its `budgetMs`); `finish` records its outcome once. */
  startStep(
    id: string,
    title: string,
    options?: { budgetMs?: number },
  ): {
    /** Records the step's outcome and latency; later calls return the first record. */
    finish(status: StepRecord['status'], extra?: { detail?: string; error?: string }): StepRecord;
  };
  /** Records a step that did not run, with the reason. */
  skipStep(id: string, title: string, reason: string): StepRecord;
  /** Records an observed event (order state, frame, REST answer) with its evidence `source`. */
  event(e: {
    kind: string;
    source: EventRecord['source'];
    status?: string;
    detail?: string;
    atMs?: number;
    clientOrderId?: string;
    venueOrderId?: string | undefined;
  }): EventRecord;
  /** Records a Nautilus order event of a canary order. */
  orderEvent(e: Omit<OrderEventRecord, 'at' | 'tMs'> & { atMs?: number }): OrderEventRecord;
  /** Record (or replace, when re-evaluated) a criterion. */
  criterion(c: Criterion): Criterion;
  /** Record a rate-limit answer; `retried` says whether the retry is already certain (the transport made it). */
  rateLimitHit(e: {
    operation: string;
    attempt: number;
    delayMs: number;
    reason: string;
    retried?: boolean;
  }): RateLimitEntry;
  /** Mark a recorded hit as retried, once the retry was actually made. */
  markRetried(entry: RateLimitEntry): void;
  /** Records a transport incident (WS drop, reconnect, …). */
  incident(kind: string, detail: string): Incident;
}

/**
 * Create a recorder.
 *
 * @example
 * const rec = createRecorder();
 * const s = rec.startStep('load-instruments', 'Load instruments');
 * s.finish('passed', { detail: '3 markets' });
 * @throws never
 */
export function createRecorder(params: { clock?: Clock; observer?: StepObserver } = {}): Recorder {
  const clock = params.clock ?? Date.now;
  const observer = params.observer ?? {};
  const startedAtMs = clock();
  const steps: StepRecord[] = [];
  const events: EventRecord[] = [];
  const orderEvents: OrderEventRecord[] = [];
  const criteria: Criterion[] = [];
  const rateLimit: RateLimitEntry[] = [];
  const incidents: Incident[] = [];
  let current = 'setup';
  const iso = (ms?: number): string => new Date(ms ?? clock()).toISOString();
  const rel = (ms: number): number => Math.max(0, ms - startedAtMs);

  return {
    startedAtMs,
    steps,
    events,
    orderEvents,
    criteria,
    rateLimit,
    incidents,
    now: clock,
    iso,
    currentStep: () => current,
    startStep(id, title, options = {}) {
      const start = clock();
      current = id;
      observer.onStepStart?.(
        options.budgetMs === undefined ? { id, title } : { id, title, budgetMs: options.budgetMs },
      );
      let done: StepRecord | undefined;
      return {
        finish(status, extra = {}) {
          if (done) return done;
          const end = clock();
          done = {
            id,
            title,
            status,
            startedAt: iso(start),
            endedAt: iso(end),
            tStartMs: rel(start),
            latencyMs: Math.max(0, end - start),
            ...(extra.detail === undefined ? {} : { detail: extra.detail }),
            ...(extra.error === undefined ? {} : { error: extra.error }),
          };
          steps.push(done);
          observer.onStepEnd?.(done);
          return done;
        },
      };
    },
    skipStep(id, title, reason) {
      const rec: StepRecord = {
        id,
        title,
        status: 'skipped',
        startedAt: null,
        endedAt: null,
        tStartMs: null,
        latencyMs: null,
        detail: reason,
      };
      steps.push(rec);
      observer.onStepEnd?.(rec);
      return rec;
    },
    event(e) {
      const at = e.atMs ?? clock();
      const rec: EventRecord = {
        kind: e.kind,
        source: e.source,
        at: iso(at),
        tMs: rel(at),
        ...(e.status === undefined ? {} : { status: e.status }),
        ...(e.detail === undefined ? {} : { detail: e.detail }),
        ...(e.clientOrderId === undefined ? {} : { clientOrderId: e.clientOrderId }),
        ...(e.venueOrderId === undefined ? {} : { venueOrderId: e.venueOrderId }),
      };
      events.push(rec);
      observer.onEvent?.(rec);
      return rec;
    },
    orderEvent(e) {
      const at = e.atMs ?? clock();
      const { atMs: _atMs, ...rest } = e;
      const rec: OrderEventRecord = { ...rest, at: iso(at), tMs: rel(at) };
      orderEvents.push(rec);
      return rec;
    },
    criterion(c) {
      const existing = criteria.findIndex((x) => x.id === c.id);
      const rec: Criterion = { ...c };
      // Re-evaluating a criterion (e.g. after cleanup) replaces the earlier verdict.
      if (existing >= 0) criteria[existing] = rec;
      else criteria.push(rec);
      return rec;
    },
    rateLimitHit(e) {
      const rec: RateLimitEntry = {
        step: current,
        operation: e.operation,
        attempt: e.attempt,
        delayMs: e.delayMs,
        at: iso(),
        reason: e.reason,
        retried: e.retried ?? false,
      };
      rateLimit.push(rec);
      observer.onRateLimit?.(rec);
      return rec;
    },
    markRetried(entry) {
      entry.retried = true;
    },
    incident(kind, detail) {
      const now = clock();
      const rec: Incident = { kind, at: iso(now), tMs: rel(now), detail };
      incidents.push(rec);
      observer.onIncident?.(rec);
      return rec;
    },
  };
}
