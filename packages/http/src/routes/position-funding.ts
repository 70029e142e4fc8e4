/**
 * GET `/api/v1/positionFunding`: Funding payments of the positions of an account (auth).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { PositionFundingsSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of positionFunding (camelCase; sent as snake_case), validated before any I/O.
 * @example PositionFundingParamsSchema.safeParse({ accountIndex: 1077, limit: 50 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const PositionFundingParamsSchema = z.strictObject({
  /** Account whose funding payments are listed (`account_index`); needs auth. */
  accountIndex: P.accountIndex,
  /** Page size (`limit`), 1..100. */
  limit: P.limit(100),
  /** Only this market (`market_id`); absent = every market. */
  marketId: z.optional(P.marketId),
  /** Opaque `next_cursor` from the previous page; omit for the first page. */
  cursor: z.optional(P.cursorParam),
  /** Position side: `long`, `short` or `all`. */
  side: z.optional(z.enum(['long', 'short', 'all'])),
});
/** Input type of positionFunding. */
export type PositionFundingParams = z.input<typeof PositionFundingParamsSchema>;
/** Parsed response of positionFunding. */
export type PositionFundingResponse = z.output<typeof PositionFundingsSchema>;

/**
 * Route spec of positionFunding (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, positionFundingRoute, { accountIndex: 1077, limit: 50 })
 * @throws never (a value)
 */
export const positionFundingRoute = defineRoute({
  name: 'positionFunding',
  method: 'GET',
  path: '/api/v1/positionFunding',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: PositionFundingParamsSchema,
  response: PositionFundingsSchema,
});

/**
 * Funding payments of the positions of an account (auth).
 * @example
 * const res = await positionFunding({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077, limit: 50 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function positionFunding(
  ctx: RouteContext,
  params: PositionFundingParams,
  options?: CallOptions,
): Promise<PositionFundingResponse> {
  return callRoute(ctx, positionFundingRoute, params, options);
}
