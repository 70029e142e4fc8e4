/**
 * GET `/api/v1/upDownCandles`: candles of the underlying that decides Up/Down markets (seconds, inclusive, at most 24 h).
 * Weight 300 (assumed: undocumented, docs/protocol/binary-options.md#updown-candles); auth: none.
 */
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { UpDownCandlesParamsSchema, UpDownCandlesSchema } from '@lighter-ts/models';
import type * as z from 'zod/mini';

/**
 * Parameters schema (the models one: one home for the binary-option query rules), validated before any I/O.
 * @example UpDownCandlesParamsSchema.safeParse({}).success
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export { UpDownCandlesParamsSchema };

/** Input type of upDownCandles (camelCase; sent as snake_case), validated before any I/O by the models schema. */
export type UpDownCandlesParams = z.input<typeof UpDownCandlesParamsSchema>;
/** Parsed response of upDownCandles. */
export type UpDownCandlesResponse = z.output<typeof UpDownCandlesSchema>;

/**
 * Route spec of upDownCandles (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, upDownCandlesRoute, { symbol: 'btc', duration: '15m', startTimestamp: 1761400800, endTimestamp: 1761401700 })
 * @throws never (a value)
 */
export const upDownCandlesRoute = defineRoute({
  name: 'upDownCandles',
  method: 'GET',
  path: '/api/v1/upDownCandles',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: UpDownCandlesParamsSchema,
  response: UpDownCandlesSchema,
});

/**
 * candles of the underlying that decides Up/Down markets (seconds, inclusive, at most 24 h).
 * @example
 * const res = await upDownCandles({ transport: createUndiciTransport({ baseUrl }) }, { symbol: 'btc', duration: '15m', startTimestamp: 1761400800, endTimestamp: 1761401700 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterParseError | AbortedError}
 */
export function upDownCandles(
  ctx: RouteContext,
  params: UpDownCandlesParams,
  options?: CallOptions,
): Promise<UpDownCandlesResponse> {
  return callRoute(ctx, upDownCandlesRoute, params, options);
}
