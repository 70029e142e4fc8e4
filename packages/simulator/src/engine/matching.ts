/**
 * Price-time matching of one incoming order against the opposite side, with self-trade
 * handling (tx attribute 6, docs/protocol/transactions.md#attributes) and fill settlement.
 */
import { ORDER_TYPE, SELF_TRADE_MODE, TIME_IN_FORCE } from '../protocol.js';
import { absBig, minBig } from '../util/decimal.js';
import type { ExchangeCore } from './exchange-core.js';
import type { SimMarket } from './market.js';
import { applyFill, positionOf } from './positions.js';
import type { SimOrder, SimTrade } from './types.js';

/** Why matching stopped with size left. */
export type MatchStop = 'filled' | 'no-liquidity' | 'price' | 'self-trade' | 'reduce-only';

/** Remaining size a reduce-only order may still trade (0 when it would increase). */
export function reduceOnlyCapacity(ex: ExchangeCore, order: SimOrder): bigint {
  const acct = ex.accounts.get(order.owner);
  const size = acct?.positions.get(order.marketIndex)?.size ?? 0n;
  if (order.isAsk ? size <= 0n : size >= 0n) return 0n;
  return absBig(size);
}

function crosses(order: SimOrder, makerPrice: bigint): boolean {
  return order.isAsk ? makerPrice >= order.price : makerPrice <= order.price;
}

/** True when the order would take liquidity right now (post-only check). */
export function wouldCross(market: SimMarket, order: SimOrder): boolean {
  const best = market.book.bestPrice(!order.isAsk);
  return best !== undefined && crosses(order, best);
}

/** Matches `order` (taker) until filled or stopped; returns why it stopped. */
export function matchOrder(ex: ExchangeCore, market: SimMarket, order: SimOrder, txHash: string): MatchStop {
  while (order.remainingBase > 0n) {
    const maker = market.book.bestOrder(!order.isAsk);
    if (!maker) return 'no-liquidity';
    if (!crosses(order, maker.price)) return 'price';
    let qty = minBig(order.remainingBase, maker.remainingBase);
    if (order.reduceOnly) {
      const cap = reduceOnlyCapacity(ex, order);
      if (cap === 0n) return 'reduce-only';
      qty = minBig(qty, cap);
    }
    if (maker.owner === order.owner) {
      const mode = order.selfTradeMode;
      if (mode === SELF_TRADE_MODE.EXPIRE_TAKER) return 'self-trade';
      if (mode === SELF_TRADE_MODE.CANCEL_BOTH) {
        ex.finishOrder(maker, 'canceled-self-trade');
        return 'self-trade';
      }
      if (mode === SELF_TRADE_MODE.REDUCE) {
        maker.remainingBase -= qty;
        order.remainingBase -= qty;
        ex.bookChanged(market, maker);
        if (maker.remainingBase === 0n) ex.finishOrder(maker, 'canceled-self-trade');
        else ex.touchOrder(maker);
        continue;
      }
      // default: expire the resting (maker) order and keep matching
      ex.finishOrder(maker, 'canceled-self-trade');
      continue;
    }
    settleFill(ex, market, { taker: order, maker, qty, txHash });
  }
  return 'filled';
}

/** Books one fill: orders, positions or spot balances, collateral, fees, trade record. */
export function settleFill(
  ex: ExchangeCore,
  market: SimMarket,
  params: { taker: SimOrder; maker: SimOrder; qty: bigint; txHash: string },
): SimTrade {
  const { taker, maker, qty } = params;
  const price = maker.price;
  const quote = market.quote(qty, price);
  const now = ex.now();
  const takerAcct = ex.accounts.get(taker.owner)!;
  const makerAcct = ex.accounts.get(maker.owner)!;
  const defaultImf = market.spec.defaultInitialMarginFraction ?? 500;
  // Binary markets keep signed positions like perps (long = Up, short = Down; docs/protocol/binary-options.md#settlement).
  const signed = market.isPerp || market.isBinary;
  const tp = signed ? positionOf(takerAcct, market.index, defaultImf) : undefined;
  const mp = signed ? positionOf(makerAcct, market.index, defaultImf) : undefined;
  const before = {
    tSize: tp?.size ?? 0n,
    tEntry: tp?.entryQuote ?? 0n,
    tImf: tp?.initialMarginFraction ?? 0,
    mSize: mp?.size ?? 0n,
    mEntry: mp?.entryQuote ?? 0n,
    mImf: mp?.initialMarginFraction ?? 0,
  };
  const takerFee = (quote * BigInt(market.takerFeePpm)) / 1_000_000n;
  const makerFee = (quote * BigInt(market.makerFeePpm)) / 1_000_000n;
  let tSign = false;
  let mSign = false;
  if (tp && mp) {
    const oiBefore = (tp.size > 0n ? tp.size : 0n) + (mp.size > 0n ? mp.size : 0n);
    const te = applyFill(tp, { isBuy: !taker.isAsk, base: qty, quote });
    const me = applyFill(mp, { isBuy: !maker.isAsk, base: qty, quote });
    takerAcct.collateral += te.realizedPnl;
    makerAcct.collateral += me.realizedPnl;
    tSign = te.signChanged;
    mSign = me.signChanged;
    const oiAfter = (tp.size > 0n ? tp.size : 0n) + (mp.size > 0n ? mp.size : 0n);
    market.openInterest += oiAfter - oiBefore;
  } else {
    ex.settleSpot(market, {
      buyer: taker.isAsk ? makerAcct : takerAcct,
      seller: taker.isAsk ? takerAcct : makerAcct,
      qty,
      quote,
    });
  }
  takerAcct.collateral -= takerFee;
  makerAcct.collateral -= makerFee;
  for (const o of [taker, maker]) {
    o.remainingBase -= qty;
    o.filledBase += qty;
    o.filledQuote += quote;
    o.updatedAt = now;
  }
  const ask = taker.isAsk ? taker : maker;
  const bid = taker.isAsk ? maker : taker;
  const trade: SimTrade = {
    tradeId: ex.nextTradeId(),
    txHash: params.txHash,
    type: 'trade',
    marketIndex: market.index,
    size: qty,
    price,
    usdAmount: quote,
    askId: ask.orderIndex,
    bidId: bid.orderIndex,
    askClientId: ask.clientOrderIndex,
    bidClientId: bid.clientOrderIndex,
    askAccountId: ask.owner,
    bidAccountId: bid.owner,
    isMakerAsk: maker.isAsk,
    blockHeight: ex.height,
    timestamp: now,
    transactionTime: now * 1000,
    takerFee: market.takerFeePpm,
    makerFee: market.makerFeePpm,
    takerPositionSizeBefore: before.tSize,
    takerEntryQuoteBefore: before.tEntry,
    takerInitialMarginFractionBefore: before.tImf,
    takerPositionSignChanged: tSign,
    makerPositionSizeBefore: before.mSize,
    makerEntryQuoteBefore: before.mEntry,
    makerInitialMarginFractionBefore: before.mImf,
    makerPositionSignChanged: mSign,
  };
  market.recordTrade(trade);
  ex.bookChanged(market, maker);
  if (maker.remainingBase === 0n) ex.finishOrder(maker, 'filled');
  else ex.touchOrder(maker);
  ex.touchOrder(taker);
  ex.emitTrade(trade);
  ex.touchAccount(takerAcct.index);
  ex.touchAccount(makerAcct.index);
  return trade;
}

/** Final status of an IOC/market order that stopped with size left (docs/protocol/enums.md statuses). */
export function iocRemainderStatus(order: SimOrder, stop: MatchStop) {
  if (stop === 'self-trade') return 'canceled-self-trade' as const;
  if (stop === 'reduce-only') return 'canceled-reduce-only' as const;
  const isMarketLike =
    order.type === ORDER_TYPE.MARKET || order.type === ORDER_TYPE.STOP_LOSS || order.type === ORDER_TYPE.TAKE_PROFIT;
  if (isMarketLike || order.timeInForce === TIME_IN_FORCE.IMMEDIATE_OR_CANCEL) {
    if (stop === 'no-liquidity') return 'canceled-not-enough-liquidity' as const;
    if (isMarketLike) return 'canceled-too-much-slippage' as const;
  }
  return 'canceled' as const;
}
