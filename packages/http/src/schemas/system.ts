/** Local schemas for bridge / block / referral routes not covered by @lighter-ts/models (docs/protocol/rest.md#transactions, docs/protocol/rest.md#info-system-and-bridge). */
import * as z from 'zod/mini';
import { anyRow, envelope, int, list } from './common.js';

export const BridgesResponseSchema = z.looseObject({ ...envelope });
export const IsNextBridgeFastResponseSchema = z.looseObject({ ...envelope });
export const FastBridgeInfoResponseSchema = z.looseObject({ ...envelope });
/** `{code, height}` (older API). */
export const CurrentHeightResponseSchema = z.looseObject({ ...envelope, height: int });
export const BlocksResponseSchema = z.looseObject({ ...envelope, blocks: list(anyRow) });
export const ReferralsResponseSchema = z.looseObject({ ...envelope, referrals: list(anyRow) });
