/**
 * GET `/api/v1/accountMetadata`: Account names/descriptions.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: optional (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { AccountMetadatasSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of accountMetadata (camelCase; sent as snake_case), validated before any I/O.
 * @example AccountMetadataParamsSchema.safeParse({ by: 'index', value: '1077' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const AccountMetadataParamsSchema = z
  .strictObject({
    /** `index` (value = account index) or `l1_address` (value = owner address). */
    by: z.enum(['index', 'l1_address']),
    /** The account index as decimal text or the 0x L1 address, per `by`. */
    value: P.nonEmpty,
    /** Opaque `next_cursor` from the previous page; omit for the first page. */
    cursor: z.optional(P.cursorParam),
  })
  .check(z.superRefine(P.byValue({ index: 'int', l1_address: 'address' })));
/** Input type of accountMetadata. */
export type AccountMetadataParams = z.input<typeof AccountMetadataParamsSchema>;
/** Parsed response of accountMetadata. */
export type AccountMetadataResponse = z.output<typeof AccountMetadatasSchema>;

/**
 * Route spec of accountMetadata (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, accountMetadataRoute, { by: 'index', value: '1077' })
 * @throws never (a value)
 */
export const accountMetadataRoute = defineRoute({
  name: 'accountMetadata',
  method: 'GET',
  path: '/api/v1/accountMetadata',
  weight: 300,
  auth: 'optional',
  kind: 'read',
  params: AccountMetadataParamsSchema,
  response: AccountMetadatasSchema,
});

/**
 * Account names/descriptions.
 * @example
 * const res = await accountMetadata({ transport: createUndiciTransport({ baseUrl }) }, { by: 'index', value: '1077' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function accountMetadata(
  ctx: RouteContext,
  params: AccountMetadataParams,
  options?: CallOptions,
): Promise<AccountMetadataResponse> {
  return callRoute(ctx, accountMetadataRoute, params, options);
}
