/**
 * GET `/api/v1/funding-rates`: Current funding rate per market and per external exchange.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { FundingRatesSchema } from '@lighter-ts/models';

/**
 * Parameters of fundingRates (camelCase; sent as snake_case), validated before any I/O.
 * @example FundingRatesParamsSchema.safeParse({}).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const FundingRatesParamsSchema = z.strictObject({});
/** Input type of fundingRates. */
export type FundingRatesParams = z.input<typeof FundingRatesParamsSchema>;
/** Parsed response of fundingRates. */
export type FundingRatesResponse = z.output<typeof FundingRatesSchema>;

/**
 * Route spec of fundingRates (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, fundingRatesRoute, {})
 * @throws never (a value)
 */
export const fundingRatesRoute = defineRoute({
  name: 'fundingRates',
  method: 'GET',
  path: '/api/v1/funding-rates',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: FundingRatesParamsSchema,
  response: FundingRatesSchema,
});

/**
 * Current funding rate per market and per external exchange.
 * @example
 * const res = await fundingRates({ transport: createUndiciTransport({ baseUrl }) }, {}, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function fundingRates(
  ctx: RouteContext,
  params: FundingRatesParams = {},
  options?: CallOptions,
): Promise<FundingRatesResponse> {
  return callRoute(ctx, fundingRatesRoute, params, options);
}
