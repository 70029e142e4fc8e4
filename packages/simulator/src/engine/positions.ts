/**
 * Position accounting for perp fills: average entry notional, realized PnL on reduction,
 * sign flips (Trade `*_position_sign_changed`, docs/protocol/rest.md#response-models).
 */
import { absBig, minBig } from '../util/decimal.js';
import type { SimAccount, SimPosition } from './types.js';

/** Returns the account's position in a market, creating a flat one on first use. */
export function positionOf(account: SimAccount, marketIndex: number, defaultImf: number): SimPosition {
  let p = account.positions.get(marketIndex);
  if (!p) {
    p = {
      marketIndex,
      size: 0n,
      entryQuote: 0n,
      realizedPnl: 0n,
      fundingPaid: 0n,
      initialMarginFraction: defaultImf,
      marginMode: 0,
      allocatedMargin: 0n,
    };
    account.positions.set(marketIndex, p);
  }
  return p;
}

/** Result of applying a fill. */
export interface FillEffect {
  realizedPnl: bigint;
  signChanged: boolean;
}

/**
 * Applies a fill of `base` lots worth `quote` micro-USDC to a position.
 * `isBuy` increases the signed size. Realized PnL is returned (the caller books it to collateral).
 */
export function applyFill(p: SimPosition, params: { isBuy: boolean; base: bigint; quote: bigint }): FillEffect {
  const { isBuy, base, quote } = params;
  const delta = isBuy ? base : -base;
  const before = p.size;
  let realized = 0n;
  if (before === 0n || before > 0n === isBuy) {
    p.size = before + delta;
    p.entryQuote += quote;
  } else {
    const absBefore = absBig(before);
    const closing = minBig(base, absBefore);
    // entry notional of the closed part, pro rata
    const closedEntry = (p.entryQuote * closing) / absBefore;
    const closedExit = (quote * closing) / base;
    realized = before > 0n ? closedExit - closedEntry : closedEntry - closedExit;
    p.entryQuote -= closedEntry;
    p.size = before + delta;
    const opened = base - closing;
    if (opened > 0n) p.entryQuote = quote - closedExit;
    if (p.size === 0n) p.entryQuote = 0n;
  }
  p.realizedPnl += realized;
  const signChanged = before !== 0n && p.size !== 0n && before > 0n !== p.size > 0n;
  return { realizedPnl: realized, signChanged };
}

/** Signed unrealized PnL at a mark notional (micro-USDC). */
export function unrealizedPnl(p: SimPosition, markQuote: bigint): bigint {
  if (p.size === 0n) return 0n;
  return p.size > 0n ? markQuote - p.entryQuote : p.entryQuote - markQuote;
}
