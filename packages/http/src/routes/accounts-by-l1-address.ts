/**
 * GET `/api/v1/accountsByL1Address`: All accounts of an L1 address; the first is the master (docs/protocol/rest.md#accounts). Unknown address: venue code 21100.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { SubAccountsSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of accountsByL1Address (camelCase; sent as snake_case), validated before any I/O.
 * @example AccountsByL1AddressParamsSchema.safeParse({ l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const AccountsByL1AddressParamsSchema = z.strictObject({
  /** Owner address; the answer lists its master and every sub-account. */
  l1Address: P.l1Address,
  /** Opaque `next_cursor` from the previous page; omit for the first page. */
  cursor: z.optional(P.cursorParam),
});
/** Input type of accountsByL1Address. */
export type AccountsByL1AddressParams = z.input<typeof AccountsByL1AddressParamsSchema>;
/** Parsed response of accountsByL1Address. */
export type AccountsByL1AddressResponse = z.output<typeof SubAccountsSchema>;

/**
 * Route spec of accountsByL1Address (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, accountsByL1AddressRoute, { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' })
 * @throws never (a value)
 */
export const accountsByL1AddressRoute = defineRoute({
  name: 'accountsByL1Address',
  method: 'GET',
  path: '/api/v1/accountsByL1Address',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: AccountsByL1AddressParamsSchema,
  response: SubAccountsSchema,
});

/**
 * All accounts of an L1 address; the first is the master (docs/protocol/rest.md#accounts). Unknown address: venue code 21100.
 * @example
 * const res = await accountsByL1Address({ transport: createUndiciTransport({ baseUrl }) }, { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function accountsByL1Address(
  ctx: RouteContext,
  params: AccountsByL1AddressParams,
  options?: CallOptions,
): Promise<AccountsByL1AddressResponse> {
  return callRoute(ctx, accountsByL1AddressRoute, params, options);
}
