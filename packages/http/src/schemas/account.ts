/** Local schemas for account routes that @lighter-ts/models does not cover (docs/protocol/rest.md#accounts). */
import * as z from 'zod/mini';
import { cursor, envelope } from './common.js';

/** `RespPostApiToken` (tokens/create): fields not pinned by the reference. */
export const ApiTokenCreateResponseSchema = z.looseObject({ ...envelope });
/** `RespGetLeaseOptions`: fields not pinned by the reference. */
export const LeaseOptionsResponseSchema = z.looseObject({ ...envelope });
/** `RespGetLeases`: cursor-paged. */
export const LeasesResponseSchema = z.looseObject({
  ...envelope,
  /** Cursor of the next page (pass it as `cursor`); null or absent on the last page. */
  next_cursor: cursor,
});
