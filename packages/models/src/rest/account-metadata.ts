/** `GET /api/v1/accountMetadata` and `GET /api/v1/l1Metadata` (lighter-api.md §4.2). */
import { z } from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { BoolSchema, DecimalStringSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { AuthParam, CursorParam } from './params.js';
import type { RouteInfo } from './route.js';

/** Route facts. */
export const ACCOUNT_METADATA_ROUTE: RouteInfo = { method: 'GET', path: '/api/v1/accountMetadata', weight: 300, auth: false, encoding: 'query' };
/** Route facts. */
export const L1_METADATA_ROUTE: RouteInfo = { method: 'GET', path: '/api/v1/l1Metadata', weight: 300, auth: true, encoding: 'query' };

/** One account's metadata. */
export const AccountMetadataSchema = z.looseObject({
  account_index: IntSchema.nullish(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  can_invite: BoolSchema.nullish(),
  referral_points_percentage: DecimalStringSchema.nullish(),
});
/** Inferred {@link AccountMetadataSchema}. */
export type AccountMetadata = z.output<typeof AccountMetadataSchema>;

/** `AccountMetadatas` response. */
export const AccountMetadatasSchema = z.looseObject({
  ...ResultCodeShape,
  account_metadatas: listOf(AccountMetadataSchema),
});
/** Inferred {@link AccountMetadatasSchema}. */
export type AccountMetadatas = z.output<typeof AccountMetadatasSchema>;

/** Query of `accountMetadata`. */
export const AccountMetadataParamsSchema = z.strictObject({
  by: z.enum(['index', 'l1_address']),
  value: z.string().min(1),
  cursor: CursorParam.optional(),
  auth: AuthParam.optional(),
});
/** Inferred {@link AccountMetadataParamsSchema}. */
export type AccountMetadataParams = z.input<typeof AccountMetadataParamsSchema>;

/** `L1Metadata` response. */
export const L1MetadataSchema = z.looseObject({
  l1_address: z.string(),
  can_invite: BoolSchema.nullish(),
  referral_points_percentage: DecimalStringSchema.nullish(),
});
/** Inferred {@link L1MetadataSchema}. */
export type L1Metadata = z.output<typeof L1MetadataSchema>;

/**
 * Parse an `accountMetadata` response.
 *
 * @example
 * parseAccountMetadatas(body).account_metadatas[0]?.name;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseAccountMetadatas(raw: unknown): WithRaw<AccountMetadatas> {
  return parseWith(AccountMetadatasSchema, raw, 'AccountMetadatas');
}

/**
 * Parse an `l1Metadata` response.
 *
 * @example
 * parseL1Metadata(body).l1_address;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseL1Metadata(raw: unknown): WithRaw<L1Metadata> {
  return parseWith(L1MetadataSchema, raw, 'L1Metadata');
}
