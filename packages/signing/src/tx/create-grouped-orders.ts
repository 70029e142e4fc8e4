// CreateGroupedOrders, tx type 28: OTO / OCO / OTOCO (LG `create_grouped_orders.go`;
// docs/protocol/signing.md#grouped-orders). The orders enter the tx hash as one aggregated 4-element hash.
import type { IntegerInput } from '../validate.js';
import type { OrderParams, TxCommonParams } from './common.js';
import { GROUPING_TYPE, ORDER_TYPE, TX_LIMITS, TX_TYPE } from './constants.js';
import { type HashOut, hashNoPad, hashTwoToOne } from '../primitives.js';
import { isPerpsMarket, validateOrderRanges, validateOrderType } from './order-rules.js';
import { type CommonTxInfo, ORDER_FIELDS, type OrderInfo, type TxInfoRecord, type TxSpec, fe, reject } from './spec.js';

/** Parameters of `signer.signCreateGroupedOrders`. */
export interface CreateGroupedOrdersParams extends TxCommonParams {
  /** GROUPING_TYPE: 1 OTO, 2 OCO, 3 OTOCO. */
  groupingType: IntegerInput;
  /** 1-3 orders on one perps market (parent first for OTO/OTOCO). */
  orders: readonly OrderParams[];
}

/** Decoded CreateGroupedOrders tx_info. */
export interface CreateGroupedOrdersTxInfo extends CommonTxInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
  /** Order grouping (models' `GROUPING_TYPE`): 1 OTO, 2 OCO, 3 OTOCO. */
  readonly GroupingType: bigint;
  /** The 2 or 3 orders of the group, in the order the grouping type defines. */
  readonly Orders: readonly OrderInfo[];
}

/**
 * Hash of one order: HashNoPad over its 10 fields in OrderInfo order (docs/protocol/signing.md#grouped-orders).
 * @example orderHash(order) // [h0, h1, h2, h3]
 * @throws never
 */
export function orderHash(o: OrderInfo): HashOut {
  return hashNoPad(ORDER_FIELDS.map((f) => fe(o[f.key as keyof OrderInfo])));
}

/**
 * Aggregated hash of the orders: h_0, then HashTwoToOne(agg, h_i) (docs/protocol/signing.md#grouped-orders).
 * @throws never
 */
export function aggregatedOrdersHash(orders: readonly OrderInfo[]): HashOut {
  let agg: HashOut = [0n, 0n, 0n, 0n];
  orders.forEach((o, i) => {
    const h = orderHash(o);
    agg = i === 0 ? h : hashTwoToOne(agg, h);
  });
  return agg;
}

function validateChild(o: OrderInfo, p: string): void {
  const t = Number(o.Type);
  const T = ORDER_TYPE;
  if (t !== T.STOP_LOSS && t !== T.TAKE_PROFIT && t !== T.STOP_LOSS_LIMIT && t !== T.TAKE_PROFIT_LIMIT) {
    reject(`${p}Type`, 'OrderType is not valid');
  }
  validateOrderType(o, p, true);
}

function validateParent(o: OrderInfo, p: string): void {
  const t = Number(o.Type);
  if (t !== ORDER_TYPE.MARKET && t !== ORDER_TYPE.LIMIT) reject(`${p}Type`, 'OrderType is not valid');
  validateOrderType(o, p, true);
}

function validateSiblings(orders: readonly OrderInfo[], first: number): void {
  let sl = false;
  let tp = false;
  orders.forEach((o, i) => {
    validateChild(o, `Orders[${first + i}].`);
    const t = Number(o.Type);
    if (t === ORDER_TYPE.STOP_LOSS || t === ORDER_TYPE.STOP_LOSS_LIMIT) sl = true;
    else tp = true;
  });
  if (!sl || !tp) reject('Orders', 'OrderType is not valid');
}

/** Spec of CreateGroupedOrders: 11 hashed elements. */
export const createGroupedOrdersSpec: TxSpec = {
  kind: 'CreateGroupedOrders',
  txType: TX_TYPE.CREATE_GROUPED_ORDERS,
  accountKey: 'AccountIndex',
  body: [
    { type: 'int', key: 'GroupingType', param: 'groupingType', width: 'u8', hash: 'fe' },
    { type: 'orders', key: 'Orders', param: 'orders' },
  ],
  bodyElements(info: TxInfoRecord): bigint[] {
    return [info.GroupingType as bigint, ...aggregatedOrdersHash(info.Orders as readonly OrderInfo[])];
  },
  validate(info: TxInfoRecord): void {
    const orders = info.Orders as readonly OrderInfo[];
    if (orders.length === 0 || orders.length > TX_LIMITS.MAX_GROUPED_ORDERS)
      reject('Orders', 'OrderGroupSize is not valid');
    const [o0, o1, o2] = orders as [OrderInfo, OrderInfo | undefined, OrderInfo | undefined];
    if (!isPerpsMarket(o0.MarketIndex)) reject('Orders[0].MarketIndex', 'MarketIndex is not valid');
    const seen = new Set<bigint>();
    orders.forEach((o, i) => {
      const p = `Orders[${i}].`;
      if (o.MarketIndex !== o0.MarketIndex)
        reject(`${p}MarketIndex`, 'MarketIndex should match the market index of the order');
      validateOrderRanges(o, p);
      if (o.ClientOrderIndex !== 0n) {
        if (seen.has(o.ClientOrderIndex))
          reject(`${p}ClientOrderIndex`, 'ClientOrderIndex should be unique within the group');
        seen.add(o.ClientOrderIndex);
      }
    });
    const g = Number(info.GroupingType as bigint);
    const size = (n: number): void => {
      if (orders.length !== n) reject('Orders', 'OrderGroupSize is not valid');
    };
    if (g === GROUPING_TYPE.ONE_CANCELS_OTHER) {
      size(2);
      const b = o1 as OrderInfo;
      if (o0.BaseAmount !== b.BaseAmount) reject('Orders[1].BaseAmount', 'BaseAmounts should be equal');
      if (o0.IsAsk !== b.IsAsk) reject('Orders[1].IsAsk', 'IsAsk should be 0 or 1');
      if (o0.ReduceOnly !== 1n || b.ReduceOnly !== 1n) reject('Orders', 'ReduceOnly is invalid');
      if (o0.OrderExpiry !== b.OrderExpiry) reject('Orders[1].OrderExpiry', 'OrderExpiry is invalid');
      validateSiblings(orders, 0);
    } else if (g === GROUPING_TYPE.ONE_TRIGGERS_OTHER) {
      size(2);
      const c = o1 as OrderInfo;
      if (c.BaseAmount !== 0n) reject('Orders[1].BaseAmount', 'BaseAmount should be nil');
      if (o0.IsAsk === c.IsAsk) reject('Orders[1].IsAsk', 'IsAsk should be 0 or 1');
      if (o0.OrderExpiry !== 0n && o0.OrderExpiry !== c.OrderExpiry)
        reject('Orders[1].OrderExpiry', 'OrderExpiry is invalid');
      validateParent(o0, 'Orders[0].');
      validateChild(c, 'Orders[1].');
    } else if (g === GROUPING_TYPE.ONE_TRIGGERS_ONE_CANCELS_OTHER) {
      size(3);
      const c1 = o1 as OrderInfo;
      const c2 = o2 as OrderInfo;
      if (c1.BaseAmount !== 0n || c2.BaseAmount !== 0n) reject('Orders', 'BaseAmount should be nil');
      if (o0.IsAsk === c1.IsAsk || o0.IsAsk === c2.IsAsk) reject('Orders', 'IsAsk should be 0 or 1');
      if (c1.OrderExpiry !== c2.OrderExpiry) reject('Orders[2].OrderExpiry', 'OrderExpiry is invalid');
      if (o0.OrderExpiry !== 0n && o0.OrderExpiry !== c1.OrderExpiry)
        reject('Orders[1].OrderExpiry', 'OrderExpiry is invalid');
      validateParent(o0, 'Orders[0].');
      validateSiblings([c1, c2], 1);
    } else reject('GroupingType', 'GroupingType is not valid');
  },
};
