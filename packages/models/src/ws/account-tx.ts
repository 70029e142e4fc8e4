/** `account_tx/{account}` channel: transactions of an account (docs/protocol/websocket.md#channels, docs/protocol/rest.md#response-models Tx). */
import * as z from 'zod';
import { TxSchema } from '../rest/tx.js';
import { listOf } from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * `account_tx` frame.
 *
 * @example
 * const r = AccountTxFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountTxFrameSchema = z.looseObject({
  type: z.enum(['subscribed/account_tx', 'update/account_tx']),
  channel: z.string(),
  timestamp: z.nullish(TimestampMsSchema),
  txs: listOf(TxSchema),
});
/** Inferred {@link AccountTxFrameSchema}. */
export type AccountTxFrame = z.output<typeof AccountTxFrameSchema>;
