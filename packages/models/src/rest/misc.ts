/**
 * Smaller routes with thin documentation (docs/protocol/rest.md#accounts, docs/protocol/rest.md#transactions, docs/protocol/rest.md#info-system-and-bridge): `faucet` (testnet),
 * `notification/ack`, `currentHeight`, `bridges`, `leaseOptions` / `leases`, `txs` / `blockTxs`
 * queries. Bodies are loose: only the documented fields are typed.
 */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { IntSchema, ResultCodeShape, lenientEnum, listOf } from '../schemas/primitives.js';
import { AccountIndexParam, AuthParam, Limit100Param } from './params.js';
import type { RouteInfo } from './route.js';

/**
 * Route facts (testnet).
 *
 * @example
 * `${baseUrl}${FAUCET_ROUTE.path}` with method FAUCET_ROUTE.method
 * @throws never (a constant)
 */
export const FAUCET_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/faucet',
  weight: 300,
  auth: false,
  encoding: 'query',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${NOTIFICATION_ACK_ROUTE.path}` with method NOTIFICATION_ACK_ROUTE.method
 * @throws never (a constant)
 */
export const NOTIFICATION_ACK_ROUTE: RouteInfo = {
  method: 'POST',
  path: '/api/v1/notification/ack',
  weight: 3000,
  auth: true,
  encoding: 'form',
};
/**
 * Route facts (possibly retired, docs/protocol/rest.md#transactions).
 *
 * @example
 * `${baseUrl}${CURRENT_HEIGHT_ROUTE.path}` with method CURRENT_HEIGHT_ROUTE.method
 * @throws never (a constant)
 */
export const CURRENT_HEIGHT_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/currentHeight',
  weight: 300,
  auth: false,
  encoding: 'query',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${BRIDGES_ROUTE.path}` with method BRIDGES_ROUTE.method
 * @throws never (a constant)
 */
export const BRIDGES_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/bridges',
  weight: 300,
  auth: false,
  encoding: 'query',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${LEASES_ROUTE.path}` with method LEASES_ROUTE.method
 * @throws never (a constant)
 */
export const LEASES_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/leases',
  weight: 300,
  auth: true,
  encoding: 'query',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${LEASE_OPTIONS_ROUTE.path}` with method LEASE_OPTIONS_ROUTE.method
 * @throws never (a constant)
 */
export const LEASE_OPTIONS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/leaseOptions',
  weight: 300,
  auth: false,
  encoding: 'query',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${TXS_ROUTE.path}` with method TXS_ROUTE.method
 * @throws never (a constant)
 */
export const TXS_ROUTE: RouteInfo = { method: 'GET', path: '/api/v1/txs', weight: 300, auth: false, encoding: 'query' };
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${BLOCK_TXS_ROUTE.path}` with method BLOCK_TXS_ROUTE.method
 * @throws never (a constant)
 */
export const BLOCK_TXS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/blockTxs',
  weight: 300,
  auth: false,
  encoding: 'query',
};

/**
 * Query of `faucet`.
 *
 * @example
 * const r = FaucetParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const FaucetParamsSchema = z.strictObject({
  l1Address: z.string().regex(/^0x[0-9a-fA-F]{40}$/),
  doL1Transfer: z.boolean().optional(),
});
/** Inferred {@link FaucetParamsSchema}. */
export type FaucetParams = z.input<typeof FaucetParamsSchema>;

/**
 * Form of `notification/ack`.
 *
 * @example
 * const r = NotificationAckParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const NotificationAckParamsSchema = z.strictObject({
  notifId: z.string().min(1),
  accountIndex: AccountIndexParam,
  auth: AuthParam.optional(),
});
/** Inferred {@link NotificationAckParamsSchema}. */
export type NotificationAckParams = z.input<typeof NotificationAckParamsSchema>;

/**
 * `currentHeight` response.
 *
 * @example
 * const r = CurrentHeightSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const CurrentHeightSchema = z.looseObject({ ...ResultCodeShape, height: IntSchema });
/** Inferred {@link CurrentHeightSchema}. */
export type CurrentHeight = z.output<typeof CurrentHeightSchema>;

/**
 * `bridges` response (`status` pending | bridging | completed).
 *
 * @example
 * const r = BridgesSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const BridgesSchema = z.looseObject({
  ...ResultCodeShape,
  bridges: listOf(z.looseObject({ status: z.nullish(lenientEnum(['pending', 'bridging', 'completed'] as const)) })),
});
/** Inferred {@link BridgesSchema}. */
export type Bridges = z.output<typeof BridgesSchema>;

/**
 * `leases` response (cursor paging; lease fields kept loose).
 *
 * @example
 * const r = LeasesSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const LeasesSchema = z.looseObject({
  ...ResultCodeShape,
  leases: listOf(z.looseObject({})),
  next_cursor: z.string().nullish(),
});
/** Inferred {@link LeasesSchema}. */
export type Leases = z.output<typeof LeasesSchema>;

/**
 * Query of `txs` (index paging).
 *
 * @example
 * const r = TxsParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TxsParamsSchema = z.strictObject({
  index: z.number().int().min(0).optional(),
  limit: Limit100Param,
});
/** Inferred {@link TxsParamsSchema}. */
export type TxsParams = z.input<typeof TxsParamsSchema>;

/**
 * Query of `blockTxs`.
 *
 * @example
 * const r = BlockTxsParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const BlockTxsParamsSchema = z.strictObject({
  by: z.enum(['block_height', 'block_commitment']),
  value: z.string().min(1),
});
/** Inferred {@link BlockTxsParamsSchema}. */
export type BlockTxsParams = z.input<typeof BlockTxsParamsSchema>;

/**
 * Parse a `currentHeight` response.
 *
 * @example
 * parseCurrentHeight({ code: 200, height: 227535532 }).height;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseCurrentHeight(raw: unknown): WithRaw<CurrentHeight> {
  return parseWith(CurrentHeightSchema, raw, 'CurrentHeight');
}

/**
 * Parse a `bridges` response.
 *
 * @example
 * parseBridges(body).bridges.length;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseBridges(raw: unknown): WithRaw<Bridges> {
  return parseWith(BridgesSchema, raw, 'Bridges');
}

/**
 * Parse a `leases` response.
 *
 * @example
 * parseLeases(body).next_cursor;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseLeases(raw: unknown): WithRaw<Leases> {
  return parseWith(LeasesSchema, raw, 'Leases');
}
