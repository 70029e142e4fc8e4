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
  /** Whether the fill test was requested. */
  readonly fill: boolean;
  /** The lifecycle steps in order. */
  readonly steps: readonly StepRecord[];
  /** Observations (WS frames, REST answers, execution events) with their sources. */
  readonly events: readonly EventRecord[];
  /** Nautilus order events of every canary order, in arrival order. */
  readonly orderEvents: readonly OrderEventRecord[];
  /** The canary order, null when none was placed. */
  readonly order: OrderRecord | null;
  /** Client order id of the fill test's taking order, null when none. */
  readonly fillOrderId: string | null;
  /** Rate-limit hits and retry decisions. */
  readonly rateLimit: readonly RateLimitEntry[];
  /** WebSocket disconnections during the run. */
  readonly wsDrops: number;
  /** How acceptance was established: on the WS (`ws`) or by REST after a WS drop; null when it was not. */
  readonly acceptedVia: EstablishedVia | null;
  /** How the cancel was established, same values; null when it was not. */
  readonly canceledVia: EstablishedVia | null;
  /** Canary orders the reconcile step found open (null when it did not run). */
  readonly reconcileOpen: number | null;
  /** What the safety harness did. */
  readonly cleanup: CleanupRecord;
  /** Signal that stopped the run (`SIGINT`, `SIGTERM`), null when none. */
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
