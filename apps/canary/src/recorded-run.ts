/**
 * A recorded lifecycle run: everything the criteria are judged on, as plain data (steps, every
 * event with its source, the Nautilus event sequence, the REST confirm snapshots, counters).
 * Criteria are a pure function of it, so a doctored run is as cheap to judge as a real one.
 */
import type { LifecycleState } from './state.js';
import type { Recorder } from './recorder.js';
import type {
  CleanupRecord,
  EventRecord,
  OrderEventRecord,
  OrderRecord,
  RateLimitEntry,
  StepRecord,
} from './report/schema.js';
import type { EstablishedVia } from './state.js';

/** Input of {@link evaluateCriteria}. */
export interface RecordedRun {
  readonly fill: boolean;
  readonly steps: readonly StepRecord[];
  /** Observations (WS frames, REST answers, execution events) with their sources. */
  readonly events: readonly EventRecord[];
  /** Nautilus order events of every canary order, in arrival order. */
  readonly orderEvents: readonly OrderEventRecord[];
  readonly order: OrderRecord | null;
  readonly fillOrderId: string | null;
  readonly rateLimit: readonly RateLimitEntry[];
  readonly wsDrops: number;
  readonly acceptedVia: EstablishedVia | null;
  readonly canceledVia: EstablishedVia | null;
  /** Canary orders the reconcile step found open (null when it did not run). */
  readonly reconcileOpen: number | null;
  readonly cleanup: CleanupRecord;
  readonly interruptedBy: string | null;
}

/**
 * Snapshot the recorder and lifecycle state into a {@link RecordedRun}.
 *
 * @example
 * const run = recordedRunOf({ rec, state, fill: false, cleanup, interruptedBy: null });
 * @throws never
 */
export function recordedRunOf(params: {
  rec: Recorder;
  state: LifecycleState;
  fill: boolean;
  cleanup: CleanupRecord;
  interruptedBy: string | null;
}): RecordedRun {
  const { rec, state } = params;
  return {
    fill: params.fill,
    steps: [...rec.steps],
    events: [...rec.events],
    orderEvents: [...rec.orderEvents],
    order: state.order,
    fillOrderId: state.fill?.clientOrderId ?? null,
    rateLimit: [...rec.rateLimit],
    wsDrops: state.wsDrops,
    acceptedVia: state.acceptedVia,
    canceledVia: state.canceledVia,
    reconcileOpen: state.reconcileOpen,
    cleanup: params.cleanup,
    interruptedBy: params.interruptedBy,
  };
}
