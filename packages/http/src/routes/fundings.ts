/**
 * GET `/api/v1/fundings`: Funding history; query bounds in ms, row `timestamp` in seconds (docs/protocol/rest.md#conventions).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { FUNDING_RESOLUTIONS, FundingsSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of fundings (camelCase; sent as snake_case), validated before any I/O.
 * @example FundingsParamsSchema.safeParse({ marketId: 0, resolution: '1h', startTimestamp: 1778700000000, endTimestamp: 1778710000000, countBack: 10 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const FundingsParamsSchema = z
  .strictObject({
    /** Market index (`market_id`). */
    marketId: P.marketId,
    /** Bucket width: `1h` or `1d`. */
    resolution: z.enum(FUNDING_RESOLUTIONS),
    /** Start of the range, Unix milliseconds (`start_timestamp`). */
    startTimestamp: P.timestampMs,
    /** End of the range, Unix milliseconds (`end_timestamp`), after `startTimestamp`. */
    endTimestamp: P.timestampMs,
    /** Most buckets counting back from `endTimestamp` (`count_back`), 0..100. */
    countBack: z.int().check(z.gte(0), z.lte(100)),
  })
  .check(
    z.refine((p) => p.endTimestamp > p.startTimestamp, {
      path: ['endTimestamp'],
      message: 'must be greater than startTimestamp (venue code 22400)',
    }),
  );
/** Input type of fundings. */
export type FundingsParams = z.input<typeof FundingsParamsSchema>;
/** Parsed response of fundings. */
export type FundingsResponse = z.output<typeof FundingsSchema>;

/**
 * Route spec of fundings (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, fundingsRoute, { marketId: 0, resolution: '1h', startTimestamp: 1778700000000, endTimestamp: 1778710000000, countBack: 10 })
 * @throws never (a value)
 */
export const fundingsRoute = defineRoute({
  name: 'fundings',
  method: 'GET',
  path: '/api/v1/fundings',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: FundingsParamsSchema,
  response: FundingsSchema,
});

/**
 * Funding history; query bounds in ms, row `timestamp` in seconds (docs/protocol/rest.md#conventions).
 * @example
 * const res = await fundings({ transport: createUndiciTransport({ baseUrl }) }, { marketId: 0, resolution: '1h', startTimestamp: 1778700000000, endTimestamp: 1778710000000, countBack: 10 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function fundings(ctx: RouteContext, params: FundingsParams, options?: CallOptions): Promise<FundingsResponse> {
  return callRoute(ctx, fundingsRoute, params, options);
}
