/**
 * `runCanary`: the programmatic entry point behind the CLI. Sets up the target
 * (embedded simulator or a real network), runs the lifecycle, always runs the
 * safety cleanup, evaluates criteria, writes the reports and returns the exit code.
 */
import { randomUUID } from 'node:crypto';
import { type CanaryOptions, type CanaryOptionsInput, validateCanaryOptions } from './args.js';
import { loadCredentials } from './credentials.js';
import { evaluateCriteria } from './criteria.js';
import { describeError } from './errors.js';
import { EXIT_CODE, type ExitCode, exitCodeFor } from './exit-codes.js';
import { recordedRunOf } from './recorded-run.js';
import { createExecutionVenue } from './execution-venue.js';
import { flattenPosition } from './fill.js';
import { createLifecycleState, type LifecycleContext, runLifecycle } from './lifecycle.js';
import { createProgress, type ProgressStream } from './progress.js';
import { createRecorder } from './recorder.js';
import { createRedactor } from './redact.js';
import { buildReport } from './report/build.js';
import { writeHtmlReport } from './report/html.js';
import { writeJsonReport } from './report/json.js';
import type { CanaryReport, CleanupRecord } from './report/schema.js';
import { renderSummaryTable } from './report/table.js';
import { createSafetyHarness } from './safety.js';
import { type SimulatorHooks, startEmbeddedSimulator } from './sim.js';
import { isStepFailedError } from './steps.js';
import type { CanaryVenue } from './venue.js';

/** Parameters of {@link runCanary}. */
export interface RunCanaryParams {
  /** The canary options (validated again, so raw input is accepted). */
  readonly options: CanaryOptionsInput | CanaryOptions;
  /** Environment for credentials and test hooks (default: process.env). */
  readonly env?: Record<string, string | undefined>;
  /** Where progress and the final table go (default: process.stdout). */
  readonly stdout?: ProgressStream;
  /** Abort the run (SIGINT/SIGTERM); set `reason` to the signal name. Cleanup still runs. */
  readonly signal?: AbortSignal;
  /** Use this venue instead of building one (custom endpoints, tests). No simulator is started. */
  readonly venue?: CanaryVenue;
  /** Hooks into the embedded simulator (fault injection for tests). */
  readonly simulator?: SimulatorHooks;
  /** Test hook: pause after this step id until the run is aborted. */
  readonly pauseAfter?: string;
  /** Test hook: called with the step id when the run pauses after `pauseAfter`. */
  readonly onPause?: (stepId: string) => void;
}

/** Result of {@link runCanary}. */
export interface CanaryRunResult {
  /** The compliance report (also written to the `json` / `html` paths when given). */
  readonly report: CanaryReport;
  /** Process exit code, one of EXIT_CODE (0 only when every criterion passed). */
  readonly exitCode: ExitCode;
}

/**
 * Run the canary once.
 *
 * @example
 * const { report, exitCode } = await runCanary({ options: { network: 'sim', json: 'canary.json' } });
 * @throws CanaryError (CANARY_USAGE / CANARY_CONFIG) before anything is sent when options or credentials are invalid
 */
export async function runCanary(params: RunCanaryParams): Promise<CanaryRunResult> {
  const options = validateCanaryOptions(params.options);
  const env = params.env ?? process.env;
  const stdout = params.stdout ?? process.stdout;
  const external = params.signal ?? new AbortController().signal;
  const redactor = createRedactor([
    env.LIGHTER_API_SECRET,
    env.LIGHTER_TESTNET_API_SECRET,
    env.LIGHTER_CANARY_SIM_ACCOUNT_KEY,
    params.simulator?.accountPrivateKey,
  ]);
  const noticeMs = Number(env.LIGHTER_CANARY_PROGRESS_NOTICE_MS);
  const progress = createProgress({
    stream: stdout,
    redact: redactor.text,
    ...(Number.isInteger(noticeMs) && noticeMs > 0 ? { slowStepNoticeMs: noticeMs } : {}),
  });
  let stepHook: ((stepId: string) => void) | undefined;
  const rec = createRecorder({
    observer: {
      ...progress,
      onStepStart: (step) => {
        stepHook?.(step.id);
        progress.onStepStart?.(step);
      },
    },
  });
  const state = createLifecycleState();
  const safety = createSafetyHarness();
  const errors: string[] = [];
  const runId = randomUUID();
  let venue: CanaryVenue | undefined = params.venue;
  let closeTarget: (() => Promise<void>) | undefined;
  let endpoint: CanaryReport['endpoint'] = {
    httpUrl: null,
    wsUrl: null,
    chainId: null,
    networkId: null,
    collateral: null,
  };
  let account: CanaryReport['account'] = { accountIndex: null, apiKeyIndex: null };
  let cleanup: CleanupRecord = {
    attempted: false,
    reason: 'not needed',
    canceled: [],
    errors: [],
    openOrdersAfter: null,
    positionAfter: null,
  };

  // Credentials are checked before anything starts: a usage problem must exit 2 with nothing sent.
  const credentials =
    params.venue || options.network === 'sim'
      ? undefined
      : await loadCredentials({ network: options.network, env, configFile: options.config });
  if (credentials) redactor.add(credentials.apiSecret);
  progress.line(
    `lighter-canary ${runId} · network ${options.network}${options.simNetwork ? ` as ${options.simNetwork}` : ''} · market ${options.market}${options.fill ? ' · fill' : ''}`,
  );
  try {
    if (!venue) {
      if (options.network === 'sim') {
        const sim = await startEmbeddedSimulator({
          hooks: params.simulator,
          env,
          network: options.simNetwork,
          rec,
          signal: external,
        });
        redactor.add(sim.credentials.apiSecret);
        closeTarget = sim.close;
        stepHook = sim.onStepStart;
        venue = createExecutionVenue({
          network: sim.network,
          local: true,
          credentials: sim.credentials,
          clock: rec.now,
          onSecret: redactor.add,
        });
      } else if (credentials) {
        venue = createExecutionVenue({ network: options.network, credentials, clock: rec.now, onSecret: redactor.add });
      }
    }
    if (!venue) throw new Error('no venue could be built');
    endpoint = { ...venue.endpoint };
    account = { accountIndex: venue.account.accountIndex, apiKeyIndex: venue.account.apiKeyIndex };
    const ctx: LifecycleContext = {
      venue,
      options,
      rec,
      safety,
      signal: external,
      redact: (s) => {
        for (const secret of venue?.secrets() ?? []) redactor.add(secret);
        return redactor.text(s);
      },
      pauseAfter: params.pauseAfter ?? env.LIGHTER_CANARY_TEST_PAUSE_AFTER,
      onPause:
        params.onPause ??
        ((id) => {
          progress.line(`CANARY_PAUSED ${id}`);
        }),
    };
    await runLifecycle(ctx, state);
  } catch (err) {
    if (!isStepFailedError(err)) errors.push(redactor.text(describeError(err)));
  } finally {
    if (venue) {
      for (const secret of venue.secrets()) redactor.add(secret);
      const reason = external.aborted
        ? `interrupted (${signalName(external)})`
        : errors.length || rec.steps.some((s) => s.status === 'failed')
          ? 'failure'
          : 'end of run';
      const v = venue;
      cleanup = await safety.cleanup({
        venue: v,
        reason,
        timeoutMs: Math.max(options.timeoutMs, 15_000),
        flatten: (market, signal) =>
          flattenPosition({ venue: v, options, rec, safety, signal, redact: redactor.text }, market, signal),
      });
      state.tier.after = await v
        .accountTier({ signal: AbortSignal.timeout(Math.max(options.timeoutMs, 15_000)) })
        .catch(() => null);
      const quota = v.volumeQuota();
      state.quota = { before: quota.first, after: quota.latest };
      if (cleanup.attempted)
        progress.line(
          `cleanup (${reason}): canceled ${cleanup.canceled.length}, open after ${cleanup.openOrdersAfter ?? '?'}`,
        );
      if (!params.venue) {
        await v.close().catch((e: unknown) => errors.push(`close venue: ${redactor.text(describeError(e))}`));
      }
    }
    if (closeTarget)
      await closeTarget().catch((e: unknown) => errors.push(`close simulator: ${redactor.text(describeError(e))}`));
    progress.close();
  }

  const interruptedBy = external.aborted ? signalName(external) : null;
  for (const c of evaluateCriteria(recordedRunOf({ rec, state, fill: options.fill, cleanup, interruptedBy })))
    rec.criterion(c);
  const placed = safety.tracked().length > 0;
  const cleanupProven = !placed || (cleanup.openOrdersAfter === 0 && cleanup.errors.length === 0);
  if (errors.length > 0 && rec.criteria.every((c) => c.passed)) {
    // An error outside any step (setup) must still fail the run.
    rec.criterion({
      id: 'setup',
      description: 'Run setup succeeded',
      specCases: [],
      expectation: 'No error outside the steps',
      evidence: [],
      passed: false,
      reason: errors.join('; '),
    });
  }
  let exitCode: ExitCode = exitCodeFor({ criteria: rec.criteria, errors, interruptedBy, cleanupProven });

  const report = buildReport({
    runId,
    rec,
    state,
    options,
    cleanup,
    endpoint,
    account,
    interrupted: interruptedBy ? { signal: interruptedBy, at: rec.iso() } : null,
    exitCode,
    errors,
    redactor,
  });
  const writes: Array<Promise<void>> = [];
  if (options.json) writes.push(writeJsonReport({ file: options.json, report, redactor }));
  if (options.html) writes.push(writeHtmlReport({ file: options.html, report, redactor }));
  const results = await Promise.allSettled(writes);
  for (const r of results) {
    if (r.status === 'rejected') {
      stdout.write(`${redactor.text(`could not write report: ${describeError(r.reason)}`)}\n`);
      if (exitCode === EXIT_CODE.PASS) exitCode = EXIT_CODE.FAIL;
    }
  }
  stdout.write(`\n${redactor.text(renderSummaryTable(report))}`);
  if (options.json) stdout.write(`json report: ${options.json}\n`);
  if (options.html) stdout.write(`html report: ${options.html}\n`);
  return { report: { ...report, exitCode }, exitCode };
}

function signalName(signal: AbortSignal): string {
  const r: unknown = signal.reason;
  if (typeof r === 'string') return r;
  if (r && typeof r === 'object' && typeof (r as { signal?: unknown }).signal === 'string')
    return (r as { signal: string }).signal;
  return 'abort';
}
