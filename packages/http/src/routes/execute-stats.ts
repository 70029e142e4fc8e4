/**
 * GET `/api/v1/executeStats`: Execution slippage statistics vs other venues.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { ExecuteStatsSchema } from '@lighter-ts/models';

/**
 * Parameters of executeStats (camelCase; sent as snake_case), validated before any I/O.
 * @example ExecuteStatsParamsSchema.safeParse({ period: 'd' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const ExecuteStatsParamsSchema = z.strictObject({
  /** Window: `d`ay, `w`eek, `m`onth, `q`uarter, `y`ear or `all`. */
  period: z.enum(['d', 'w', 'm', 'q', 'y', 'all']),
});
/** Input type of executeStats. */
export type ExecuteStatsParams = z.input<typeof ExecuteStatsParamsSchema>;
/** Parsed response of executeStats. */
export type ExecuteStatsResponse = z.output<typeof ExecuteStatsSchema>;

/**
 * Route spec of executeStats (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, executeStatsRoute, { period: 'd' })
 * @throws never (a value)
 */
export const executeStatsRoute = defineRoute({
  name: 'executeStats',
  method: 'GET',
  path: '/api/v1/executeStats',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: ExecuteStatsParamsSchema,
  response: ExecuteStatsSchema,
});

/**
 * Execution slippage statistics vs other venues.
 * @example
 * const res = await executeStats({ transport: createUndiciTransport({ baseUrl }) }, { period: 'd' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function executeStats(
  ctx: RouteContext,
  params: ExecuteStatsParams,
  options?: CallOptions,
): Promise<ExecuteStatsResponse> {
  return callRoute(ctx, executeStatsRoute, params, options);
}
