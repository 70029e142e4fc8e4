/**
 * Transfer / withdrawal helpers: `transferFeeInfo` and `fastwithdraw/info` responses
 * (docs/protocol/rest.md#transactions, docs/protocol/rest.md#info-system-and-bridge).
 */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import { DecimalStringSchema, IntSchema, ResultCodeShape } from '../schemas/primitives.js';

/**
 * `TransferFeeInfo`: `transfer_fee_usdc` in USDC base units (×10^6).
 *
 * @example
 * const r = TransferFeeInfoSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TransferFeeInfoSchema = z.looseObject({
  ...ResultCodeShape,
  /** Fee of an L2 transfer, USDC base units (×10^6: `1000000` = 1 USDC). */
  transfer_fee_usdc: IntSchema,
});
/** Inferred {@link TransferFeeInfoSchema}. */
export type TransferFeeInfo = z.output<typeof TransferFeeInfoSchema>;

/**
 * `fastwithdraw/info` response.
 *
 * @example
 * const r = FastWithdrawInfoSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const FastWithdrawInfoSchema = z.looseObject({
  ...ResultCodeShape,
  /** Account index a fast withdrawal transfers to (the venue's fast-withdraw pool). */
  to_account_index: z.nullish(IntSchema),
  /** Fast-withdrawal limit currently available, USDC decimal string. */
  withdraw_limit: z.nullish(DecimalStringSchema),
  /** Largest single fast withdrawal, USDC decimal string. */
  max_withdrawal_amount: z.nullish(DecimalStringSchema),
});
/** Inferred {@link FastWithdrawInfoSchema}. */
export type FastWithdrawInfo = z.output<typeof FastWithdrawInfoSchema>;

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
