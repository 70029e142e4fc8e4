/**
 * Account-level txs: UpdateLeverage 20, UpdateMargin 29, Withdraw 13, Transfer 12, and
 * funding rounds (docs/protocol/transactions.md#other-order-transactions, docs/protocol/rest.md#response-models Funding / PositionFunding).
 */
import { VenueError } from '../errors.js';
import { USDC } from '@lighter-ts/models/constants';
import { absBig, formatScaled, parseScaled } from '../util/decimal.js';
import type { Exchange } from './exchange.js';
import { marginSummary } from './margin.js';
import { positionOf } from './positions.js';

/** UpdateLeverage: InitialMarginFraction = 10000 / leverage, MarginMode 0 cross / 1 isolated. */
export function updateLeverage(
  ex: Exchange,
  p: { accountIndex: number; marketIndex: number; initialMarginFraction: number; marginMode: number },
): void {
  const m = ex.market(p.marketIndex);
  if (!m?.isPerp) throw new VenueError({ code: 21621 });
  const acct = ex.account(p.accountIndex);
  const min = m.spec.minInitialMarginFraction ?? 200;
  if (!Number.isInteger(p.initialMarginFraction) || p.initialMarginFraction < min || p.initialMarginFraction > 10000) {
    throw new VenueError({ code: 21113 });
  }
  if (p.marginMode !== 0 && p.marginMode !== 1) throw new VenueError({ code: 21613 });
  const pos = positionOf(acct, p.marketIndex, m.spec.defaultInitialMarginFraction ?? 500);
  if (pos.marginMode !== p.marginMode) {
    const hasOrders = [...ex.openOrders(acct.index)].some((o) => o.marketIndex === p.marketIndex);
    if (pos.size !== 0n || hasOrders) throw new VenueError({ code: 21132 });
  }
  const prev = pos.initialMarginFraction;
  pos.initialMarginFraction = p.initialMarginFraction;
  pos.marginMode = p.marginMode;
  const s = marginSummary(ex, acct);
  if (p.initialMarginFraction > prev && s.accountValue < s.initialMarginRequirement) {
    pos.initialMarginFraction = prev;
    throw new VenueError({ code: 21508 });
  }
  ex.touchAccount(acct.index);
}

/** UpdateMargin: moves USDC into/out of an isolated position (Direction 1 add, 0 remove). */
export function updateMargin(
  ex: Exchange,
  p: { accountIndex: number; marketIndex: number; usdcAmount: bigint; direction: number },
): void {
  const m = ex.market(p.marketIndex);
  if (!m?.isPerp) throw new VenueError({ code: 21621 });
  const acct = ex.account(p.accountIndex);
  const pos = acct.positions.get(p.marketIndex);
  if (pos?.marginMode !== 1) throw new VenueError({ code: 21613 });
  if (p.direction !== 0 && p.direction !== 1) throw new VenueError({ code: 21615 });
  if (p.usdcAmount <= 0n) throw new VenueError({ code: 21300 });
  if (p.direction === 1) {
    if (acct.collateral < p.usdcAmount) throw new VenueError({ code: 21301 });
    pos.allocatedMargin += p.usdcAmount;
  } else {
    if (pos.allocatedMargin < p.usdcAmount) throw new VenueError({ code: 21301 });
    pos.allocatedMargin -= p.usdcAmount;
  }
  ex.touchAccount(acct.index);
}

/** Withdraw (USDC only in the simulator): collateral leaves the venue. */
export function withdraw(ex: Exchange, p: { accountIndex: number; assetIndex: number; amount: bigint }): void {
  const acct = ex.account(p.accountIndex);
  if (p.assetIndex !== USDC.assetIndex) throw new VenueError({ code: 21805 });
  if (p.amount <= 0n) throw new VenueError({ code: 21300 });
  const s = marginSummary(ex, acct);
  if (s.availableBalance < p.amount) throw new VenueError({ code: 21301 });
  acct.collateral -= p.amount;
  ex.touchAccount(acct.index);
}

/** Transfer of USDC between accounts. */
export function transfer(
  ex: Exchange,
  p: { fromAccountIndex: number; toAccountIndex: number; assetIndex: number; amount: bigint; fee: bigint },
): void {
  const from = ex.account(p.fromAccountIndex);
  const to = ex.accounts.get(p.toAccountIndex);
  if (!to) throw new VenueError({ code: 21106 });
  if (p.assetIndex !== USDC.assetIndex) throw new VenueError({ code: 21805 });
  if (p.amount <= 0n) throw new VenueError({ code: 21300 });
  const s = marginSummary(ex, from);
  if (s.availableBalance < p.amount + p.fee) throw new VenueError({ code: 21301 });
  from.collateral -= p.amount + p.fee;
  to.collateral += p.amount;
  ex.touchAccount(from.index);
  ex.touchAccount(to.index);
}

/**
 * Applies one funding round: `rate` is the fraction of position value longs pay shorts
 * (negative: shorts pay). Records Funding and PositionFunding rows.
 */
export function runFunding(ex: Exchange, p: { marketIndex: number; rate: string }): void {
  const m = ex.market(p.marketIndex);
  if (!m?.isPerp) throw new VenueError({ code: 21621 });
  const rate = parseScaled(p.rate, 8); // 1e-8 units
  const now = ex.now();
  const direction: 'long' | 'short' = rate >= 0n ? 'long' : 'short';
  // value per 1 base unit in USDC = mark * rate
  const perUnit = (m.markPrice * absBig(rate)) / 10n ** BigInt(m.spec.priceDecimals);
  m.fundingRounds.push({
    timestamp: Math.floor(now / 1000),
    marketIndex: m.index,
    rate: formatScaled(absBig(rate) / 10_000n, 4),
    value: formatScaled(perUnit, 8),
    direction,
  });
  m.fundingRate = formatScaled(rate / 100n, 6);
  let fid = m.fundingRounds.length;
  for (const acct of ex.accounts.values()) {
    const pos = acct.positions.get(m.index);
    if (!pos || pos.size === 0n) continue;
    const value = m.quote(absBig(pos.size), m.markPrice);
    const amount = (value * absBig(rate)) / 100_000_000n;
    const pays = pos.size > 0n === rate >= 0n;
    const change = pays ? -amount : amount;
    acct.collateral += change;
    pos.fundingPaid -= change;
    acct.fundings.push({
      timestamp: now,
      marketIndex: m.index,
      fundingId: fid++,
      change,
      rate: formatScaled(rate / 100n, 6),
      positionSize: absBig(pos.size),
      side: pos.size > 0n ? 'long' : 'short',
    });
    if (acct.fundings.length > 1000) acct.fundings.splice(0, acct.fundings.length - 1000);
    ex.touchAccount(acct.index);
  }
  if (m.fundingRounds.length > 10_000) m.fundingRounds.splice(0, m.fundingRounds.length - 10_000);
}
