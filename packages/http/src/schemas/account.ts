/** Local schemas for account routes that @lighter-ts/models does not cover (lighter-api.md §4.2). */
import { z } from 'zod';
import { cursor, envelope } from './common.js';

/** `RespPostApiToken` (tokens/create): fields not pinned by the reference. */
export const ApiTokenCreateResponseSchema = z.looseObject({ ...envelope });
/** `RespGetLeaseOptions`: fields not pinned by the reference. */
export const LeaseOptionsResponseSchema = z.looseObject({ ...envelope });
/** `RespGetLeases`: cursor-paged. */
export const LeasesResponseSchema = z.looseObject({ ...envelope, next_cursor: cursor });
