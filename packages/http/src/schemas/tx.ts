/** Local schemas for tx routes that @lighter-ts/models does not cover (docs/protocol/rest.md#orders, docs/protocol/rest.md#transactions). */
import * as z from 'zod/mini';
import { envelope } from './common.js';

/** `HistoricalTradesExportData` (export/historicalTrades): a presigned URL. */
export const ExportResponseSchema = z.looseObject({ ...envelope, data_url: z.nullish(z.string()) });
/** `TxHash` (litLease). */
export const TxHashResponseSchema = z.looseObject({ ...envelope, tx_hash: z.nullish(z.string()) });
