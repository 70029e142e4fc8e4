/**
 * Local schemas for block / referral routes not covered by @lighter-ts/models (docs/protocol/rest.md#transactions,
 * docs/protocol/rest.md#info-system-and-bridge). Their envelope is models' `ResultCodeSchema`, extended, and their
 * null-or-absent lists models' `listOf`: no copy of either here.
 */
import { ResultCodeSchema } from '@lighter-ts/models';
import { listOf } from '@lighter-ts/models/internal';
import * as z from 'zod/mini';

/** Any object row: the reference does not pin these rows' fields. */
const anyRow = z.looseObject({});

/** `Blocks` (older API): one page of L2 blocks. */
export const BlocksResponseSchema = z.extend(ResultCodeSchema, {
  /** Block rows as the venue sends them (fields not pinned by the reference); null or absent becomes []. */
  blocks: listOf(anyRow),
});
/** `referral/userReferrals`: one page of referred users. */
export const ReferralsResponseSchema = z.extend(ResultCodeSchema, {
  /** Referral rows as the venue sends them (fields not pinned by the reference); null or absent becomes []. */
  referrals: listOf(anyRow),
});
