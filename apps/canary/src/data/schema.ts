/**
 * The data-test report: per-market counters and the TC-D criteria (same criterion shape as the
 * lifecycle report: spec cases, expectation, evidence with sources, pass/fail, reason).
 */
import { z } from 'zod';
import { CriterionSchema, IncidentSchema } from '../report/schema.js';

const isoTime = z.string().datetime({ offset: true });
const count = z.object({ seen: z.number().int().nonnegative(), valid: z.number().int().nonnegative() });

/** Version of the data report layout. */
export const DATA_REPORT_VERSION = 1 as const;

/** Counters of one market. */
export const MarketDataRecordSchema = z.object({
  market: z.string(),
  marketIndex: z.number().int(),
  perp: z.boolean(),
  book: z.object({
    frames: z.number().int().nonnegative(),
    snapshots: z.number().int().nonnegative(),
    crossed: z.number().int().nonnegative(),
    resets: z.array(z.object({ reason: z.string(), resynced: z.boolean() })),
  }),
  ticker: count,
  trades: count,
  candles: count,
  candlesRest: count.extend({ ascending: z.boolean() }).nullable(),
  funding: count,
  stats: z.object({
    seen: z.number().int().nonnegative(),
    markPrice: z.number().int().nonnegative(),
    indexPrice: z.number().int().nonnegative(),
  }),
});

/** The data-test report. */
export const DataReportSchema = z.object({
  reportVersion: z.literal(DATA_REPORT_VERSION),
  kind: z.literal('data'),
  tool: z.object({ name: z.literal('@lighter-ts/canary'), version: z.string() }),
  runId: z.string().min(1),
  /** `sim` or the Lighter network name the run was given. */
  network: z.string().min(1),
  endpoint: z.object({ httpUrl: z.string().nullable(), wsUrl: z.string().nullable() }),
  seconds: z.number().int().positive(),
  startedAt: isoTime,
  finishedAt: isoTime,
  markets: z.array(MarketDataRecordSchema),
  incidents: z.array(IncidentSchema),
  criteria: z.array(CriterionSchema),
  verdict: z.enum(['pass', 'fail']),
  exitCode: z.number().int().nonnegative(),
  errors: z.array(z.string()),
});

/** A parsed data report. */
export type DataReport = z.output<typeof DataReportSchema>;
