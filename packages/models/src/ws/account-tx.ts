/** `account_tx/{account}` channel: transactions of an account (lighter-api.md §5.2, §4.6 Tx). */
import { z } from 'zod';
import { TxSchema } from '../rest/tx.js';
import { IntSchema, listOf } from '../schemas/primitives.js';

/** `account_tx` frame. */
export const AccountTxFrameSchema = z.looseObject({
  type: z.enum(['subscribed/account_tx', 'update/account_tx']),
  channel: z.string(),
  timestamp: IntSchema.nullish(),
  txs: listOf(TxSchema),
});
/** Inferred {@link AccountTxFrameSchema}. */
export type AccountTxFrame = z.output<typeof AccountTxFrameSchema>;
