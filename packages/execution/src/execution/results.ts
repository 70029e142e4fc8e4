/** What order commands resolve with: the status, the nonce / tx hash of each tx sent, and how the send ended. */
import type { NautilusOrderStatus } from '../orders/types.js';
import type { ExecSignedTx } from './contracts.js';

/** Nonce (decimal string) and hash of one signed tx that was handed to the venue. */
export interface SentTxRef {
  /** Nonce the tx was signed with, as a decimal string. */
  readonly nonce: string;
  /** Hex hash of the signed tx. */
  readonly txHash: string;
}

/**
 * How a command's send ended: the pipeline's verdict (`accepted` / `rejected` / `unknown` /
 * `denied`), or `skipped` when nothing was sent because the command would repeat or contradict one
 * already in flight (see {@link CommandSkipReason}).
 */
export type CommandOutcome = 'accepted' | 'rejected' | 'unknown' | 'denied' | 'skipped';

/**
 * Why a cancel / modify sent nothing: the order already has a cancel in flight, already has a
 * modify in flight, or is not working at the venue (terminal, or never accepted for a modify).
 */
export type CommandSkipReason = 'ALREADY_PENDING_CANCEL' | 'ALREADY_PENDING_UPDATE' | 'NOT_OPEN';

/**
 * Result of a single-order command: the order's status after the send, the nonce / tx hash of
 * what was sent (undefined when nothing was signed, e.g. OrderDenied or a skipped command), the
 * outcome, and the skip reason when `outcome` is `skipped`.
 */
export interface OrderCommandResult {
  /** The order's status once the send ended (SUBMITTED, ACCEPTED, DENIED, …; events tell the rest). */
  readonly status: NautilusOrderStatus;
  /** Nonce of the (first) tx sent, decimal string; undefined when nothing was signed. */
  readonly nonce: string | undefined;
  /** Hash of the (first) tx sent; undefined when nothing was signed. */
  readonly txHash: string | undefined;
  /** How the send ended; see {@link CommandOutcome}. */
  readonly outcome: CommandOutcome;
  /** Why nothing was sent, when `outcome` is `skipped`; absent otherwise. */
  readonly skipped?: CommandSkipReason | undefined;
  /**
   * Why nothing took effect, when `outcome` is `denied` (refused before sending: an off-tick price, an
   * unknown instrument, a failed nonce baseline) or `rejected` (the venue's message): the same text the
   * OrderDenied / OrderRejected event carries, so a caller that only awaits the command still learns it.
   */
  readonly reason?: string | undefined;
  /** The venue's numeric code when `outcome` is `rejected` and the venue sent one (21xxx). */
  readonly venueCode?: number | undefined;
  /**
   * Volume quota left after this command, when the venue's answer reported it (Premium/Plus accounts;
   * docs/protocol/errors-and-limits.md#volume-quota). Absent for Standard accounts and when nothing was accepted.
   */
  readonly volumeQuotaRemaining?: number | undefined;
}

/**
 * Result of a cancel of several orders (`batchCancelOrders`, `cancelAllOrders`): which orders a cancel was sent
 * for, every tx sent, and how the sends ended. With several sendTxBatch chunks, the first chunk that did not go
 * through decides `outcome` / `reason` / `venueCode` (else the last accepted one); each order's own answer arrives
 * as OrderCanceled / OrderCancelRejected.
 */
export interface CancelListResult {
  /** ClientOrderIds a CancelOrder was signed for, in input order (orders already pending cancel or not open are left out). */
  readonly clientOrderIds: readonly string[];
  /** Every CancelOrder tx sent, in nonce order (one per order in `clientOrderIds`; none when denied). */
  readonly txs: readonly SentTxRef[];
  /** How the sends ended; `skipped` when no order needed a cancel. */
  readonly outcome: CommandOutcome;
  /**
   * Why the cancels did not take effect, when `outcome` is `denied` (refused before sending, e.g. aborted or no
   * nonce baseline) or `rejected` (the venue's message): the text the OrderCancelRejected events carry.
   */
  readonly reason?: string | undefined;
  /** The venue's numeric code when `outcome` is `rejected` and the venue sent one (21xxx, e.g. 21715 not an active order). */
  readonly venueCode?: number | undefined;
  /** Volume quota left after the last accepted chunk, when the venue reported it (Premium/Plus accounts). */
  readonly volumeQuotaRemaining?: number | undefined;
}

/**
 * A cancel-list result from what the cancels sent, without keys whose value is undefined.
 * @example cancelList({ clientOrderIds: ['O-1'], txs: refs, outcome: 'rejected', reason: 'given order is not an active order', venueCode: 21715 })
 * @throws never
 */
export const cancelList = (p: {
  clientOrderIds: readonly string[];
  txs: readonly SentTxRef[];
  outcome: CommandOutcome;
  reason?: string | undefined;
  venueCode?: number | undefined;
  volumeQuotaRemaining?: number | undefined;
}): CancelListResult => ({
  clientOrderIds: p.clientOrderIds,
  txs: p.txs,
  outcome: p.outcome,
  ...(p.reason === undefined ? {} : { reason: p.reason }),
  ...(p.venueCode === undefined ? {} : { venueCode: p.venueCode }),
  ...(p.volumeQuotaRemaining === undefined ? {} : { volumeQuotaRemaining: p.volumeQuotaRemaining }),
});

/** How a non-order tx (UpdateLeverage, scheduled CancelAllOrders) ended. */
export interface TxOutcomeSummary {
  /** The pipeline's verdict: `accepted`, `rejected`, `unknown` or `denied`. */
  readonly outcome: 'accepted' | 'rejected' | 'unknown' | 'denied';
  /** The venue's numeric code (21xxx) when it refused with one; undefined otherwise. */
  readonly venueCode: number | undefined;
  /** The venue's message (rejected / unknown) or the local reason (denied); undefined when accepted. */
  readonly message: string | undefined;
}

/** Result of a list command: statuses in input order and every tx sent, in nonce order (one per order of a batch, one for a bracket). */
export interface OrderListResult {
  /** Each order's status once the send ended, in input order. */
  readonly statuses: NautilusOrderStatus[];
  /** Every tx sent, in nonce order: one per order of a batch, one for a bracket. */
  readonly txs: readonly SentTxRef[];
}

/**
 * Nonce / hash refs of signed txs.
 * @example refsOf(result.signed)
 * @throws never
 */
export const refsOf = (signed: readonly ExecSignedTx[]): SentTxRef[] =>
  signed.map((t) => ({ nonce: String(t.nonce), txHash: t.txHash }));

/**
 * A single-order result from a status, the txs sent (first one) and the outcome.
 * @example single({ status: 'ACCEPTED', txs: refs, outcome: 'accepted' })
 * @throws never
 */
export const single = (p: {
  status: NautilusOrderStatus;
  txs: readonly SentTxRef[];
  outcome: CommandOutcome;
  skipped?: CommandSkipReason;
  reason?: string | undefined;
  venueCode?: number | undefined;
  volumeQuotaRemaining?: number | undefined;
}): OrderCommandResult => ({
  status: p.status,
  nonce: p.txs[0]?.nonce,
  txHash: p.txs[0]?.txHash,
  outcome: p.outcome,
  ...(p.skipped === undefined ? {} : { skipped: p.skipped }),
  ...(p.reason === undefined ? {} : { reason: p.reason }),
  ...(p.venueCode === undefined ? {} : { venueCode: p.venueCode }),
  ...(p.volumeQuotaRemaining === undefined ? {} : { volumeQuotaRemaining: p.volumeQuotaRemaining }),
});

/**
 * The reason and venue code a pipeline result carries (denied: the local reason; rejected: the venue's
 * message and code), for {@link single}.
 * @example single({ status, txs, outcome: result.kind, ...whyOf(result) })
 * @throws never
 */
export const whyOf = (r: {
  kind: string;
  reason?: string;
  message?: string;
  venueCode?: number | undefined;
}): { reason?: string; venueCode?: number | undefined } => {
  if (r.kind === 'denied') return { reason: r.reason };
  if (r.kind === 'rejected') return { reason: r.message, venueCode: r.venueCode };
  return {};
};

/**
 * The volume quota an accepted pipeline result reported, else undefined.
 * @example single({ status, txs, outcome: r.kind, volumeQuotaRemaining: quotaOf(r) })
 * @throws never
 */
export const quotaOf = (r: { readonly kind: string; readonly volumeQuotaRemaining?: number }): number | undefined =>
  r.kind === 'accepted' ? r.volumeQuotaRemaining : undefined;
