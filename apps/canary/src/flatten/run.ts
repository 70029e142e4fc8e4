/**
 * `runFlatten`: the programmatic entry behind `lighter-canary flatten`. Connects, flattens the
 * account (see {@link flattenAccount}), writes the reports and returns the exit code: 0 when a
 * final re-read proves the account flat, 3 when it could not be proven.
 */
import { randomUUID } from 'node:crypto';
import { describeError } from '../errors.js';
import { EXIT_CODE, type ExitCode } from '../exit-codes.js';
import { createRecorder } from '../recorder.js';
import { createRedactor } from '../redact.js';
import { CANARY_VERSION } from '../report/build.js';
import type { ProgressStream } from '../progress.js';
import type { SimulatorHooks } from '../sim.js';
import { openTarget, type OpenTarget } from '../target.js';
import type { CanaryVenue } from '../venue.js';
import { type FlattenOptionsInput, validateFlattenOptions } from './args.js';
import { flattenAccount, type FlattenOutcome } from './flatten.js';
import { writeFlattenReports } from './report.js';
import type { FlattenReport } from './schema.js';
import { parseSeed, seedAccount } from './seed.js';

/**
 * Flatten the account once.
 *
 * @example
 * const { exitCode, report } = await runFlatten({ options: { network: 'testnet', json: 'flatten.json' } });
 * console.log(report.summary);
 * @throws CanaryError (CANARY_USAGE / CANARY_CONFIG) before anything is sent
 */
export async function runFlatten(params: {
  options: FlattenOptionsInput;
  env?: Record<string, string | undefined>;
  stdout?: ProgressStream;
  signal?: AbortSignal;
  /** Use this (already connected or not) venue; it is connected if needed and not closed. */
  venue?: CanaryVenue;
  simulator?: SimulatorHooks;
}): Promise<{
  /** The report (also written to the `json` / `html` paths when given). */
  report: FlattenReport;
  /** Process exit code, one of EXIT_CODE. */
  exitCode: ExitCode;
}> {
  const options = validateFlattenOptions(params.options);
  const env = params.env ?? process.env;
  const stdout = params.stdout ?? process.stdout;
  const signal = params.signal ?? new AbortController().signal;
  const redactor = createRedactor([
    env.LIGHTER_API_SECRET,
    env.LIGHTER_TESTNET_API_SECRET,
    env.LIGHTER_CANARY_SIM_ACCOUNT_KEY,
  ]);
  const rec = createRecorder();
  const errors: string[] = [];
  const seed = options.network === 'sim' ? parseSeed(env.LIGHTER_CANARY_TEST_SEED) : undefined;
  let target: OpenTarget | undefined;
  let venue = params.venue;
  let outcome: FlattenOutcome | undefined;
  stdout.write(`lighter-canary flatten · network ${options.network}\n`);
  try {
    if (!venue) {
      target = await openTarget({
        network: options.network,
        env,
        config: options.config,
        rec,
        redactor,
        signal,
        simulator: params.simulator,
      });
      venue = target.venue;
      await venue.connect({ signal });
    }
    const markets = (await venue.loadMarkets({ signal })).filter((m) => m.active);
    const first = markets[0];
    if (seed && first) await seedAccount({ venue, market: first, seed, signal });
    outcome = await flattenAccount({
      venue,
      markets,
      slippageBps: options.slippageBps,
      timeoutMs: options.timeoutMs,
      signal,
    });
    errors.push(...outcome.errors);
  } catch (err) {
    errors.push(describeError(err));
  } finally {
    if (venue) for (const s of venue.secrets()) redactor.add(s);
    await target?.close().catch((e: unknown) => errors.push(`close: ${describeError(e)}`));
  }

  const verified = outcome?.after.verified === true && (outcome?.unaddressable.length ?? 0) === 0;
  const nothingToDo = outcome !== undefined && outcome.found.openOrders === 0 && outcome.found.positions.length === 0;
  const exitCode: ExitCode = verified ? EXIT_CODE.PASS : EXIT_CODE.CLEANUP_FAILED;
  const summary = !outcome
    ? `could not read the account: ${errors.join('; ')}`
    : nothingToDo && verified
      ? 'nothing to do: no open order and no position'
      : `${outcome.actions.filter((a) => a.kind === 'cancel' && a.ok).length} order(s) canceled, ${outcome.actions.filter((a) => a.kind === 'close' && a.ok).length} position(s) closed; ${verified ? 'proven flat' : 'NOT proven flat: check the account by hand'}`;
  const finished = rec.now();
  const report: FlattenReport = {
    reportVersion: 1,
    kind: 'flatten',
    tool: { name: '@lighter-ts/canary', version: CANARY_VERSION },
    runId: randomUUID(),
    network: options.network,
    endpoint: venue ? { ...venue.endpoint } : { httpUrl: null, wsUrl: null, chainId: null },
    account: venue
      ? { accountIndex: venue.account.accountIndex, apiKeyIndex: venue.account.apiKeyIndex }
      : { accountIndex: null, apiKeyIndex: null },
    startedAt: rec.iso(rec.startedAtMs),
    finishedAt: rec.iso(finished),
    durationMs: Math.max(0, finished - rec.startedAtMs),
    found: outcome?.found ?? { openOrders: 0, positions: [] },
    nothingToDo,
    actions: outcome?.actions ?? [],
    unaddressable: outcome?.unaddressable ?? [],
    after: outcome?.after ?? { openOrders: null, positions: [], verified: false },
    verdict: verified ? 'flat' : 'not-flat',
    summary,
    exitCode,
    errors: errors.map((e) => redactor.text(e)),
  };
  try {
    await writeFlattenReports({ report, redactor, json: options.json, html: options.html });
  } catch (err) {
    stdout.write(`${redactor.text(`could not write report: ${describeError(err)}`)}\n`);
  }
  stdout.write(`${redactor.text(summary)}\nFLATTEN: ${report.verdict.toUpperCase()} (exit ${exitCode})\n`);
  return { report: redactor.value(report), exitCode };
}
