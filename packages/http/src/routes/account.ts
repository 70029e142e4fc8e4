/**
 * GET `/api/v1/account`: Detailed account(s): balances, positions, assets.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { DetailedAccountsSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of account (camelCase; sent as snake_case), validated before any I/O.
 * @example AccountParamsSchema.safeParse({ by: 'index', value: '1077' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const AccountParamsSchema = z
  .strictObject({
    /** `index` (value = account index) or `l1_address` (value = owner address). */
    by: z.enum(['index', 'l1_address']),
    /** The account index as decimal text or the 0x L1 address, per `by`. */
    value: P.nonEmpty,
    /** Venue flag `active_only` (newer versions, default false), forwarded as is; its exact effect is not documented. */
    activeOnly: z.optional(z.boolean()),
    /** Opaque `next_cursor` from the previous page; omit for the first page. */
    cursor: z.optional(P.cursorParam),
  })
  .check(z.superRefine(P.byValue({ index: 'int', l1_address: 'address' })));
/** Input type of account. */
export type AccountParams = z.input<typeof AccountParamsSchema>;
/** Parsed response of account. */
export type AccountResponse = z.output<typeof DetailedAccountsSchema>;

/**
 * Route spec of account (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, accountRoute, { by: 'index', value: '1077' })
 * @throws never (a value)
 */
export const accountRoute = defineRoute({
  name: 'account',
  method: 'GET',
  path: '/api/v1/account',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: AccountParamsSchema,
  response: DetailedAccountsSchema,
});

/**
 * Detailed account(s): balances, positions, assets.
 * @example
 * const res = await account({ transport: createUndiciTransport({ baseUrl }) }, { by: 'index', value: '1077' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function account(ctx: RouteContext, params: AccountParams, options?: CallOptions): Promise<AccountResponse> {
  return callRoute(ctx, accountRoute, params, options);
}
