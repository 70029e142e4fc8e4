/** Account response schemas (lighter-api.md §4.2, §4.6). */
import { z } from 'zod';
import { anyRow, cursor, dec, envelope, int, list } from './common.js';

export const AccountPositionSchema = z.looseObject({ market_id: int, symbol: z.string().optional(), sign: int.optional(), position: dec, avg_entry_price: dec.optional() });
export const AccountAssetSchema = z.looseObject({ asset_id: int, symbol: z.string().optional(), balance: dec, locked_balance: dec.optional() });
/** `Account` (accountsByL1Address rows). */
export const AccountSchema = z.looseObject({
  account_type: int.optional(),
  index: int,
  l1_address: z.string(),
  available_balance: dec.optional(),
  collateral: dec.optional(),
  status: int.optional(),
});
/** `DetailedAccount`. */
export const DetailedAccountSchema = AccountSchema.extend({
  positions: list(AccountPositionSchema),
  assets: list(AccountAssetSchema),
});
export const AccountResponseSchema = z.looseObject({ ...envelope, total: int.optional(), accounts: list(DetailedAccountSchema) });
export const AccountsByL1AddressResponseSchema = z.looseObject({ ...envelope, l1_address: z.string().optional(), sub_accounts: list(AccountSchema) });
export const ApiKeySchema = z.looseObject({ account_index: int, api_key_index: int, nonce: int, public_key: z.string() });
export const ApiKeysResponseSchema = z.looseObject({ ...envelope, api_keys: list(ApiKeySchema) });
export const AccountLimitsResponseSchema = z.looseObject({ ...envelope, user_tier: z.string().nullish() });
export const AccountMetadataResponseSchema = z.looseObject({ ...envelope, account_metadatas: list(anyRow) });
export const L1MetadataResponseSchema = z.looseObject({ ...envelope, l1_address: z.string().nullish() });
export const PnlResponseSchema = z.looseObject({ ...envelope, resolution: z.string().nullish(), pnl: list(z.looseObject({ timestamp: int })) });
export const PositionFundingResponseSchema = z.looseObject({ ...envelope, position_fundings: list(anyRow), next_cursor: cursor });
export const LiquidationsResponseSchema = z.looseObject({ ...envelope, liquidations: list(anyRow), next_cursor: cursor });
export const MakerOnlyApiKeysResponseSchema = z.looseObject({ ...envelope, api_key_indexes: list(int) });
export const PublicPoolsMetadataResponseSchema = z.looseObject({ ...envelope, public_pools: list(anyRow) });
export const ApiTokensResponseSchema = z.looseObject({ ...envelope, api_tokens: list(anyRow) });
export const ApiTokenCreateResponseSchema = z.looseObject({ ...envelope });
export const ApiTokenRevokeResponseSchema = z.looseObject({ ...envelope, token_id: int.optional(), revoked: z.boolean().optional() });
export const LeaseOptionsResponseSchema = z.looseObject({ ...envelope });
export const LeasesResponseSchema = z.looseObject({ ...envelope, next_cursor: cursor });
