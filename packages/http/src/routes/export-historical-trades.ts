/**
 * GET `/api/v1/export/historicalTrades`: Presigned URL of a day of historical trades (auth).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import { type HistoricalTradesExport, HistoricalTradesExportSchema } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import * as P from '../schemas/params.js';

/**
 * Parameters of exportHistoricalTrades (camelCase; sent as snake_case), validated before any I/O.
 * @example ExportHistoricalTradesParamsSchema.safeParse({ l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A', date: '2026-01-01' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const ExportHistoricalTradesParamsSchema = z.strictObject({
  /** Owner address whose trades are exported. */
  l1Address: P.l1Address,
  /** UTC day to export, `YYYY-MM-DD`. */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')),
});
/** Input type of exportHistoricalTrades. */
export type ExportHistoricalTradesParams = z.input<typeof ExportHistoricalTradesParamsSchema>;
/** Parsed response of exportHistoricalTrades. */
export type ExportHistoricalTradesResponse = HistoricalTradesExport;

/**
 * Route spec of exportHistoricalTrades (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, exportHistoricalTradesRoute, { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A', date: '2026-01-01' })
 * @throws never (a value)
 */
export const exportHistoricalTradesRoute = defineRoute({
  name: 'exportHistoricalTrades',
  method: 'GET',
  path: '/api/v1/export/historicalTrades',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: ExportHistoricalTradesParamsSchema,
  response: HistoricalTradesExportSchema,
});

/**
 * Presigned URL of a day of historical trades (auth).
 * @example
 * const res = await exportHistoricalTrades({ transport: createUndiciTransport({ baseUrl }) }, { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A', date: '2026-01-01' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function exportHistoricalTrades(
  ctx: RouteContext,
  params: ExportHistoricalTradesParams,
  options?: CallOptions,
): Promise<ExportHistoricalTradesResponse> {
  return callRoute(ctx, exportHistoricalTradesRoute, params, options);
}
