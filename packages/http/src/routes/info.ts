/**
 * GET `/info`: zkLighter contract address.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { ZkLighterInfoSchema } from '@lighter-ts/models';

/**
 * Parameters of info (camelCase; sent as snake_case), validated before any I/O.
 * @example InfoParamsSchema.safeParse({}).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const InfoParamsSchema = z.strictObject({});
/** Input type of info. */
export type InfoParams = z.input<typeof InfoParamsSchema>;
/** Parsed response of info. */
export type InfoResponse = z.output<typeof ZkLighterInfoSchema>;

/**
 * Route spec of info (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, infoRoute, {})
 * @throws never (a value)
 */
export const infoRoute = defineRoute({
  name: 'info',
  method: 'GET',
  path: '/info',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: InfoParamsSchema,
  response: ZkLighterInfoSchema,
});

/**
 * zkLighter contract address.
 * @example
 * const res = await info({ transport: createUndiciTransport({ baseUrl }) }, {}, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function info(ctx: RouteContext, params: InfoParams = {}, options?: CallOptions): Promise<InfoResponse> {
  return callRoute(ctx, infoRoute, params, options);
}
