/**
 * Local schemas for tx routes that @lighter-ts/models does not cover (docs/protocol/rest.md#orders,
 * docs/protocol/rest.md#transactions), on models' envelope (`ResultCodeSchema`, extended).
 */
import { ResultCodeSchema } from '@lighter-ts/models';
import * as z from 'zod/mini';

/** `HistoricalTradesExportData` (export/historicalTrades): a presigned URL. */
export const ExportResponseSchema = z.extend(ResultCodeSchema, {
  /** Presigned download URL of the export file; null or absent when the venue made none. */
  data_url: z.nullish(z.string()),
});
/** `TxHash` (litLease). */
export const TxHashResponseSchema = z.extend(ResultCodeSchema, {
  /** L2 hash of the accepted tx (look it up with `tx` to see it executed); null or absent on some versions. */
  tx_hash: z.nullish(z.string()),
});
