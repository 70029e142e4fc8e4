/**
 * Live terminal progress. On a TTY a spinner redraws the current step in place;
 * otherwise (CI, pipes, tests) each transition is one plain line. Every line goes
 * through the redactor. A step with a timeout shows its elapsed time against that budget, so a
 * slow venue reads as "12.0s of 30.0s budget" rather than as a hang: on a TTY in the spinner, in
 * plain output as a "still waiting" line every `slowStepNoticeMs`, and on the end line of a step
 * that took at least that long.
 */
import type { StepObserver } from './recorder.js';
import type { EventRecord, Incident, RateLimitEntry, StepRecord } from './report/schema.js';

/** Minimal writable the progress needs (process.stdout fits). */
export interface ProgressStream {
  /** Writes a chunk (as `process.stdout.write`). */
  write(chunk: string): boolean;
  /** True on a terminal: progress then redraws in place; otherwise it prints one line per step. */
  readonly isTTY?: boolean;
}

/** Progress printer; also a {@link StepObserver}. */
export interface Progress extends StepObserver {
  /** Prints one line (redacted), keeping a TTY spinner below it. */
  line(text: string): void;
  /** Stop the spinner timer (idempotent). */
  close(): void;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/** Default interval of the plain-output "still waiting" notices (and the threshold of a long step). */
export const SLOW_STEP_NOTICE_MS = 5_000;
const MARK: Record<StepRecord['status'], string> = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' };

/**
 * Create a progress printer.
 *
 * @example
 * const progress = createProgress({ stream: process.stdout, redact: (s) => s });
 * @throws never
 */
export function createProgress(params: {
  stream: ProgressStream;
  redact: (s: string) => string;
  tty?: boolean;
  quietEvents?: boolean;
  /** Plain output: a "still waiting" line this often during a step with a budget. Default 5 000 ms. */
  slowStepNoticeMs?: number;
}): Progress {
  const { stream, redact } = params;
  const tty = params.tty ?? stream.isTTY === true;
  const noticeMs = params.slowStepNoticeMs ?? SLOW_STEP_NOTICE_MS;
  let timer: NodeJS.Timeout | undefined;
  let notice: NodeJS.Timeout | undefined;
  let frame = 0;
  let current: { title: string; start: number; budgetMs: number | undefined } | undefined;
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;
  const elapsed = (): string => {
    if (!current) return '';
    const ms = Date.now() - current.start;
    return current.budgetMs === undefined ? seconds(ms) : `${seconds(ms)} of ${seconds(current.budgetMs)} budget`;
  };
  const stopNotice = (): void => {
    if (notice) clearInterval(notice);
    notice = undefined;
  };
  const clear = (): void => {
    if (tty) stream.write('\r\x1b[2K');
  };
  const draw = (): void => {
    if (!current) return;
    clear();
    stream.write(`${FRAMES[frame++ % FRAMES.length]} ${redact(current.title)} … ${elapsed()}`);
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
      stopNotice();
      current = { title: step.title, start: Date.now(), budgetMs: step.budgetMs };
      if (tty) {
        if (!timer) {
          timer = setInterval(draw, 80);
          timer.unref?.();
        }
        draw();
      } else {
        stream.write(`${redact(`..   ${step.title}`)}\n`);
        if (step.budgetMs !== undefined) {
          notice = setInterval(() => line(`..   ${current?.title}: still waiting, ${elapsed()}`), noticeMs);
          notice.unref?.();
        }
      }
    },
    onStepEnd(step) {
      const budgetMs = current?.budgetMs;
      current = undefined;
      stopNotice();
      if (tty) stopSpinner();
      const long = budgetMs !== undefined && step.latencyMs !== null && step.latencyMs >= noticeMs;
      const latency =
        step.latencyMs === null
          ? ''
          : long
            ? ` (${step.latencyMs} ms of ${budgetMs} ms budget)`
            : ` (${step.latencyMs} ms)`;
      const tail = step.error ?? step.detail;
      stream.write(`${redact(`${MARK[step.status]} ${step.title}${latency}${tail ? ` — ${tail}` : ''}`)}\n`);
    },
    onEvent(event: EventRecord) {
      if (params.quietEvents) return;
      line(
        `     · ${event.source.toUpperCase()} ${event.kind}${event.status ? ` (${event.status})` : ''} +${event.tMs} ms`,
      );
    },
    onIncident(incident: Incident) {
      line(`  !  ${incident.kind}: ${incident.detail}`);
    },
    onRateLimit(entry: RateLimitEntry) {
      line(`  !  rate limited on ${entry.operation} (attempt ${entry.attempt}), retrying in ${entry.delayMs} ms`);
    },
    close() {
      stopNotice();
      stopSpinner();
    },
  };
}
