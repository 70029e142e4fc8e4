/**
 * GET `/api/v1/leases`: LIT leases of an account (auth).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import { type Leases, LeasesSchema } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import * as P from '../schemas/params.js';

/**
 * Parameters of leases (camelCase; sent as snake_case), validated before any I/O.
 * @example LeasesParamsSchema.safeParse({ accountIndex: 1077 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const LeasesParamsSchema = z.strictObject({
  /** Account whose LIT leases are listed (`account_index`); needs auth. */
  accountIndex: P.accountIndex,
  /** Opaque `next_cursor` from the previous page; omit for the first page. */
  cursor: z.optional(P.cursorParam),
  /** Page size (`limit`), 1..100. Venue default when absent. */
  limit: z.optional(P.limit(100)),
});
/** Input type of leases. */
export type LeasesParams = z.input<typeof LeasesParamsSchema>;
/** Parsed response of leases. */
export type LeasesResponse = Leases;

/**
 * Route spec of leases (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, leasesRoute, { accountIndex: 1077 })
 * @throws never (a value)
 */
export const leasesRoute = defineRoute({
  name: 'leases',
  method: 'GET',
  path: '/api/v1/leases',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: LeasesParamsSchema,
  response: LeasesSchema,
});

/**
 * LIT leases of an account (auth).
 * @example
 * const res = await leases({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function leases(ctx: RouteContext, params: LeasesParams, options?: CallOptions): Promise<LeasesResponse> {
  return callRoute(ctx, leasesRoute, params, options);
}
