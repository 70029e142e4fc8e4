/**
 * The data-test report: per-market counters and the TC-D criteria (same criterion shape as the
 * lifecycle report: spec cases, expectation, evidence with sources, pass/fail, reason).
 */
import * as z from 'zod/mini';
import { CriterionSchema, IncidentSchema } from '../report/schema.js';

const isoTime = z.iso.datetime({ offset: true });
const count = z.object({ seen: z.int().check(z.nonnegative()), valid: z.int().check(z.nonnegative()) });

/** Version of the data report layout. */
export const DATA_REPORT_VERSION = 1 as const;

/** Counters of one market. */
export const MarketDataRecordSchema = z.object({
  market: z.string(),
  marketIndex: z.int(),
  perp: z.boolean(),
  book: z.object({
    frames: z.int().check(z.nonnegative()),
    snapshots: z.int().check(z.nonnegative()),
    crossed: z.int().check(z.nonnegative()),
    resets: z.array(z.object({ reason: z.string(), resynced: z.boolean() })),
  }),
  ticker: count,
  trades: count,
  candles: count,
  candlesRest: z.nullable(z.extend(count, { ascending: z.boolean() })),
  funding: count,
  stats: z.object({
    seen: z.int().check(z.nonnegative()),
    markPrice: z.int().check(z.nonnegative()),
    indexPrice: z.int().check(z.nonnegative()),
  }),
});

/** The data-test report. */
export const DataReportSchema = z.object({
  reportVersion: z.literal(DATA_REPORT_VERSION),
  kind: z.literal('data'),
  tool: z.object({ name: z.literal('@lighter-ts/canary'), version: z.string() }),
  runId: z.string().check(z.minLength(1)),
  /** `sim` or the Lighter network name the run was given. */
  network: z.string().check(z.minLength(1)),
  endpoint: z.object({ httpUrl: z.nullable(z.string()), wsUrl: z.nullable(z.string()) }),
  seconds: z.int().check(z.positive()),
  startedAt: isoTime,
  finishedAt: isoTime,
  markets: z.array(MarketDataRecordSchema),
  incidents: z.array(IncidentSchema),
  criteria: z.array(CriterionSchema),
  verdict: z.enum(['pass', 'fail']),
  exitCode: z.int().check(z.nonnegative()),
  errors: z.array(z.string()),
});

/** A parsed data report. */
export type DataReport = z.output<typeof DataReportSchema>;
