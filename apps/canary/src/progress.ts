/**
 * Live terminal progress. On a TTY a spinner redraws the current step in place;
 * otherwise (CI, pipes, tests) each transition is one plain line. Every line goes
 * through the redactor.
 */
import type { StepObserver } from './recorder.js';
import type { EventRecord, Incident, RateLimitEntry, StepRecord } from './report/schema.js';

/** Minimal writable the progress needs (process.stdout fits). */
export interface ProgressStream {
  write(chunk: string): boolean;
  readonly isTTY?: boolean;
}

/** Progress printer; also a {@link StepObserver}. */
export interface Progress extends StepObserver {
  line(text: string): void;
  /** Stop the spinner timer (idempotent). */
  close(): void;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const MARK: Record<StepRecord['status'], string> = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' };

/**
 * Create a progress printer.
 *
 * @example
 * const progress = createProgress({ stream: process.stdout, redact: (s) => s });
 * @throws never
 */
export function createProgress(params: { stream: ProgressStream; redact: (s: string) => string; tty?: boolean; quietEvents?: boolean }): Progress {
  const { stream, redact } = params;
  const tty = params.tty ?? stream.isTTY === true;
  let timer: NodeJS.Timeout | undefined;
  let frame = 0;
  let current: { title: string; start: number } | undefined;
  const clear = (): void => {
    if (tty) stream.write('\r\x1b[2K');
  };
  const draw = (): void => {
    if (!current) return;
    clear();
    const secs = ((Date.now() - current.start) / 1000).toFixed(1);
    stream.write(`${FRAMES[frame++ % FRAMES.length]} ${redact(current.title)} … ${secs}s`);
  };
  const stopSpinner = (): void => {
    if (timer) clearInterval(timer);
    timer = undefined;
    clear();
  };
  const line = (text: string): void => {
    clear();
    stream.write(`${redact(text)}\n`);
    if (tty && current) draw();
  };
  return {
    line,
    onStepStart(step) {
      current = { title: step.title, start: Date.now() };
      if (tty) {
        if (!timer) {
          timer = setInterval(draw, 80);
          timer.unref?.();
        }
        draw();
      } else {
        stream.write(`${redact(`..   ${step.title}`)}\n`);
      }
    },
    onStepEnd(step) {
      current = undefined;
      if (tty) stopSpinner();
      const latency = step.latencyMs === null ? '' : ` (${step.latencyMs} ms)`;
      const tail = step.error ?? step.detail;
      stream.write(`${redact(`${MARK[step.status]} ${step.title}${latency}${tail ? ` — ${tail}` : ''}`)}\n`);
    },
    onEvent(event: EventRecord) {
      if (params.quietEvents) return;
      line(`     · ${event.source.toUpperCase()} ${event.kind}${event.status ? ` (${event.status})` : ''} +${event.tMs} ms`);
    },
    onIncident(incident: Incident) {
      line(`  !  ${incident.kind}: ${incident.detail}`);
    },
    onRateLimit(entry: RateLimitEntry) {
      line(`  !  rate limited on ${entry.operation} (attempt ${entry.attempt}), retrying in ${entry.delayMs} ms`);
    },
    close() {
      stopSpinner();
    },
  };
}
