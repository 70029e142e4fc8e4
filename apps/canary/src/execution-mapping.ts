/**
 * Mapping between the execution package's Nautilus vocabulary (order events, status
 * reports, instruments) and the canary's venue-neutral observations, spelled as the venue
 * spells statuses (docs/protocol/enums.md) so the report reads like the venue's own log.
 */
import type { LighterInstrument, OrderEvent, OrderStatusReport } from '@lighter-ts/execution';
import type { CanaryMarket, NormalizedOrderState } from './venue.js';

/**
 * Instrument -> canary market.
 *
 * @example
 * toMarket(exec.instruments.require('ETH-PERP.LIGHTER')).minBaseAmount; // '0.0050'
 * @throws never
 */
export function toMarket(i: LighterInstrument): CanaryMarket {
  return {
    symbol: i.rawSymbol,
    marketIndex: i.marketIndex,
    marketType: i.kind,
    instrumentId: i.instrumentId,
    priceDecimals: i.priceDecimals,
    sizeDecimals: i.sizeDecimals,
    minBaseAmount: i.minQuantity ?? '0',
    minQuoteAmount: i.minNotional ?? '0',
    active: i.status === 'active',
  };
}

/**
 * Map an execution order event to a venue-style status (docs/protocol/enums.md spelling).
 *
 * @example
 * statusOf({ type: 'OrderAccepted', ... }, 'ACCEPTED'); // { status: 'open', state: 'open' }
 * @throws never
 */
export function statusOf(
  e: OrderEvent,
  current: string | undefined,
): { status: string; state: NormalizedOrderState; reason?: string } | undefined {
  switch (e.type) {
    case 'OrderAccepted':
      return { status: 'open', state: 'open' };
    case 'OrderCanceled':
      return e.reason && e.reason !== 'canceled'
        ? {
            status: `canceled-${e.reason}`,
            state: e.reason === 'post-only' ? 'rejected' : 'canceled',
            reason: e.reason,
          }
        : { status: 'canceled', state: 'canceled' };
    case 'OrderExpired':
      return { status: 'canceled-expired', state: 'canceled' };
    case 'OrderRejected':
      return {
        status: e.duePostOnly ? 'canceled-post-only' : 'rejected',
        state: 'rejected',
        reason: `${e.reason}${e.venueCode === undefined ? '' : ` (code ${e.venueCode})`}`,
      };
    case 'OrderDenied':
      return { status: 'denied', state: 'rejected', reason: e.reason };
    case 'OrderFilled':
      return current === 'FILLED'
        ? { status: 'filled', state: 'filled' }
        : { status: 'partially-filled', state: 'open' };
    default:
      return undefined;
  }
}

/**
 * Venue-style status of a REST order status report.
 *
 * @example
 * reportStatus(report); // 'canceled'
 * @throws never
 */
export function reportStatus(r: OrderStatusReport): string {
  switch (r.orderStatus) {
    case 'ACCEPTED':
    case 'PARTIALLY_FILLED':
    case 'PENDING_CANCEL':
    case 'PENDING_UPDATE':
    case 'TRIGGERED':
      return 'open';
    case 'CANCELED':
      return r.cancelReason && r.cancelReason !== 'canceled' ? `canceled-${r.cancelReason}` : 'canceled';
    case 'EXPIRED':
      return 'canceled-expired';
    case 'FILLED':
      return 'filled';
    case 'REJECTED':
    case 'DENIED':
      return 'rejected';
    default:
      return r.orderStatus.toLowerCase();
  }
}

/**
 * Venue-neutral state of a REST order status report.
 *
 * @example
 * reportState(report); // 'canceled'
 * @throws never
 */
export function reportState(r: OrderStatusReport): NormalizedOrderState {
  const s = reportStatus(r);
  if (s === 'open') return 'open';
  if (s === 'filled') return 'filled';
  if (s === 'rejected' || s === 'canceled-post-only') return 'rejected';
  if (s.startsWith('canceled')) return 'canceled';
  return r.orderStatus === 'SUBMITTED' || r.orderStatus === 'INITIALIZED' ? 'pending' : 'unknown';
}
