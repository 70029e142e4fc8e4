/**
 * The data-test report: per-market counters and the TC-D criteria (same criterion shape as the
 * lifecycle report: spec cases, expectation, evidence with sources, pass/fail, reason).
 */
import * as z from 'zod/mini';
import { CriterionSchema, IncidentSchema } from '../report/schema.js';

const isoTime = z.iso.datetime({ offset: true });
const count = z.object({
  /** Messages of this kind received. */
  seen: z.int().check(z.nonnegative()),
  /** Of those, how many parsed and passed the checks. */
  valid: z.int().check(z.nonnegative()),
});

/** Version of the data report layout. */
export const DATA_REPORT_VERSION = 1 as const;

/** Counters of one market. */
export const MarketDataRecordSchema = z.object({
  /** Market symbol, e.g. `ETH`. */
  market: z.string(),
  /** Venue market index. */
  marketIndex: z.int(),
  /** True for a perp market, false for spot. */
  perp: z.boolean(),
  /** Order-book stream counters. */
  book: z.object({
    /** Book frames received. */
    frames: z.int().check(z.nonnegative()),
    /** Full snapshots among them. */
    snapshots: z.int().check(z.nonnegative()),
    /** Times the local book was crossed (best bid >= best ask). */
    crossed: z.int().check(z.nonnegative()),
    /** Each time the local book was thrown away (gap, crossed book...). */
    resets: z.array(
      z.object({
        /** Why the book was reset. */
        reason: z.string(),
        /** Whether a fresh snapshot rebuilt it before the run ended. */
        resynced: z.boolean(),
      }),
    ),
  }),
  /** Ticker frames. */
  ticker: count,
  /** Trade frames. */
  trades: count,
  /** Candle frames. */
  candles: count,
  /** The REST candles check: counters plus ordering; null when it did not run. */
  candlesRest: z.nullable(
    z.extend(count, {
      /** Whether the candles came in ascending time order. */
      ascending: z.boolean(),
    }),
  ),
  /** Funding frames (perps). */
  funding: count,
  /** Market-stats frames and the prices they carried. */
  stats: z.object({
    /** Market-stats frames received. */
    seen: z.int().check(z.nonnegative()),
    /** Frames with a valid mark price. */
    markPrice: z.int().check(z.nonnegative()),
    /** Frames with a valid index price. */
    indexPrice: z.int().check(z.nonnegative()),
  }),
});

/** The data-test report. */
export const DataReportSchema = z.object({
  /** Layout version (DATA_REPORT_VERSION). */
  reportVersion: z.literal(DATA_REPORT_VERSION),
  /** Always `data` (tells this report from the lifecycle report). */
  kind: z.literal('data'),
  /** The program that wrote the report. */
  tool: z.object({
    /** Always `@lighter-ts/canary`. */
    name: z.literal('@lighter-ts/canary'),
    /** Its package version (semver). */
    version: z.string(),
  }),
  /** Unique id of this run. */
  runId: z.string().check(z.minLength(1)),
  /** `sim` or the Lighter network name the run was given. */
  network: z.string().check(z.minLength(1)),
  /** Where the run connected. */
  endpoint: z.object({
    /** REST base URL; null when not resolved. */
    httpUrl: z.nullable(z.string()),
    /** WebSocket URL; null when not resolved. */
    wsUrl: z.nullable(z.string()),
  }),
  /** How long the run listened, seconds. */
  seconds: z.int().check(z.positive()),
  /** Run start, ISO-8601. */
  startedAt: isoTime,
  /** Run end, ISO-8601. */
  finishedAt: isoTime,
  /** Counters per market. */
  markets: z.array(MarketDataRecordSchema),
  /** Transport incidents. */
  incidents: z.array(IncidentSchema),
  /** The TC-D criteria and their verdicts. */
  criteria: z.array(CriterionSchema),
  /** `pass` when every criterion passed. */
  verdict: z.enum(['pass', 'fail']),
  /** Process exit code, one of EXIT_CODE (0 pass, 1 fail, 130/143 interrupted). */
  exitCode: z.int().check(z.nonnegative()),
  /** Errors outside any criterion, redacted. */
  errors: z.array(z.string()),
});

/** A parsed data report. */
export type DataReport = z.output<typeof DataReportSchema>;
