/**
 * Liquidation of accounts whose value falls below the maintenance margin: open orders are
 * canceled (`canceled-liquidation`) and positions are closed at the mark price against the
 * insurance fund, as `liquidation` trades (docs/protocol/rest.md#response-models Trade.type, Liquidation).
 * Simplified: the whole position is closed at once; losses beyond collateral are absorbed.
 */
import type { ExchangeCore } from './exchange-core.js';
import { marginSummary } from './margin.js';
import type { SimMarket } from './market.js';
import { applyFill, positionOf } from './positions.js';
import type { SimAccount, SimTrade } from './types.js';
import { absBig } from '../util/decimal.js';

/** True when the account is below maintenance margin and holds a position. */
export function isLiquidatable(ex: ExchangeCore, acct: SimAccount): boolean {
  if (acct.isMarketMaker) return false;
  let open = false;
  for (const p of acct.positions.values()) if (p.size !== 0n) open = true;
  if (!open) return false;
  const s = marginSummary(ex, acct);
  return s.accountValue < s.maintenanceMarginRequirement;
}

function closeAtMark(ex: ExchangeCore, m: SimMarket, acct: SimAccount, insurance: SimAccount): SimTrade | undefined {
  const p = acct.positions.get(m.index);
  if (!p || p.size === 0n) return undefined;
  const size = absBig(p.size);
  const price = m.markPrice;
  const quote = m.quote(size, price);
  const isBuy = p.size < 0n;
  const before = { size: p.size, entry: p.entryQuote, imf: p.initialMarginFraction };
  const ins = positionOf(insurance, m.index, m.spec.defaultInitialMarginFraction ?? 500);
  const insBefore = { size: ins.size, entry: ins.entryQuote, imf: ins.initialMarginFraction };
  const e = applyFill(p, { isBuy, base: size, quote });
  const ie = applyFill(ins, { isBuy: !isBuy, base: size, quote });
  acct.collateral += e.realizedPnl;
  insurance.collateral += ie.realizedPnl;
  const now = ex.now();
  const trade: SimTrade = {
    tradeId: ex.nextTradeId(),
    txHash: '',
    type: 'liquidation',
    marketIndex: m.index,
    size,
    price,
    usdAmount: quote,
    askId: 0,
    bidId: 0,
    askClientId: 0,
    bidClientId: 0,
    askAccountId: isBuy ? insurance.index : acct.index,
    bidAccountId: isBuy ? acct.index : insurance.index,
    isMakerAsk: isBuy,
    blockHeight: ex.height,
    timestamp: now,
    transactionTime: now * 1000,
    takerFee: 0,
    makerFee: 0,
    takerPositionSizeBefore: absBig(before.size),
    takerEntryQuoteBefore: before.entry,
    takerInitialMarginFractionBefore: before.imf,
    takerPositionSignChanged: false,
    makerPositionSizeBefore: absBig(insBefore.size),
    makerEntryQuoteBefore: insBefore.entry,
    makerInitialMarginFractionBefore: insBefore.imf,
    makerPositionSignChanged: e.signChanged,
  };
  m.recordTrade(trade);
  ex.emitTrade(trade);
  return trade;
}

/** Liquidates every account below maintenance margin. Returns the liquidated account indexes. */
export function liquidateDue(ex: ExchangeCore): number[] {
  const due = [...ex.accounts.values()].filter((a) => isLiquidatable(ex, a));
  if (due.length === 0) return [];
  const insurance = ex.insuranceFund();
  for (const acct of due) {
    ex.cancelAllOpen(acct.index, 'canceled-liquidation');
    for (const m of ex.markets.values()) {
      if (!m.isPerp) continue;
      const t = closeAtMark(ex, m, acct, insurance);
      if (!t) continue;
      ex.liquidations.push({
        id: t.tradeId,
        accountIndex: acct.index,
        marketIndex: m.index,
        price: t.price,
        size: t.size,
        executedAt: t.timestamp,
      });
    }
    // the insurance fund absorbs a negative balance
    if (acct.collateral < 0n) {
      insurance.collateral += acct.collateral;
      acct.collateral = 0n;
    }
    ex.touchAccount(acct.index);
  }
  ex.touchAccount(insurance.index);
  return due.map((a) => a.index);
}
