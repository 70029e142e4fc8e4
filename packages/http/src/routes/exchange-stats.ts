/**
 * GET `/api/v1/exchangeStats`: 24h statistics per order book and totals.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { ExchangeStatsSchema } from '@lighter-ts/models';

/**
 * Parameters of exchangeStats (camelCase; sent as snake_case), validated before any I/O.
 * @example ExchangeStatsParamsSchema.safeParse({}).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const ExchangeStatsParamsSchema = z.strictObject({});
/** Input type of exchangeStats. */
export type ExchangeStatsParams = z.input<typeof ExchangeStatsParamsSchema>;
/** Parsed response of exchangeStats. */
export type ExchangeStatsResponse = z.output<typeof ExchangeStatsSchema>;

/**
 * Route spec of exchangeStats (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, exchangeStatsRoute, {})
 * @throws never (a value)
 */
export const exchangeStatsRoute = defineRoute({
  name: 'exchangeStats',
  method: 'GET',
  path: '/api/v1/exchangeStats',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: ExchangeStatsParamsSchema,
  response: ExchangeStatsSchema,
});

/**
 * 24h statistics per order book and totals.
 * @example
 * const res = await exchangeStats({ transport: createUndiciTransport({ baseUrl }) }, {}, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function exchangeStats(
  ctx: RouteContext,
  params: ExchangeStatsParams = {},
  options?: CallOptions,
): Promise<ExchangeStatsResponse> {
  return callRoute(ctx, exchangeStatsRoute, params, options);
}
