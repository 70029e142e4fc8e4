/** Local schemas for bridge / block / referral routes not covered by @lighter-ts/models (docs/protocol/rest.md#transactions, docs/protocol/rest.md#info-system-and-bridge). */
import * as z from 'zod/mini';
import { anyRow, envelope, int, list } from './common.js';

/** `bridges`: fields not pinned by the reference (kept loose). */
export const BridgesResponseSchema = z.looseObject({ ...envelope });
/** `isNextBridgeFast`: fields not pinned by the reference (kept loose). */
export const IsNextBridgeFastResponseSchema = z.looseObject({ ...envelope });
/** `fastbridge/info`: fields not pinned by the reference (kept loose). */
export const FastBridgeInfoResponseSchema = z.looseObject({ ...envelope });
/** `{code, height}` (older API). */
export const CurrentHeightResponseSchema = z.looseObject({
  ...envelope,
  /** Height of the latest L2 block the API server knows. */
  height: int,
});
/** `Blocks` (older API): one page of L2 blocks. */
export const BlocksResponseSchema = z.looseObject({
  ...envelope,
  /** Block rows as the venue sends them (fields not pinned by the reference); null or absent becomes []. */
  blocks: list(anyRow),
});
/** `referral/userReferrals`: one page of referred users. */
export const ReferralsResponseSchema = z.looseObject({
  ...envelope,
  /** Referral rows as the venue sends them (fields not pinned by the reference); null or absent becomes []. */
  referrals: list(anyRow),
});
