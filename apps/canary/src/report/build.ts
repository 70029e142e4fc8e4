/**
 * Assemble the compliance report from the run's recorder and state, redact it,
 * and validate it against the published schema.
 */
import type { CanaryOptions } from '../args.js';
import type { LifecycleState } from '../lifecycle.js';
import type { Recorder } from '../recorder.js';
import type { Redactor } from '../redact.js';
import { fromUnits } from '../decimal.js';
import { CANARY_REPORT_VERSION, type CanaryReport, CanaryReportSchema, type CleanupRecord } from './schema.js';

/** Package version, injected so the report names the tool that produced it. */
export const CANARY_VERSION = '0.1.0';

/**
 * Build the final report (redacted, schema-validated).
 *
 * @example
 * const report = buildReport({ runId, rec, state, options, cleanup, endpoint, account, interrupted: null, exitCode: 0, errors: [], redactor });
 * @throws ZodError only on a programming error (the report violates its own schema)
 */
export function buildReport(params: {
  runId: string;
  rec: Recorder;
  state: LifecycleState;
  options: CanaryOptions;
  cleanup: CleanupRecord;
  endpoint: CanaryReport['endpoint'];
  account: CanaryReport['account'];
  interrupted: CanaryReport['interrupted'];
  exitCode: number;
  errors: string[];
  redactor: Redactor;
}): CanaryReport {
  const { rec, state, options } = params;
  const finished = rec.now();
  const m = state.market;
  const verdict = rec.criteria.length > 0 && rec.criteria.every((c) => c.passed) ? 'pass' : 'fail';
  const timing = (
    event: string,
    ws: { atMs: number } | null,
    rest: { atMs: number } | null,
  ): CanaryReport['transportTimings'][number] => ({
    event,
    wsAt: ws ? rec.iso(ws.atMs) : null,
    restAt: rest ? rec.iso(rest.atMs) : null,
    restMinusWsMs: ws && rest ? rest.atMs - ws.atMs : null,
  });
  const report: CanaryReport = {
    reportVersion: CANARY_REPORT_VERSION,
    tool: { name: '@lighter-ts/canary', version: CANARY_VERSION },
    runId: params.runId,
    network: options.network,
    endpoint: params.endpoint,
    account: params.account,
    options: {
      market: options.market,
      side: options.side,
      size: options.size ?? null,
      timeoutMs: options.timeoutMs,
      fill: options.fill,
      maxNotional: options.maxNotional ?? null,
      offsetBps: options.offsetBps,
      minOffsetTicks: options.minOffsetTicks,
    },
    market: m
      ? {
          symbol: m.symbol,
          marketIndex: m.marketIndex,
          instrumentId: m.instrumentId,
          priceDecimals: m.priceDecimals,
          sizeDecimals: m.sizeDecimals,
          tickSize: fromUnits({ units: 1n, decimals: m.priceDecimals }),
          lotSize: fromUnits({ units: 1n, decimals: m.sizeDecimals }),
          minBaseAmount: m.minBaseAmount,
          minQuoteAmount: m.minQuoteAmount,
        }
      : null,
    startedAt: rec.iso(rec.startedAtMs),
    finishedAt: rec.iso(finished),
    durationMs: Math.max(0, finished - rec.startedAtMs),
    steps: rec.steps,
    events: rec.events,
    orderEvents: rec.orderEvents,
    transportTimings: [
      timing('accepted', state.acceptedWs, state.acceptedRest),
      timing('canceled', state.canceledWs, state.canceledRest),
    ],
    order: state.order,
    fill: state.fill,
    // Counted, not derived: a hit is a retry only once the retry was actually made.
    rateLimit: {
      hits: rec.rateLimit.length,
      retries: rec.rateLimit.filter((e) => e.retried).length,
      entries: rec.rateLimit,
    },
    incidents: rec.incidents,
    accountTier: { ...state.tier },
    volumeQuota: { ...state.quota },
    cleanup: params.cleanup,
    interrupted: params.interrupted,
    criteria: rec.criteria,
    verdict,
    exitCode: params.exitCode,
    errors: params.errors,
  };
  return CanaryReportSchema.parse(params.redactor.value(report));
}
