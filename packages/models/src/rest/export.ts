/**
 * `GET /api/v1/export` and `GET /api/v1/export/historicalTrades` responses (docs/protocol/rest.md#orders): a presigned
 * download URL.
 */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import { ResultCodeShape } from '../schemas/primitives.js';

/**
 * `ExportData` response.
 *
 * @example
 * const r = ExportDataSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ExportDataSchema = z.looseObject({
  ...ResultCodeShape,
  /** Presigned URL of the CSV export (funding or trade history); it expires, download it promptly. */
  data_url: z.string(),
});
/** Inferred {@link ExportDataSchema}. */
export type ExportData = z.output<typeof ExportDataSchema>;

/**
 * `HistoricalTradesExportData` response of `export/historicalTrades`: the `ExportData` fields, but the venue may
 * send no `data_url` (null or absent) when it made no file for the day.
 *
 * @example
 * const r = HistoricalTradesExportSchema.safeParse(payload); // { code, message, data_url }
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const HistoricalTradesExportSchema = z.looseObject({
  ...ResultCodeShape,
  /** Presigned download URL of the day's trades; null or absent when the venue made none. */
  data_url: z.nullish(z.string()),
});
/** Inferred {@link HistoricalTradesExportSchema}. */
export type HistoricalTradesExport = z.output<typeof HistoricalTradesExportSchema>;

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
