/**
 * What one lifecycle run works with: the venue, the options, the recorder and the safety harness.
 * Its own module so the steps (`fill.ts`, `wait.ts`) and the flow (`lifecycle.ts`) share it without
 * importing each other.
 */
import type { CanaryOptions } from './args.js';
import type { Recorder } from './recorder.js';
import type { SafetyHarness } from './safety.js';
import type { CanaryVenue } from './venue.js';

/** Everything a lifecycle run needs. */
export interface LifecycleContext {
  readonly venue: CanaryVenue;
  readonly options: CanaryOptions;
  readonly rec: Recorder;
  readonly safety: SafetyHarness;
  readonly signal: AbortSignal;
  readonly redact: (s: string) => string;
  /** Test hook: after this step id completes, call `onPause` and wait for the run to be aborted. */
  readonly pauseAfter?: string | undefined;
  readonly onPause?: ((stepId: string) => void) | undefined;
}
