/**
 * GET `/api/v1/export`: Export funding or trade history as a download URL (auth).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { ExportDataSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of exportData (camelCase; sent as snake_case), validated before any I/O.
 * @example ExportDataParamsSchema.safeParse({ type: 'trade', accountIndex: 1077 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const ExportDataParamsSchema = z.strictObject({
  /** What to export: `funding` payments or `trade` fills. */
  type: z.enum(['funding', 'trade']),
  /** Account to export (`account_index`); the token's account when absent. */
  accountIndex: z.optional(P.accountIndex),
  /** Only this market (`market_id`); absent = every market. */
  marketId: z.optional(P.marketId),
  /** Start of the range, Unix milliseconds. */
  startTimestamp: z.optional(P.timestampMs),
  /** End of the range, Unix milliseconds. */
  endTimestamp: z.optional(P.timestampMs),
  /** Position side (funding export): `long`, `short` or `all`. */
  side: z.optional(z.enum(['all', 'long', 'short'])),
  /** Liquidity role filter: `maker`, `taker` or `all`. */
  role: z.optional(z.enum(['all', 'maker', 'taker'])),
  /** Trade kind (`trade_type`): normal trade, liquidation, deleverage, market settlement or `all`. */
  tradeType: z.optional(z.enum(['all', 'trade', 'liquidation', 'deleverage', 'market-settlement'])),
  /** Venue flag `aggregate`, forwarded as is (its effect is not documented). */
  aggregate: z.optional(z.boolean()),
});
/** Input type of exportData. */
export type ExportDataParams = z.input<typeof ExportDataParamsSchema>;
/** Parsed response of exportData. */
export type ExportDataResponse = z.output<typeof ExportDataSchema>;

/**
 * Route spec of exportData (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, exportDataRoute, { type: 'trade', accountIndex: 1077 })
 * @throws never (a value)
 */
export const exportDataRoute = defineRoute({
  name: 'exportData',
  method: 'GET',
  path: '/api/v1/export',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: ExportDataParamsSchema,
  response: ExportDataSchema,
});

/**
 * Export funding or trade history as a download URL (auth).
 * @example
 * const res = await exportData({ transport: createUndiciTransport({ baseUrl }) }, { type: 'trade', accountIndex: 1077 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function exportData(
  ctx: RouteContext,
  params: ExportDataParams,
  options?: CallOptions,
): Promise<ExportDataResponse> {
  return callRoute(ctx, exportDataRoute, params, options);
}
