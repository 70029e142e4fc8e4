/**
 * GET `/api/v1/liquidations`: Liquidations of an account (auth).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { LiquidationInfosSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of liquidations (camelCase; sent as snake_case), validated before any I/O.
 * @example LiquidationsParamsSchema.safeParse({ accountIndex: 1077, limit: 50 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const LiquidationsParamsSchema = z.strictObject({
  /** Account whose liquidations are listed (`account_index`); needs auth. */
  accountIndex: P.accountIndex,
  /** Page size (`limit`), 1..100. */
  limit: P.limit(100),
  /** Only this market (`market_id`); absent = every market. */
  marketId: z.optional(P.marketId),
  /** Opaque `next_cursor` from the previous page; omit for the first page. */
  cursor: z.optional(P.cursorParam),
});
/** Input type of liquidations. */
export type LiquidationsParams = z.input<typeof LiquidationsParamsSchema>;
/** Parsed response of liquidations. */
export type LiquidationsResponse = z.output<typeof LiquidationInfosSchema>;

/**
 * Route spec of liquidations (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, liquidationsRoute, { accountIndex: 1077, limit: 50 })
 * @throws never (a value)
 */
export const liquidationsRoute = defineRoute({
  name: 'liquidations',
  method: 'GET',
  path: '/api/v1/liquidations',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: LiquidationsParamsSchema,
  response: LiquidationInfosSchema,
});

/**
 * Liquidations of an account (auth).
 * @example
 * const res = await liquidations({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077, limit: 50 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function liquidations(
  ctx: RouteContext,
  params: LiquidationsParams,
  options?: CallOptions,
): Promise<LiquidationsResponse> {
  return callRoute(ctx, liquidationsRoute, params, options);
}
