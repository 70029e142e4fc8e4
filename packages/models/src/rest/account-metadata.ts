/** `GET /api/v1/accountMetadata` and `GET /api/v1/l1Metadata` responses (docs/protocol/rest.md#accounts). */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import { BoolSchema, DecimalStringSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';

/**
 * One account's metadata.
 *
 * @example
 * const r = AccountMetadataSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountMetadataSchema = z.looseObject({
  /** Account index the metadata belongs to. */
  account_index: z.nullish(IntSchema),
  /** Account name set by its owner. */
  name: z.nullish(z.string()),
  /** Account description set by its owner. */
  description: z.nullish(z.string()),
  /** Whether the account may invite referrals. */
  can_invite: z.nullish(BoolSchema),
  /** Referral points share, decimal string; may be `""`. */
  referral_points_percentage: z.nullish(DecimalStringSchema),
});
/** Inferred {@link AccountMetadataSchema}. */
export type AccountMetadata = z.output<typeof AccountMetadataSchema>;

/**
 * `AccountMetadatas` response.
 *
 * @example
 * const r = AccountMetadatasSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountMetadatasSchema = z.looseObject({
  ...ResultCodeShape,
  /** One entry per matched account (an L1 address may own several); `null` becomes `[]`. */
  account_metadatas: listOf(AccountMetadataSchema),
});
/** Inferred {@link AccountMetadatasSchema}. */
export type AccountMetadatas = z.output<typeof AccountMetadatasSchema>;

/**
 * `L1Metadata` response.
 *
 * @example
 * const r = L1MetadataSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const L1MetadataSchema = z.looseObject({
  /** The Ethereum (L1) address, `0x` hex. */
  l1_address: z.string(),
  /** Whether the address may invite referrals. */
  can_invite: z.nullish(BoolSchema),
  /** Referral points share, decimal string; may be `""`. */
  referral_points_percentage: z.nullish(DecimalStringSchema),
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
