/**
 * Contingent order lists -> CreateGroupedOrders (docs/protocol/transactions.md#other-order-transactions): grouping type from the
 * Nautilus contingency, and the wire rules the venue (and lighter-go's validation) enforce.
 */
import type { ContingencyType } from '../orders/types.js';
import type { CreateOrderParams } from '../translate/order-translation.js';
import { VENUE_GROUPING_TYPE } from '../translate/venue-constants.js';

/** Venue grouping type value. */
export type VenueGroupingType = (typeof VENUE_GROUPING_TYPE)[keyof typeof VENUE_GROUPING_TYPE];

/**
 * Grouping type for a contingency and list size, or undefined when unsupported.
 * OTO with 3 orders (parent + SL + TP) is OTOCO.
 * @example groupingFor('OTO', 3) // 3 (OTOCO)
 * @throws never
 */
export function groupingFor(contingency: ContingencyType | 'OTOCO', count: number): VenueGroupingType | undefined {
  if (contingency === 'OCO') return count === 2 ? VENUE_GROUPING_TYPE.OCO : undefined;
  if (contingency === 'OTO')
    return count === 2 ? VENUE_GROUPING_TYPE.OTO : count === 3 ? VENUE_GROUPING_TYPE.OTOCO : undefined;
  if (contingency === 'OTOCO') return count === 3 ? VENUE_GROUPING_TYPE.OTOCO : undefined;
  return undefined;
}

/**
 * Wire orders of a group: OTO / OTOCO children are position-tied (size 0, reduce-only); OCO
 * siblings are reduce-only. Expiries must match: OCO siblings equal; children equal the parent's,
 * or each other's when the parent is IOC / market (expiry 0).
 * @example groupedWire({ grouping: 3, orders: [parent, sl, tp] })
 * @throws never
 */
export function groupedWire(params: {
  grouping: VenueGroupingType;
  orders: readonly CreateOrderParams[];
}): CreateOrderParams[] {
  const { grouping, orders } = params;
  const first = orders[0]?.orderExpiry ?? 0n;
  const childExpiry =
    grouping === VENUE_GROUPING_TYPE.OCO ? first : first !== 0n ? first : (orders[1]?.orderExpiry ?? 0n);
  return orders.map((o, i) => {
    if (grouping === VENUE_GROUPING_TYPE.OCO) return { ...o, reduceOnly: true, orderExpiry: childExpiry };
    return i === 0 ? o : { ...o, baseAmount: 0n, reduceOnly: true, orderExpiry: childExpiry };
  });
}
