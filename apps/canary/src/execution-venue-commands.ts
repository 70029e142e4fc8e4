/**
 * Commands of the execution-backed canary venue: submit and cancel through the execution client, with the
 * venue's answer (nonce, tx hash, rejection and its code) turned into the canary's `TxAck`.
 */
import type { LighterExecutionClient, OrderEvent } from '@lighter-ts/execution';
import { TERMINAL_STATUSES } from '@lighter-ts/execution';
import { CANARY_ERROR_CODE, CanaryError } from './errors.js';
import type { TxAck } from './venue.js';

/**
 * Submits an order and answers its ack, or its rejection or denial with the reason and venue code.
 * @example await submitOrder({ exec, order, signal, onQuota: (q) => {} });
 * @throws whatever `exec.submitOrder` throws (abort, transport)
 */
export async function submitOrder(params: {
  /** The execution client. */
  exec: LighterExecutionClient;
  /** The order, in the execution client's terms. */
  order: Parameters<LighterExecutionClient['submitOrder']>[0];
  /** Aborts the submit. */
  signal: AbortSignal;
  /** Receives the remaining volume quota when the answer reports it. */
  onQuota: (remaining: number) => void;
}): Promise<TxAck> {
  const { exec, order, signal } = params;
  let failure: OrderEvent | undefined;
  const off = exec.on('order', (e: OrderEvent) => {
    if (e.clientOrderId === order.clientOrderId && (e.type === 'OrderRejected' || e.type === 'OrderDenied'))
      failure = e;
  });
  let result: Awaited<ReturnType<LighterExecutionClient['submitOrder']>>;
  try {
    result = await exec.submitOrder(order, { signal });
  } finally {
    off();
  }
  if (result.volumeQuotaRemaining !== undefined) params.onQuota(result.volumeQuotaRemaining);
  const status = result.status;
  const index = exec.identity.get(order.clientOrderId)?.clientOrderIndex;
  // The result carries the nonce / tx hash of the signed CreateOrder (undefined when nothing was signed).
  const ack: TxAck = {
    nonce: result.nonce,
    txHash: result.txHash,
    clientOrderIndex: result.nonce === undefined || index === undefined ? undefined : String(index),
  };
  if (status === 'REJECTED' || status === 'DENIED') {
    const venueCode = failure?.type === 'OrderRejected' ? failure.venueCode : undefined;
    const reason = failure && 'reason' in failure ? failure.reason : status.toLowerCase();
    return {
      ...ack,
      rejection: {
        reason: `${status === 'DENIED' ? 'denied' : 'rejected by the venue'}: ${reason}`,
        ...(venueCode === undefined ? {} : { venueCode }),
      },
    };
  }
  return ack;
}

/**
 * Cancels an order by client id; an order already terminal is skipped, not canceled.
 * @example await cancelOrder({ exec, clientOrderId: 'CANARY-1', signal });
 * @throws CanaryError (CANARY_VENUE) for an unknown order or a cancel the venue rejected
 */
export async function cancelOrder(params: {
  /** The execution client. */
  exec: LighterExecutionClient;
  /** The order to cancel. */
  clientOrderId: string;
  /** Aborts the cancel. */
  signal: AbortSignal;
}): Promise<TxAck> {
  const { exec, clientOrderId, signal } = params;
  const current = exec.orderStatus(clientOrderId);
  if (current === undefined) {
    throw new CanaryError({
      code: CANARY_ERROR_CODE.VENUE,
      message: `the execution client does not know order ${clientOrderId}`,
    });
  }
  // Nautilus terminal statuses (execution's state machine): nothing left to cancel.
  if (TERMINAL_STATUSES.has(current))
    return { nonce: undefined, txHash: undefined, skipped: `order already ${current.toLowerCase()}` };
  let rejected: OrderEvent | undefined;
  const off = exec.on('order', (e: OrderEvent) => {
    if (e.clientOrderId === clientOrderId && e.type === 'OrderCancelRejected') rejected = e;
  });
  let ack: TxAck;
  try {
    const r = await exec.cancelOrder({ clientOrderId }, { signal });
    ack = { nonce: r.nonce, txHash: r.txHash };
  } finally {
    off();
  }
  if (rejected?.type === 'OrderCancelRejected') {
    throw new CanaryError({
      code: CANARY_ERROR_CODE.VENUE,
      message: `cancel rejected: ${rejected.reason}${rejected.venueCode === undefined ? '' : ` (code ${rejected.venueCode})`}`,
      ...(rejected.venueCode === undefined ? {} : { venueCode: rejected.venueCode }),
    });
  }
  return ack;
}
