/**
 * Venue enum strings -> Nautilus vocabulary (docs/protocol/enums.md; docs/protocol/nautilus.md#emission-rules).
 */
import { CANCEL_REASON } from '@lighter-ts/models';
import type { NautilusOrderType, NautilusTimeInForce, NautilusOrderStatus } from '../orders/types.js';

/**
 * Venue order type string -> Nautilus order type.
 * @example venueTypeToNautilus('stop-loss') // 'STOP_MARKET'
 * @throws never
 */
export function venueTypeToNautilus(type: string): NautilusOrderType {
  switch (type) {
    case 'market':
      return 'MARKET';
    case 'stop-loss':
      return 'STOP_MARKET';
    case 'stop-loss-limit':
      return 'STOP_LIMIT';
    case 'take-profit':
      return 'MARKET_IF_TOUCHED';
    case 'take-profit-limit':
      return 'LIMIT_IF_TOUCHED';
    default:
      return 'LIMIT';
  }
}

/**
 * Venue TIF string -> Nautilus TIF and post-only flag.
 * @example venueTifToNautilus('post-only') // { timeInForce: 'GTC', postOnly: true }
 * @throws never
 */
export function venueTifToNautilus(
  tif: string | null | undefined,
  expiryMs?: number | null,
): {
  /** IOC for `immediate-or-cancel`; else GTD when the order has an expiry, GTC without. */
  timeInForce: NautilusTimeInForce;
  /** True for the venue's `post-only`. */
  postOnly: boolean;
} {
  if (tif === 'immediate-or-cancel') return { timeInForce: 'IOC', postOnly: false };
  const timeInForce: NautilusTimeInForce = expiryMs !== undefined && expiryMs !== null && expiryMs > 0 ? 'GTD' : 'GTC';
  return { timeInForce, postOnly: tif === 'post-only' };
}

/**
 * `canceled-*` reasons that mean the venue refused the order outright (never rested), spelled by models'
 * `CANCEL_REASON`. Narrower than models' `classifyOrderStatus` (the CCXT view, which also counts slippage and
 * liquidity as rejections): in Nautilus an IOC cut short by slippage or liquidity is `OrderCanceled`
 * (docs/protocol/nautilus.md#emission-rules).
 */
export const REJECT_LIKE_CANCEL_REASONS: ReadonlySet<string> = new Set<string>([
  CANCEL_REASON.POST_ONLY,
  CANCEL_REASON.MARGIN_NOT_ALLOWED,
  CANCEL_REASON.POSITION_NOT_ALLOWED,
  CANCEL_REASON.INVALID_BALANCE,
]);

/**
 * Cancel reason from a venue status (`canceled-post-only` -> `post-only`), or undefined, as execution's events and
 * reports carry it. Deliberately not models' `cancelReasonOf` (the CCXT view, which labels a plain cancel `user` and
 * drops reasons it does not list): a plain `canceled` is labelled `canceled` here (the canary's status mapping reads
 * that label), and a `canceled-<reason>` the catalogue does not list yet passes through, so an order the venue ends
 * for a new reason still becomes OrderCanceled instead of staying open.
 * @example cancelReasonOf('canceled-expired') // 'expired'
 * @throws never
 */
export function cancelReasonOf(status: string): string | undefined {
  if (status === 'canceled') return 'canceled';
  return status.startsWith('canceled-') ? status.slice('canceled-'.length) : undefined;
}

/**
 * Venue status -> Nautilus status for reports.
 * @example venueStatusToNautilus({ status: 'open', filled: true }) // 'PARTIALLY_FILLED'
 * @throws never
 */
export function venueStatusToNautilus(params: {
  status: string;
  filled: boolean;
  triggered?: boolean;
}): NautilusOrderStatus {
  const { status, filled } = params;
  if (status === 'filled') return 'FILLED';
  if (status === 'open' || status === 'pending' || status === 'in-progress') {
    if (filled) return 'PARTIALLY_FILLED';
    return params.triggered === true ? 'TRIGGERED' : 'ACCEPTED';
  }
  const reason = cancelReasonOf(status);
  if (reason === 'expired') return 'EXPIRED';
  if (reason !== undefined && REJECT_LIKE_CANCEL_REASONS.has(reason) && !filled) return 'REJECTED';
  return 'CANCELED';
}

/**
 * Venue timestamps are ms, but some captures use seconds (docs/protocol/rest.md#conventions): normalise to ms.
 * @example toMillis(1777941383) // 1777941383000
 * @throws never
 */
export function toMillis(value: number | null | undefined): number | undefined {
  if (value === undefined || value === null || !Number.isFinite(value) || value <= 0) return undefined;
  if (value < 1e11) return value * 1000;
  if (value > 1e14) return Math.floor(value / 1000); // µs
  return value;
}
