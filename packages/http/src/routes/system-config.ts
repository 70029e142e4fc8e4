/**
 * GET `/api/v1/systemConfig`: System accounts and integrator fee caps.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { SystemConfigSchema } from '@lighter-ts/models';

/**
 * Parameters of systemConfig (camelCase; sent as snake_case), validated before any I/O.
 * @example SystemConfigParamsSchema.safeParse({}).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const SystemConfigParamsSchema = z.strictObject({});
/** Input type of systemConfig. */
export type SystemConfigParams = z.input<typeof SystemConfigParamsSchema>;
/** Parsed response of systemConfig. */
export type SystemConfigResponse = z.output<typeof SystemConfigSchema>;

/**
 * Route spec of systemConfig (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, systemConfigRoute, {})
 * @throws never (a value)
 */
export const systemConfigRoute = defineRoute({
  name: 'systemConfig',
  method: 'GET',
  path: '/api/v1/systemConfig',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: SystemConfigParamsSchema,
  response: SystemConfigSchema,
});

/**
 * System accounts and integrator fee caps.
 * @example
 * const res = await systemConfig({ transport: createUndiciTransport({ baseUrl }) }, {}, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function systemConfig(
  ctx: RouteContext,
  params: SystemConfigParams = {},
  options?: CallOptions,
): Promise<SystemConfigResponse> {
  return callRoute(ctx, systemConfigRoute, params, options);
}
