/**
 * Transfer / withdrawal helpers: `transferFeeInfo`, `fastwithdraw/info`, `POST fastwithdraw`
 * (docs/protocol/rest.md#transactions, docs/protocol/rest.md#info-system-and-bridge).
 */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { DecimalStringSchema, IntSchema, ResultCodeShape } from '../schemas/primitives.js';
import { AccountIndexParam, AuthParam } from './params.js';
import type { RouteInfo } from './route.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${TRANSFER_FEE_INFO_ROUTE.path}` with method TRANSFER_FEE_INFO_ROUTE.method
 * @throws never (a constant)
 */
export const TRANSFER_FEE_INFO_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/transferFeeInfo',
  weight: 500,
  auth: true,
  encoding: 'query',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${FAST_WITHDRAW_INFO_ROUTE.path}` with method FAST_WITHDRAW_INFO_ROUTE.method
 * @throws never (a constant)
 */
export const FAST_WITHDRAW_INFO_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/fastwithdraw/info',
  weight: 300,
  auth: true,
  encoding: 'query',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${FAST_WITHDRAW_ROUTE.path}` with method FAST_WITHDRAW_ROUTE.method
 * @throws never (a constant)
 */
export const FAST_WITHDRAW_ROUTE: RouteInfo = {
  method: 'POST',
  path: '/api/v1/fastwithdraw',
  weight: 3000,
  auth: true,
  encoding: 'form',
};

/**
 * `TransferFeeInfo`: `transfer_fee_usdc` in USDC base units (×10^6).
 *
 * @example
 * const r = TransferFeeInfoSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TransferFeeInfoSchema = z.looseObject({
  ...ResultCodeShape,
  transfer_fee_usdc: IntSchema,
});
/** Inferred {@link TransferFeeInfoSchema}. */
export type TransferFeeInfo = z.output<typeof TransferFeeInfoSchema>;

/**
 * Query of `transferFeeInfo` (`to_account_index` −1 = any).
 *
 * @example
 * const r = TransferFeeInfoParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TransferFeeInfoParamsSchema = z.strictObject({
  accountIndex: AccountIndexParam,
  toAccountIndex: AccountIndexParam.optional(),
  auth: AuthParam.optional(),
});
/** Inferred {@link TransferFeeInfoParamsSchema}. */
export type TransferFeeInfoParams = z.input<typeof TransferFeeInfoParamsSchema>;

/**
 * `fastwithdraw/info` response.
 *
 * @example
 * const r = FastWithdrawInfoSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const FastWithdrawInfoSchema = z.looseObject({
  ...ResultCodeShape,
  to_account_index: z.nullish(IntSchema),
  withdraw_limit: z.nullish(DecimalStringSchema),
  max_withdrawal_amount: z.nullish(DecimalStringSchema),
});
/** Inferred {@link FastWithdrawInfoSchema}. */
export type FastWithdrawInfo = z.output<typeof FastWithdrawInfoSchema>;

/**
 * Form of `fastwithdraw`.
 *
 * @example
 * const r = FastWithdrawParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const FastWithdrawParamsSchema = z.strictObject({
  txInfo: z.string().min(2),
  toAddress: z.string().regex(/^0x[0-9a-fA-F]{40}$/),
  auth: AuthParam.optional(),
});
/** Inferred {@link FastWithdrawParamsSchema}. */
export type FastWithdrawParams = z.input<typeof FastWithdrawParamsSchema>;

/**
 * Parse a `transferFeeInfo` response.
 *
 * @example
 * parseTransferFeeInfo({ code: 200, transfer_fee_usdc: 1000000 }).transfer_fee_usdc;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseTransferFeeInfo(raw: unknown): WithRaw<TransferFeeInfo> {
  return parseWith(TransferFeeInfoSchema, raw, 'TransferFeeInfo');
}

/**
 * Parse a `fastwithdraw/info` response.
 *
 * @example
 * parseFastWithdrawInfo(body).withdraw_limit;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseFastWithdrawInfo(raw: unknown): WithRaw<FastWithdrawInfo> {
  return parseWith(FastWithdrawInfoSchema, raw, 'FastWithdrawInfo');
}
