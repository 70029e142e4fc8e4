/** What order commands resolve with: the status and the nonce / tx hash of each tx sent. */
import type { OrderStatus } from '../orders/types.js';
import type { ExecSignedTx } from './contracts.js';
import type { TxOutcomeResult } from './tx-sender.js';

/** Nonce (decimal string) and hash of one signed tx that was handed to the venue. */
export interface SentTxRef {
  readonly nonce: string;
  readonly txHash: string;
}

/**
 * Result of a single-order command: the order's status after the send, and the nonce / tx hash
 * of what was sent (undefined when nothing was signed, e.g. OrderDenied or a duplicate command).
 */
export interface OrderCommandResult {
  readonly status: OrderStatus;
  readonly nonce: string | undefined;
  readonly txHash: string | undefined;
}

/** Result of a list command: statuses in input order and every tx sent, in nonce order (one per order of a batch, one for a bracket). */
export interface OrderListResult {
  readonly statuses: OrderStatus[];
  readonly txs: readonly SentTxRef[];
}

/**
 * Nonce / hash refs of signed txs.
 * @example refsOf(result.signed)
 * @throws never
 */
export const refsOf = (signed: readonly ExecSignedTx[]): SentTxRef[] => signed.map((t) => ({ nonce: String(t.nonce), txHash: t.txHash }));
/**
 * A single-order result from a status and the txs sent (first one).
 * @example single('ACCEPTED', refs)
 * @throws never
 */
export const single = (status: OrderStatus, txs: readonly SentTxRef[]): OrderCommandResult => ({ status, nonce: txs[0]?.nonce, txHash: txs[0]?.txHash });

/**
 * The txs that finally went out: a 21104 retry re-signs with new nonces after `onSigned` ran,
 * so the send result wins over what was captured at signing.
 * @example finalRefs(captured, result)
 * @throws never
 */
export function finalRefs(captured: SentTxRef[], result: TxOutcomeResult | undefined): SentTxRef[] {
  return result === undefined ? captured : refsOf(result.signed);
}
