/** `GET /api/v1/accountsByL1Address`: master + sub-accounts of an L1 address (docs/protocol/rest.md#accounts, docs/protocol/rest.md#response-models Account). */
import * as z from 'zod/mini';
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
  /** Per-row result code, `0` on nested rows (docs/protocol/rest.md#conventions); absent on some versions. */
  code: z.nullish(IntSchema),
  /** 0 master, 1 sub-account, 2 public pool, 3 insurance fund, 4 staking pool, 5 treasury sub (`ACCOUNT_TYPE`). */
  account_type: z.nullish(IntSchema),
  /** Account index (up to 2^48−1); the number every tx and private route takes as `account_index`. */
  index: IntSchema,
  /** Ethereum (L1) address that owns the account, `0x` hex. */
  l1_address: z.string(),
  /** When a scheduled CancelAllOrders (dead-man switch) fires, Unix ms; `0` when none is queued. */
  cancel_all_time: z.nullish(TimestampMsSchema),
  /** Number of open orders of the account. */
  total_order_count: z.nullish(IntSchema),
  /** Number of open orders on isolated-margin positions. */
  total_isolated_order_count: z.nullish(IntSchema),
  /** Orders accepted but not yet on the book (e.g. untriggered). */
  pending_order_count: z.nullish(IntSchema),
  /** Collateral free for new orders, USDC decimal string; may be `""` (docs/protocol/rest.md#conventions). */
  available_balance: z.nullish(DecimalStringSchema),
  /** 1 active, 0 inactive. */
  status: z.nullish(IntSchema),
  /** Cross-margin collateral, USDC decimal string. */
  collateral: z.nullish(DecimalStringSchema),
  /** Time of the last tx that changed the account, Unix µs. */
  transaction_time: z.nullish(TimestampMicrosSchema),
  /** 0 simple, 1 unified (`ACCOUNT_TRADING_MODE`); absent in older data. */
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
  /** The L1 address that was looked up. */
  l1_address: z.nullish(z.string()),
  /** Accounts owned by the address, master first; an unknown address is error 21100, not `[]`. */
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
