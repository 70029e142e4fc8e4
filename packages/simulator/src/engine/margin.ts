/**
 * Cross-margin arithmetic: account value, initial/maintenance requirements, and the
 * pre-trade check behind `21739 not enough margin to create the order` (docs/protocol/errors-and-limits.md#error-codes).
 */
import { absBig, maxBig } from '../util/decimal.js';
import type { SimMarket } from './market.js';
import { unrealizedPnl } from './positions.js';
import type { SimAccount, SimOrder } from './types.js';

/** Lookup of markets and an account's open orders. */
export interface MarginContext {
  market(marketIndex: number): SimMarket | undefined;
  openOrders(accountIndex: number): Iterable<SimOrder>;
}

/** Summary of an account's margin state, all micro-USDC. */
export interface MarginSummary {
  collateral: bigint;
  unrealizedPnl: bigint;
  accountValue: bigint;
  positionValue: bigint;
  initialMarginRequirement: bigint;
  maintenanceMarginRequirement: bigint;
  /** IMR including resting orders (worst side per market). */
  initialMarginWithOrders: bigint;
  availableBalance: bigint;
}

function imfOf(account: SimAccount, market: SimMarket): number {
  return account.positions.get(market.index)?.initialMarginFraction ?? market.spec.defaultInitialMarginFraction ?? 500;
}

/**
 * Computes the margin summary; `extra` adds a hypothetical order and `exclude` leaves one out
 * (for pre-trade checks).
 */
export function marginSummary(
  ctx: MarginContext,
  account: SimAccount,
  extra?: SimOrder,
  exclude?: SimOrder,
): MarginSummary {
  let upnl = 0n;
  let posValue = 0n;
  let imr = 0n;
  let mmr = 0n;
  let imrOrders = 0n;
  const pending = new Map<number, { bids: bigint; asks: bigint }>();
  // `extra` may already be registered (IOC checks run after registration): count it once
  const orders = [...ctx.openOrders(account.index)].filter((o) => o !== extra && o !== exclude);
  if (extra) orders.push(extra);
  for (const o of orders) {
    if (o.reduceOnly) continue;
    const m = ctx.market(o.marketIndex);
    if (!m?.isPerp) continue;
    const e = pending.get(o.marketIndex) ?? { bids: 0n, asks: 0n };
    if (o.isAsk) e.asks += o.remainingBase;
    else e.bids += o.remainingBase;
    pending.set(o.marketIndex, e);
  }
  const marketsSeen = new Set<number>([...account.positions.keys(), ...pending.keys()]);
  for (const mi of marketsSeen) {
    const m = ctx.market(mi);
    if (!m?.isPerp) continue;
    const p = account.positions.get(mi);
    const size = p?.size ?? 0n;
    const imf = BigInt(imfOf(account, m));
    const mmf = BigInt(m.spec.maintenanceMarginFraction ?? 120);
    const value = m.quote(absBig(size), m.markPrice);
    posValue += value;
    if (p) upnl += unrealizedPnl(p, value);
    imr += (value * imf) / 10000n;
    mmr += (value * mmf) / 10000n;
    const e = pending.get(mi) ?? { bids: 0n, asks: 0n };
    const worst = maxBig(absBig(size + e.bids), absBig(size - e.asks));
    imrOrders += (m.quote(worst, m.markPrice) * imf) / 10000n;
  }
  const accountValue = account.collateral + upnl;
  return {
    collateral: account.collateral,
    unrealizedPnl: upnl,
    accountValue,
    positionValue: posValue,
    initialMarginRequirement: imr,
    maintenanceMarginRequirement: mmr,
    initialMarginWithOrders: imrOrders,
    availableBalance: maxBig(0n, accountValue - imrOrders),
  };
}

/**
 * True when the account can carry `order` on top of its positions and resting orders.
 * Orders that only reduce exposure always pass (they lower the worst-side requirement).
 */
export function hasMarginFor(ctx: MarginContext, account: SimAccount, order: SimOrder): boolean {
  const before = marginSummary(ctx, account, undefined, order);
  const after = marginSummary(ctx, account, order);
  if (after.initialMarginWithOrders <= before.initialMarginWithOrders) return true;
  return after.accountValue >= after.initialMarginWithOrders;
}
