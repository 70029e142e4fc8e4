/**
 * GET `/api/v1/boPnl`: realized binary-option PnL by event (`portfolio_boPnl`), newest first; `settlement_pnl` null until settled.
 * Weight 300 (assumed: undocumented, docs/protocol/binary-options.md#bo-pnl); auth: required (docs/protocol/rest.md#authentication); the path segment is unverified.
 */
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import * as z from 'zod/mini';
import { BoPnlSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Query: `account` (required), `eventId`, `cursor` (an exclusive event id), `limit` 1..100.
 *
 * @example
 * BoPnlParamsSchema.parse({ account: 12, limit: 10 });
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const BoPnlParamsSchema = z.strictObject({
  /** Account index whose PnL to read (int64 on the wire; sent as `account`). */
  account: P.accountIndex,
  /** Only this event (sent as `event_id`); omit for every event. */
  eventId: z.optional(z.int().check(z.minimum(0))),
  /** Exclusive event id to page from: the previous page's `next_cursor`. */
  cursor: z.optional(z.int().check(z.minimum(0))),
  /** Events per page, 1..100 (venue default 100). */
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  /** Auth token as a query parameter, when not sent in the `authorization` header. A secret: never log it. */
  auth: z.optional(P.nonEmpty),
});
/** Input of `BoPnlParamsSchema` (the route's `params`), validated before any I/O. */
export type BoPnlParams = z.input<typeof BoPnlParamsSchema>;

/** Parsed response of boPnl. */
export type BoPnlResponse = z.output<typeof BoPnlSchema>;

/**
 * Route spec of boPnl (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, boPnlRoute, { account: 1077, limit: 10 })
 * @throws never (a value)
 */
export const boPnlRoute = defineRoute({
  name: 'boPnl',
  method: 'GET',
  path: '/api/v1/boPnl',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: BoPnlParamsSchema,
  response: BoPnlSchema,
});

/**
 * realized binary-option PnL by event (`portfolio_boPnl`), newest first; `settlement_pnl` null until settled.
 * @example
 * const res = await boPnl({ transport: createUndiciTransport({ baseUrl }) }, { account: 1077, limit: 10 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function boPnl(ctx: RouteContext, params: BoPnlParams, options?: CallOptions): Promise<BoPnlResponse> {
  return callRoute(ctx, boPnlRoute, params, options);
}
