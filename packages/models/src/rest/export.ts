/** `GET /api/v1/export` (lighter-api.md §4.3): a presigned download URL. */
import { z } from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { ResultCodeShape } from '../schemas/primitives.js';
import { AccountIndexParam, AuthParam, MarketIdParam, TimestampMsParam } from './params.js';
import type { RouteInfo } from './route.js';

/** Route facts. */
export const EXPORT_ROUTE: RouteInfo = { method: 'GET', path: '/api/v1/export', weight: 300, auth: true, encoding: 'query' };

/** `ExportData` response. */
export const ExportDataSchema = z.looseObject({
  ...ResultCodeShape,
  data_url: z.string(),
});
/** Inferred {@link ExportDataSchema}. */
export type ExportData = z.output<typeof ExportDataSchema>;

/** Query of `export` (span ≤ 12 months, start ≥ 2025-01-17). */
export const ExportParamsSchema = z.strictObject({
  type: z.enum(['funding', 'trade']),
  accountIndex: AccountIndexParam.optional(),
  marketId: MarketIdParam.optional(),
  startTimestamp: TimestampMsParam.optional(),
  endTimestamp: TimestampMsParam.optional(),
  side: z.string().optional(),
  role: z.string().optional(),
  tradeType: z.string().optional(),
  aggregate: z.boolean().optional(),
  auth: AuthParam.optional(),
});
/** Inferred {@link ExportParamsSchema}. */
export type ExportParams = z.input<typeof ExportParamsSchema>;

/**
 * Parse an `export` response.
 *
 * @example
 * parseExportData(body).data_url;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseExportData(raw: unknown): WithRaw<ExportData> {
  return parseWith(ExportDataSchema, raw, 'ExportData');
}
