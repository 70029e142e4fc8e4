/**
 * Binary-option (Up/Down) markets in the simulator (docs/protocol/binary-options.md): orders match on the ordinary
 * book and positions are signed like perps (long = Up shares, short = Down shares). Unlike perps they are fully paid:
 * an Up share can lose at most its price, a Down share at most the cap less its price, and that much collateral
 * must be free. The operator's settlement cancels open orders and pays every position out into collateral.
 */
import { settlementPayoutTicks } from '@lighter-ts/models';
import { VenueError } from '../errors.js';
import type { ExchangeCore } from './exchange-core.js';
import type { SimMarket } from './market.js';
import type { SimAccount, SimOrder } from './types.js';

/** Worst-case loss in micro-USDC of `base` lots bought (Up) or sold (Down) at `price` ticks. */
function maxLoss(market: SimMarket, isAsk: boolean, base: bigint, price: bigint): bigint {
  return market.quote(base, isAsk ? BigInt(market.settlementCap) - price : price);
}

/** Collateral held against an account's binary positions and resting binary orders. */
export function binaryCommitted(ex: ExchangeCore, acct: SimAccount, exclude?: SimOrder): bigint {
  let total = 0n;
  for (const m of ex.markets.values()) {
    if (!m.isBinary) continue;
    const p = acct.positions.get(m.index);
    if (p && p.size !== 0n) {
      const size = p.size > 0n ? p.size : -p.size;
      // A long paid entryQuote; a short's worst case is the cap on every share less what it sold them for.
      total += p.size > 0n ? p.entryQuote : m.quote(size, BigInt(m.settlementCap)) - p.entryQuote;
    }
  }
  for (const o of ex.openOrders(acct.index)) {
    const m = ex.markets.get(o.marketIndex);
    if (o === exclude || !m?.isBinary || o.status !== 'open') continue;
    total += maxLoss(m, o.isAsk, o.remainingBase, o.price);
  }
  return total;
}

/**
 * True when the account's free collateral pays for `order` in full (an order that only closes shares the
 * account already holds costs nothing more).
 */
export function canAffordBinary(ex: ExchangeCore, acct: SimAccount, market: SimMarket, order: SimOrder): boolean {
  const held = acct.positions.get(market.index)?.size ?? 0n;
  const closing = order.isAsk ? (held > 0n ? held : 0n) : held < 0n ? -held : 0n;
  const opening = order.remainingBase > closing ? order.remainingBase - closing : 0n;
  const cost = maxLoss(market, order.isAsk, opening, order.price);
  return acct.collateral - binaryCommitted(ex, acct, order) >= cost;
}

/**
 * Settle a binary market at `priceTicks` (0..cap): cancel its open orders, pay each position its payout
 * (Up shares the price, Down shares the cap less it), book the difference to entry as realized PnL, and close
 * the market to new orders.
 *
 * @throws VenueError 21602 for an unknown or non-binary market, 21605 when already settled, 21702 for a price outside 0..cap
 */
export function settleBinaryMarket(
  ex: ExchangeCore,
  params: { marketIndex: number; priceTicks: number },
): Map<number, bigint> {
  const market = ex.markets.get(params.marketIndex);
  if (!market?.isBinary) throw new VenueError({ code: 21602 });
  if (market.settlement) throw new VenueError({ code: 21605 });
  const cap = market.settlementCap;
  if (!Number.isInteger(params.priceTicks) || params.priceTicks < 0 || params.priceTicks > cap)
    throw new VenueError({ code: 21702 });
  const pnl = new Map<number, bigint>();
  // Mark settled first: cancels below must not let anything re-enter the book.
  market.settlement = { priceTicks: params.priceTicks, at: ex.now(), pnl };
  for (const acct of ex.accounts.values()) ex.cancelAllOpen(acct.index, 'canceled', market.index);
  for (const acct of ex.accounts.values()) {
    const p = acct.positions.get(market.index);
    if (!p || p.size === 0n) continue;
    const outcome = p.size > 0n ? 'up' : 'down';
    const shares = p.size > 0n ? p.size : -p.size;
    const payoutTicks = settlementPayoutTicks({ outcome, settlementPriceTicks: params.priceTicks, cap });
    const payout = market.quote(shares, BigInt(payoutTicks));
    // A Down holder sold at entry and owes the cap per share back: its cost basis is cap*shares - entry.
    const cost = outcome === 'up' ? p.entryQuote : market.quote(shares, BigInt(cap)) - p.entryQuote;
    const realized = payout - cost;
    acct.collateral += realized;
    p.realizedPnl += realized;
    pnl.set(acct.index, realized);
    market.openInterest -= p.size > 0n ? p.size : 0n;
    p.size = 0n;
    p.entryQuote = 0n;
    ex.touchAccount(acct.index);
  }
  market.markPrice = BigInt(params.priceTicks);
  market.indexPrice = market.markPrice;
  return pnl;
}
