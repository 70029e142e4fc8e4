/** `GET /api/v1/export` (docs/protocol/rest.md#orders): a presigned download URL. */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { ResultCodeShape } from '../schemas/primitives.js';
import { AccountIndexParam, AuthParam, MarketIdParam, TimestampMsParam } from './params.js';
import type { RouteInfo } from './route.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${EXPORT_ROUTE.path}` with method EXPORT_ROUTE.method
 * @throws never (a constant)
 */
export const EXPORT_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/export',
  weight: 300,
  auth: true,
  encoding: 'query',
};

/**
 * `ExportData` response.
 *
 * @example
 * const r = ExportDataSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ExportDataSchema = z.looseObject({
  ...ResultCodeShape,
  data_url: z.string(),
});
/** Inferred {@link ExportDataSchema}. */
export type ExportData = z.output<typeof ExportDataSchema>;

/**
 * Query of `export` (span ≤ 12 months, start ≥ 2025-01-17).
 *
 * @example
 * const r = ExportParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
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
