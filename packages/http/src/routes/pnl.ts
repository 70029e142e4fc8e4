/**
 * GET `/api/v1/pnl`: Account PnL series (auth).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { AccountPnlSchema, PNL_RESOLUTIONS } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of pnl (camelCase; sent as snake_case), validated before any I/O.
 * @example PnlParamsSchema.safeParse({ value: '1077', resolution: '1h', startTimestamp: 1700000000000, endTimestamp: 1700086400000, countBack: 24 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const PnlParamsSchema = z
  .strictObject({
    /** Always `index` (the account index). */
    by: z._default(z.literal('index'), 'index'),
    /** The account index as decimal text. */
    value: P.nonEmpty,
    /** Bucket width: `1m` … `1d`, one of models' `PNL_RESOLUTIONS`. */
    resolution: z.enum(PNL_RESOLUTIONS),
    /** Start of the range, Unix milliseconds (`start_timestamp`). */
    startTimestamp: P.timestampMs,
    /** End of the range, Unix milliseconds; must be after `startTimestamp`. */
    endTimestamp: P.timestampMs,
    /** Most buckets counting back from `endTimestamp` (`count_back`). */
    countBack: z.int().check(z.gte(0)),
    /** Venue flag `ignore_transfers`, forwarded as is; documented only by its name (leave transfers out of the PnL). */
    ignoreTransfers: z.optional(z.boolean()),
  })
  .check(
    z.superRefine(P.byValue({ index: 'int' })),
    z.refine((p) => p.endTimestamp > p.startTimestamp, {
      path: ['endTimestamp'],
      message: 'must be greater than startTimestamp (venue code 22400)',
    }),
  );
/** Input type of pnl. */
export type PnlParams = z.input<typeof PnlParamsSchema>;
/** Parsed response of pnl. */
export type PnlResponse = z.output<typeof AccountPnlSchema>;

/**
 * Route spec of pnl (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, pnlRoute, { value: '1077', resolution: '1h', startTimestamp: 1700000000000, endTimestamp: 1700086400000, countBack: 24 })
 * @throws never (a value)
 */
export const pnlRoute = defineRoute({
  name: 'pnl',
  method: 'GET',
  path: '/api/v1/pnl',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: PnlParamsSchema,
  response: AccountPnlSchema,
});

/**
 * Account PnL series (auth).
 * @example
 * const res = await pnl({ transport: createUndiciTransport({ baseUrl }) }, { value: '1077', resolution: '1h', startTimestamp: 1700000000000, endTimestamp: 1700086400000, countBack: 24 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function pnl(ctx: RouteContext, params: PnlParams, options?: CallOptions): Promise<PnlResponse> {
  return callRoute(ctx, pnlRoute, params, options);
}
