/** `GET /api/v1/accountsByL1Address`: master + sub-accounts of an L1 address (docs/protocol/rest.md#accounts, docs/protocol/rest.md#response-models Account). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { DecimalStringSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { CursorParam } from './params.js';
import type { RouteInfo } from './route.js';
import { TimestampMicrosSchema, TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${ACCOUNTS_BY_L1_ADDRESS_ROUTE.path}` with method ACCOUNTS_BY_L1_ADDRESS_ROUTE.method
 * @throws never (a constant)
 */
export const ACCOUNTS_BY_L1_ADDRESS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/accountsByL1Address',
  weight: 300,
  auth: false,
  encoding: 'query',
};

/**
 * Fields of an `Account` (also the base of `DetailedAccount`).
 *
 * @example
 * import { AccountShape } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const AccountShape = {
  code: z.nullish(IntSchema),
  account_type: z.nullish(IntSchema),
  index: IntSchema,
  l1_address: z.string(),
  cancel_all_time: z.nullish(TimestampMsSchema),
  total_order_count: z.nullish(IntSchema),
  total_isolated_order_count: z.nullish(IntSchema),
  pending_order_count: z.nullish(IntSchema),
  /** May be `""` (docs/protocol/rest.md#conventions). */
  available_balance: z.nullish(DecimalStringSchema),
  /** 1 active, 0 inactive. */
  status: z.nullish(IntSchema),
  collateral: z.nullish(DecimalStringSchema),
  transaction_time: z.nullish(TimestampMicrosSchema),
  account_trading_mode: z.nullish(IntSchema),
};

/**
 * One account row.
 *
 * @example
 * const r = AccountSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountSchema = z.looseObject(AccountShape);
/** Inferred {@link AccountSchema}. */
export type Account = z.output<typeof AccountSchema>;

/**
 * `SubAccounts` response; the first `sub_accounts` entry is the master (docs/protocol/rest.md#accounts).
 *
 * @example
 * const r = SubAccountsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const SubAccountsSchema = z.looseObject({
  ...ResultCodeShape,
  l1_address: z.string().nullish(),
  sub_accounts: listOf(AccountSchema),
});
/** Inferred {@link SubAccountsSchema}. */
export type SubAccounts = z.output<typeof SubAccountsSchema>;

/**
 * Query: `l1_address` required, newer servers accept `cursor`.
 *
 * @example
 * const r = AccountsByL1AddressParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountsByL1AddressParamsSchema = z.strictObject({
  l1Address: z.string().regex(/^0x[0-9a-fA-F]{40}$/),
  cursor: CursorParam.optional(),
});
/** Inferred {@link AccountsByL1AddressParamsSchema}. */
export type AccountsByL1AddressParams = z.input<typeof AccountsByL1AddressParamsSchema>;

/**
 * Parse an `accountsByL1Address` response.
 *
 * @example
 * parseSubAccounts(body).sub_accounts[0]?.index; // master account index
 * @throws {LighterParseError} when the payload does not match
 */
export function parseSubAccounts(raw: unknown): WithRaw<SubAccounts> {
  return parseWith(SubAccountsSchema, raw, 'SubAccounts');
}
