/** Info / system / bridge response schemas (lighter-api.md §1, §4.5). */
import { z } from 'zod';
import { anyRow, envelope, int, list } from './common.js';

/** `GET /` Status; `timestamp` is Unix seconds (lighter-api.md §1). */
export const StatusResponseSchema = z.looseObject({ status: int, network_id: int, timestamp: int });
export const InfoResponseSchema = z.looseObject({ contract_address: z.string() });
export const SystemConfigResponseSchema = z.looseObject({ ...envelope, liquidity_pool_index: int.optional(), staking_pool_index: int.optional() });
export const WithdrawalDelayResponseSchema = z.looseObject({ ...envelope, seconds: int });
export const TransferFeeInfoResponseSchema = z.looseObject({ ...envelope, transfer_fee_usdc: int });
export const AnnouncementResponseSchema = z.looseObject({ ...envelope, announcements: list(anyRow) });
export const BridgesResponseSchema = z.looseObject({ ...envelope });
export const IsNextBridgeFastResponseSchema = z.looseObject({ ...envelope });
export const FastBridgeInfoResponseSchema = z.looseObject({ ...envelope });
export const CurrentHeightResponseSchema = z.looseObject({ ...envelope, height: int });
export const BlocksResponseSchema = z.looseObject({ ...envelope, blocks: list(anyRow) });
export const ReferralsResponseSchema = z.looseObject({ ...envelope, referrals: list(anyRow) });
