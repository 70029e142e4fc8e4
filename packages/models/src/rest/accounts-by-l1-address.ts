/** `GET /api/v1/accountsByL1Address`: master + sub-accounts of an L1 address (docs/protocol/rest.md#accounts, docs/protocol/rest.md#response-models Account). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { DecimalStringSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { TimestampMicrosSchema, TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * Fields of an `Account` (also the base of `DetailedAccount`).
 *
 * @example
 * import { AccountShape } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const AccountShape = {
  code: IntSchema.nullish(),
  account_type: IntSchema.nullish(),
  index: IntSchema,
  l1_address: z.string(),
  cancel_all_time: TimestampMsSchema.nullish(),
  total_order_count: IntSchema.nullish(),
  total_isolated_order_count: IntSchema.nullish(),
  pending_order_count: IntSchema.nullish(),
  /** May be `""` (docs/protocol/rest.md#conventions). */
  available_balance: DecimalStringSchema.nullish(),
  /** 1 active, 0 inactive. */
  status: IntSchema.nullish(),
  collateral: DecimalStringSchema.nullish(),
  transaction_time: TimestampMicrosSchema.nullish(),
  account_trading_mode: IntSchema.nullish(),
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
 * Parse an `accountsByL1Address` response.
 *
 * @example
 * parseSubAccounts(body).sub_accounts[0]?.index; // master account index
 * @throws {LighterParseError} when the payload does not match
 */
export function parseSubAccounts(raw: unknown): WithRaw<SubAccounts> {
  return parseWith(SubAccountsSchema, raw, 'SubAccounts');
}
