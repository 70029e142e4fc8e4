/**
 * GET `/api/v1/exchangeMetrics`: Exchange-wide metric time series.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { ExchangeMetricsSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of exchangeMetrics (camelCase; sent as snake_case), validated before any I/O.
 * @example ExchangeMetricsParamsSchema.safeParse({ period: 'd', kind: 'volume' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const ExchangeMetricsParamsSchema = z.strictObject({
  /** Window: `h`our, `d`ay, `w`eek, `m`onth, `q`uarter, `y`ear or `all`. */
  period: z.enum(['h', 'd', 'w', 'm', 'q', 'y', 'all']),
  /** Which metric (volume, fees, counts, flows, open interest, accounts, tps). */
  kind: z.enum([
    'volume',
    'maker_fee',
    'taker_fee',
    'liquidation_fee',
    'trade_count',
    'liquidation_count',
    'liquidation_volume',
    'inflow',
    'outflow',
    'transfer_fee',
    'withdraw_fee',
    'open_interest',
    'account_count',
    'active_account_count',
    'tps',
  ]),
  /** `byMarket` splits the metric per market (then `value` names the market). */
  filter: z.optional(z.literal('byMarket')),
  /** Market symbol when `filter` is `byMarket`. */
  value: z.optional(P.nonEmpty),
});
/** Input type of exchangeMetrics. */
export type ExchangeMetricsParams = z.input<typeof ExchangeMetricsParamsSchema>;
/** Parsed response of exchangeMetrics. */
export type ExchangeMetricsResponse = z.output<typeof ExchangeMetricsSchema>;

/**
 * Route spec of exchangeMetrics (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, exchangeMetricsRoute, { period: 'd', kind: 'volume' })
 * @throws never (a value)
 */
export const exchangeMetricsRoute = defineRoute({
  name: 'exchangeMetrics',
  method: 'GET',
  path: '/api/v1/exchangeMetrics',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: ExchangeMetricsParamsSchema,
  response: ExchangeMetricsSchema,
});

/**
 * Exchange-wide metric time series.
 * @example
 * const res = await exchangeMetrics({ transport: createUndiciTransport({ baseUrl }) }, { period: 'd', kind: 'volume' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function exchangeMetrics(
  ctx: RouteContext,
  params: ExchangeMetricsParams,
  options?: CallOptions,
): Promise<ExchangeMetricsResponse> {
  return callRoute(ctx, exchangeMetricsRoute, params, options);
}
