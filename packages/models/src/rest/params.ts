/** Request-parameter building blocks (validated before any I/O, STYLE.md "Data at the boundary"). */
import * as z from 'zod';

/**
 * Market id (255 = all markets for market-data queries; spot ids start at 2048, binary ids are int64 on the wire
 * and accepted up to 2^53-1, docs/protocol/binary-options.md#market-ids).
 *
 * @example
 * import { MarketIdParam } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MarketIdParam = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/**
 * Account index (−1 … 2^48−1 fits a JS number, docs/protocol/transactions.md#common-fields).
 *
 * @example
 * import { AccountIndexParam } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const AccountIndexParam = z
  .number()
  .int()
  .min(-1)
  .max(2 ** 48 - 1);
/**
 * API key index 0…255 (255 = all, docs/protocol/transactions.md#api-keys).
 *
 * @example
 * import { ApiKeyIndexParam } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const ApiKeyIndexParam = z.number().int().min(0).max(255);
/**
 * Page size for the 1..100 routes.
 *
 * @example
 * import { Limit100Param } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const Limit100Param = z.number().int().min(1).max(100);
/**
 * Millisecond timestamp bound (0..5e12, docs/protocol/rest.md#market-data).
 *
 * @example
 * import { TimestampMsParam } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const TimestampMsParam = z.number().int().min(0).max(5e12);
/**
 * Market filter of orderBooks / orderBookDetails.
 *
 * @example
 * import { MarketFilterParam } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MarketFilterParam = z.enum(['all', 'spot', 'perp']);
/**
 * `market_type` filter of order/trade routes.
 *
 * @example
 * import { MarketTypeParam } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MarketTypeParam = z.enum(['all', 'spot', 'perp']);
/**
 * Opaque pagination cursor.
 *
 * @example
 * import { CursorParam } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const CursorParam = z.string().min(1);
/**
 * Auth token (never logged: redacted by key name).
 *
 * @example
 * import { AuthParam } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const AuthParam = z.string().min(1);
