/** `account_tx/{account}` channel: transactions of an account (docs/protocol/websocket.md#channels, docs/protocol/rest.md#response-models Tx). */
import * as z from 'zod/mini';
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
  /** `subscribed/account_tx` for the snapshot, `update/account_tx` for new transactions. */
  type: z.enum(['subscribed/account_tx', 'update/account_tx']),
  /** Inbound channel name, `:`-separated: `account_tx:{account}`. */
  channel: z.string(),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /** The account's transactions (REST `Tx` rows: `info` and `event_info` are JSON text); `[]` when `null`. */
  txs: listOf(TxSchema),
});
/** Inferred {@link AccountTxFrameSchema}. */
export type AccountTxFrame = z.output<typeof AccountTxFrameSchema>;
