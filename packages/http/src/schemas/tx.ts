/**
 * Local schemas for tx routes that @lighter-ts/models does not cover (docs/protocol/rest.md#orders,
 * docs/protocol/rest.md#transactions), on models' envelope (`ResultCodeSchema`, extended).
 */
import { ResultCodeSchema } from '@lighter-ts/models';
import * as z from 'zod/mini';

/** `TxHash` (litLease). */
export const TxHashResponseSchema = z.extend(ResultCodeSchema, {
  /** L2 hash of the accepted tx (look it up with `tx` to see it executed); null or absent on some versions. */
  tx_hash: z.nullish(z.string()),
});
