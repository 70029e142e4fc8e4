/**
 * Executes a verified tx on the engine, one branch per tx type (docs/protocol/transactions.md#orders, docs/protocol/transactions.md#other-order-transactions), and
 * returns its `event_info` (short keys, docs/protocol/transactions.md#event-info).
 */
import { transfer, updateLeverage, updateMargin, withdraw } from '../engine/account-actions.js';
import type { Exchange } from '../engine/exchange.js';
import { approveIntegrator, checkIntegratorApproved } from '../engine/integrators.js';
import { cancelAllOrders, cancelOrder, createGroupedOrders, modifyOrder } from '../engine/order-actions.js';
import { type NewOrderParams, validateNewOrder } from '../engine/order-rules.js';
import { VenueError } from '../errors.js';
import { TX_ATTRIBUTE, TX_TYPE } from '../protocol.js';
import { intField, optIntField, safeNumber, type TxHeader } from './decode.js';

function orderFrom(o: Record<string, unknown>, h: TxHeader, selfTradeMode: number, txHash: string): NewOrderParams {
  return {
    accountIndex: h.accountIndex,
    apiKeyIndex: h.apiKeyIndex,
    marketIndex: safeNumber(intField(o, 'MarketIndex'), 'MarketIndex'),
    clientOrderIndex: safeNumber(intField(o, 'ClientOrderIndex'), 'ClientOrderIndex'),
    baseAmount: intField(o, 'BaseAmount'),
    price: intField(o, 'Price'),
    isAsk: isFlag(intField(o, 'IsAsk'), 21703),
    type: safeNumber(intField(o, 'Type'), 'Type'),
    timeInForce: safeNumber(intField(o, 'TimeInForce'), 'TimeInForce'),
    reduceOnly: isFlag(intField(o, 'ReduceOnly'), 21740),
    triggerPrice: intField(o, 'TriggerPrice'),
    orderExpiry: safeNumber(intField(o, 'OrderExpiry'), 'OrderExpiry'),
    nonce: h.nonce,
    selfTradeMode,
    txHash,
  };
}

function isFlag(v: bigint, code: number): boolean {
  if (v !== 0n && v !== 1n) throw new VenueError({ code });
  return v === 1n;
}

/** Parameters of {@link dispatchTx}. */
export interface DispatchParams {
  txType: number;
  obj: Record<string, unknown>;
  h: TxHeader;
  txHash: string;
  selfTrade: number;
  attrs: Map<number, bigint>;
}

/**
 * Applies one tx to the engine.
 * @throws VenueError for rejections the engine raises
 */
export function dispatchTx(ex: Exchange, d: DispatchParams): Record<string, unknown> {
  const { obj, h, txHash } = d;
  const mi = () => safeNumber(intField(obj, 'MarketIndex'), 'MarketIndex');
  if (d.txType === TX_TYPE.CREATE_ORDER || d.txType === TX_TYPE.CREATE_GROUPED_ORDERS)
    checkIntegratorApproved(ex, {
      accountIndex: h.accountIndex,
      integratorAccountIndex: d.attrs.get(TX_ATTRIBUTE.INTEGRATOR_ACCOUNT_INDEX),
      takerFee: d.attrs.get(TX_ATTRIBUTE.INTEGRATOR_TAKER_FEE),
      makerFee: d.attrs.get(TX_ATTRIBUTE.INTEGRATOR_MAKER_FEE),
      marketIndex: orderMarketIndex(obj),
    });
  switch (d.txType) {
    case TX_TYPE.CREATE_ORDER: {
      const order = orderFrom(obj, h, d.selfTrade, txHash);
      validateNewOrder({ order, market: ex.market(order.marketIndex), now: ex.now() });
      const o = ex.placeOrder(order);
      return { i: o.orderIndex, u: o.clientOrderIndex, a: o.owner, st: o.status, ae: '' };
    }
    case TX_TYPE.CANCEL_ORDER: {
      const o = cancelOrder(ex, {
        accountIndex: h.accountIndex,
        marketIndex: mi(),
        index: safeNumber(intField(obj, 'Index'), 'Index'),
      });
      return { a: o.owner, i: o.orderIndex, u: o.clientOrderIndex, ae: '' };
    }
    case TX_TYPE.CANCEL_ALL_ORDERS: {
      const marketAttr = d.attrs.get(TX_ATTRIBUTE.CANCEL_ALL_MARKET_INDEX);
      cancelAllOrders(ex, {
        accountIndex: h.accountIndex,
        timeInForce: safeNumber(intField(obj, 'TimeInForce'), 'TimeInForce'),
        time: safeNumber(optIntField(obj, 'Time', 0n), 'Time'),
        marketIndex: marketAttr === undefined ? undefined : Number(marketAttr),
      });
      return { a: h.accountIndex, ae: '' };
    }
    case TX_TYPE.MODIFY_ORDER: {
      const o = modifyOrder(ex, {
        accountIndex: h.accountIndex,
        marketIndex: mi(),
        index: safeNumber(intField(obj, 'Index'), 'Index'),
        baseAmount: intField(obj, 'BaseAmount'),
        price: intField(obj, 'Price'),
        triggerPrice: intField(obj, 'TriggerPrice'),
        txHash,
      });
      return { m: o.marketIndex, no: { i: o.orderIndex }, ae: '' };
    }
    case TX_TYPE.CREATE_GROUPED_ORDERS: {
      const orders = obj.Orders;
      if (!Array.isArray(orders) || orders.length === 0 || orders.length > 3) throw new VenueError({ code: 21742 });
      const params = orders.map((o) => {
        if (typeof o !== 'object' || o === null) throw new VenueError({ code: 21743 });
        return orderFrom(o as Record<string, unknown>, h, d.selfTrade, txHash);
      });
      const created = createGroupedOrders(ex, {
        groupingType: safeNumber(intField(obj, 'GroupingType'), 'GroupingType'),
        orders: params,
      });
      return { a: h.accountIndex, i: created.map((o) => o.orderIndex), ae: '' };
    }
    case TX_TYPE.UPDATE_LEVERAGE:
      updateLeverage(ex, {
        accountIndex: h.accountIndex,
        marketIndex: mi(),
        initialMarginFraction: safeNumber(intField(obj, 'InitialMarginFraction'), 'InitialMarginFraction'),
        marginMode: safeNumber(optIntField(obj, 'MarginMode', 0n), 'MarginMode'),
      });
      return { a: h.accountIndex, ae: '' };
    case TX_TYPE.UPDATE_MARGIN:
      updateMargin(ex, {
        accountIndex: h.accountIndex,
        marketIndex: mi(),
        usdcAmount: intField(obj, 'USDCAmount'),
        direction: safeNumber(intField(obj, 'Direction'), 'Direction'),
      });
      return { a: h.accountIndex, ae: '' };
    case TX_TYPE.WITHDRAW: {
      const assetId = safeNumber(intField(obj, 'AssetIndex'), 'AssetIndex');
      const amount = intField(obj, 'Amount');
      withdraw(ex, { accountIndex: h.accountIndex, assetIndex: assetId, amount });
      const now = ex.now();
      ex.account(h.accountIndex).funds.push({
        id: ++ex.fundsId,
        kind: 'withdraw',
        assetId,
        amount,
        fee: 0n,
        timestamp: now,
        counterparty: h.accountIndex,
        txHash,
      });
      return { a: h.accountIndex, ae: '' };
    }
    case TX_TYPE.TRANSFER: {
      const to = safeNumber(intField(obj, 'ToAccountIndex'), 'ToAccountIndex');
      const assetId = safeNumber(intField(obj, 'AssetIndex'), 'AssetIndex');
      const amount = intField(obj, 'Amount');
      const fee = optIntField(obj, 'USDCFee', 0n);
      transfer(ex, { fromAccountIndex: h.accountIndex, toAccountIndex: to, assetIndex: assetId, amount, fee });
      const now = ex.now();
      const id = ++ex.fundsId;
      ex.account(h.accountIndex).funds.push({
        id,
        kind: 'transfer-out',
        assetId,
        amount,
        fee,
        timestamp: now,
        counterparty: to,
        txHash,
      });
      ex.account(to).funds.push({
        id,
        kind: 'transfer-in',
        assetId,
        amount,
        fee,
        timestamp: now,
        counterparty: h.accountIndex,
        txHash,
      });
      return { a: h.accountIndex, ae: '' };
    }
    case TX_TYPE.CHANGE_PUB_KEY:
      return { a: h.accountIndex, ae: '' };
    case TX_TYPE.APPROVE_INTEGRATOR:
      approveIntegrator(ex, {
        accountIndex: h.accountIndex,
        integratorAccountIndex: safeNumber(intField(obj, 'IntegratorAccountIndex'), 'IntegratorAccountIndex'),
        maxPerpsTakerFee: safeNumber(intField(obj, 'MaxPerpsTakerFee'), 'MaxPerpsTakerFee'),
        maxPerpsMakerFee: safeNumber(intField(obj, 'MaxPerpsMakerFee'), 'MaxPerpsMakerFee'),
        maxSpotTakerFee: safeNumber(intField(obj, 'MaxSpotTakerFee'), 'MaxSpotTakerFee'),
        maxSpotMakerFee: safeNumber(intField(obj, 'MaxSpotMakerFee'), 'MaxSpotMakerFee'),
        approvalExpiry: safeNumber(intField(obj, 'ApprovalExpiry'), 'ApprovalExpiry'),
      });
      return { a: h.accountIndex, ae: '' };
    default:
      throw new VenueError({ code: 21505 });
  }
}

/** Market of a CreateOrder, or of the first order of a CreateGroupedOrders (they share one market); undefined when absent. */
function orderMarketIndex(obj: Record<string, unknown>): number | undefined {
  const first = Array.isArray(obj.Orders) ? (obj.Orders[0] as Record<string, unknown> | undefined) : obj;
  const m = first?.MarketIndex;
  return typeof m === 'number' && Number.isSafeInteger(m) ? m : undefined;
}
