/**
 * `runDataTest`: the programmatic entry behind `lighter-canary data`. Loads instruments (TC-D01),
 * listens to the public streams of each market for `seconds` on one read-only WS connection,
 * judges the counts (TC-D..) and writes the same report formats as the lifecycle run.
 */
import { randomUUID } from 'node:crypto';
import { LighterDataClient } from '@lighter-ts/execution';
import { type NetworkName, resolveNetwork } from '@lighter-ts/models';
import { LighterWsClient } from '@lighter-ts/streaming';
import { describeError } from '../errors.js';
import { toMarket } from '../execution-mapping.js';
import { type ExitCode, exitCodeFor } from '../exit-codes.js';
import { pickMarket } from '../market.js';
import type { ProgressStream } from '../progress.js';
import { createRecorder } from '../recorder.js';
import { createRedactor } from '../redact.js';
import { CANARY_VERSION } from '../report/build.js';
import { renderSummaryCriteria } from './report.js';
import { type SimulatorHooks, startEmbeddedSimulator } from '../sim.js';
import { sleep } from '../steps.js';
import { type DataOptionsInput, validateDataOptions } from './args.js';
import { evaluateDataCriteria } from './criteria.js';
import { type MarketDataRecord, recordMarket, validOhlc } from './record.js';
import { writeDataReports } from './report.js';
import type { DataReport } from './schema.js';

/**
 * Run the data tester once.
 *
 * @example
 * const { exitCode, report } = await runDataTest({ options: { network: 'testnet', seconds: 30, markets: ['ETH', 'BTC'] } });
 * @throws CanaryError (CANARY_USAGE) for bad options, before anything connects
 */
export async function runDataTest(params: {
  options: DataOptionsInput;
  env?: Record<string, string | undefined>;
  stdout?: ProgressStream;
  signal?: AbortSignal;
  simulator?: SimulatorHooks;
}): Promise<{
  /** The report (also written to the `json` / `html` paths when given). */
  report: DataReport;
  /** Process exit code, one of EXIT_CODE. */
  exitCode: ExitCode;
}> {
  const options = validateDataOptions(params.options);
  const env = params.env ?? process.env;
  const stdout = params.stdout ?? process.stdout;
  const signal = params.signal ?? new AbortController().signal;
  const rec = createRecorder();
  const redactor = createRedactor([env.LIGHTER_CANARY_SIM_ACCOUNT_KEY]);
  const errors: string[] = [];
  const records: MarketDataRecord[] = [];
  let instruments = { count: 0, valid: 0 };
  let endpoint: DataReport['endpoint'] = { httpUrl: null, wsUrl: null };
  const closers: Array<() => Promise<void>> = [];
  stdout.write(
    `lighter-canary data · network ${options.network} · ${options.markets.join(',')} · ${options.seconds} s\n`,
  );
  try {
    let net: { httpUrl: string; wsUrl: string; chainId: number };
    if (options.network === 'sim') {
      const sim = await startEmbeddedSimulator({ hooks: params.simulator, env, rec, signal });
      redactor.add(sim.credentials.apiSecret);
      closers.push(sim.close);
      net = { httpUrl: sim.httpUrl, wsUrl: sim.wsUrl, chainId: sim.chainId };
    } else {
      net = resolveNetwork(options.network as NetworkName);
    }
    endpoint = { httpUrl: net.httpUrl, wsUrl: net.wsUrl };
    const data = new LighterDataClient({ config: { network: net }, env: {} });
    closers.unshift(() => data.close());
    const list = await data.requestInstruments({ signal });
    instruments = {
      count: list.length,
      valid: list.filter(
        (i) => i.rawSymbol !== '' && Number.isInteger(i.priceDecimals) && Number.isInteger(i.sizeDecimals),
      ).length,
    };
    const markets = options.markets.map((m) => pickMarket(list.map(toMarket), m));
    // One read-only connection for every stream: data only, no credentials (docs/protocol/websocket.md#channels).
    const ws = new LighterWsClient({ url: net.wsUrl, readonly: true });
    closers.unshift(() => ws.close());
    ws.on('close', (c) => rec.incident('ws-disconnected', `close code ${c.code}`));
    ws.on('reconnecting', (r) => rec.incident('ws-reconnecting', `attempt ${r.attempt} in ${r.delayMs} ms`));
    await ws.connect({ signal });
    const stops = markets.map((m) => {
      const r = recordMarket({ ws, market: m.symbol, marketIndex: m.marketIndex, perp: m.marketType === 'perp' });
      records.push(r.record);
      return r.stop;
    });
    try {
      await sleep(options.seconds * 1000, signal);
    } finally {
      for (const stop of stops) stop();
    }
    const now = Date.now();
    for (const [i, m] of markets.entries()) {
      const rec = records[i];
      if (!rec || m.instrumentId === null) continue;
      const bars = await data.requestBars({
        instrumentId: m.instrumentId,
        resolution: '1m',
        startMs: now - 3_600_000,
        endMs: now,
        signal,
      });
      rec.candlesRest = {
        seen: bars.length,
        valid: bars.filter(validOhlc).length,
        ascending: bars.every((b, j) => j === 0 || b.tsEvent > (bars[j - 1]?.tsEvent ?? 0)),
      };
    }
  } catch (err) {
    errors.push(redactor.text(describeError(err)));
  } finally {
    for (const close of closers) await close().catch((e: unknown) => errors.push(`close: ${describeError(e)}`));
  }

  const criteria = evaluateDataCriteria({ instruments, markets: records, seconds: options.seconds });
  if (errors.length > 0)
    criteria.push({
      id: 'setup',
      description: 'Data run completed without errors',
      specCases: [],
      expectation: 'No error outside the checks',
      evidence: [],
      passed: false,
      reason: errors.join('; '),
    });
  const passed = criteria.every((c) => c.passed);
  // Read-only: nothing can be left open, so only the criteria decide.
  const exitCode: ExitCode = exitCodeFor({
    criteria,
    errors,
    interruptedBy: signal.aborted ? 'abort' : null,
    cleanupProven: true,
  });
  const report: DataReport = {
    reportVersion: 1,
    kind: 'data',
    tool: { name: '@lighter-ts/canary', version: CANARY_VERSION },
    runId: randomUUID(),
    network: options.network,
    endpoint,
    seconds: options.seconds,
    startedAt: rec.iso(rec.startedAtMs),
    finishedAt: rec.iso(),
    markets: records,
    incidents: rec.incidents,
    criteria,
    verdict: passed ? 'pass' : 'fail',
    exitCode,
    errors,
  };
  try {
    await writeDataReports({ report, redactor, json: options.json, html: options.html });
  } catch (err) {
    stdout.write(`${redactor.text(`could not write report: ${describeError(err)}`)}\n`);
  }
  stdout.write(redactor.text(renderSummaryCriteria(report)));
  return { report: redactor.value(report), exitCode };
}
