/** Local schemas for tx routes that @lighter-ts/models does not cover (lighter-api.md §4.3, §4.4). */
import { z } from 'zod';
import { envelope } from './common.js';

/** `HistoricalTradesExportData` (export/historicalTrades): a presigned URL. */
export const ExportResponseSchema = z.looseObject({ ...envelope, data_url: z.string().nullish() });
/** `TxHash` (litLease). */
export const TxHashResponseSchema = z.looseObject({ ...envelope, tx_hash: z.string().nullish() });
