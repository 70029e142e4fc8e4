/**
 * Account views: Account, DetailedAccount, AccountPosition, AccountAsset, user_stats and
 * Tx (docs/protocol/rest.md#response-models; fixtures/api/rest/nt_account.json, ws/nt_user_stats_update.json).
 */
import { liveApprovals } from '../engine/integrators.js';
import type { Exchange } from '../engine/exchange.js';
import { marginSummary } from '../engine/margin.js';
import { unrealizedPnl } from '../engine/positions.js';
import type { SimAccount, SimPosition, SimTx } from '../engine/types.js';
import { USDC } from '@lighter-ts/models/constants';
import { absBig, formatScaled } from '../util/decimal.js';

const usd = (v: bigint) => formatScaled(v, USDC.decimals);

/** Venue `Account` (accountsByL1Address rows). */
export function accountJson(ex: Exchange, a: SimAccount): Record<string, unknown> {
  const s = marginSummary(ex, a);
  let pending = 0;
  let open = 0;
  for (const o of ex.openOrders(a.index)) {
    if (o.status === 'pending') pending++;
    else open++;
  }
  return {
    code: 0,
    account_type: a.accountType,
    index: a.index,
    l1_address: a.l1Address,
    cancel_all_time: a.cancelAllTime,
    total_order_count: open,
    total_isolated_order_count: 0,
    pending_order_count: pending,
    available_balance: usd(s.availableBalance),
    status: 1,
    collateral: usd(a.collateral),
    transaction_time: a.createdAt * 1000,
    account_trading_mode: 0,
  };
}

/** Venue `AccountPosition`. */
/** `{ bo_positions: [...] }` when the account holds binary-option positions, else `{}`. */
export function boPositions(ex: Exchange, a: SimAccount): { bo_positions?: Record<string, unknown>[] } {
  const list = [...a.positions.values()]
    .filter((p) => ex.market(p.marketIndex)?.isBinary)
    .map((p) => positionJson(ex, a, p));
  return list.length > 0 ? { bo_positions: list } : {};
}

export function positionJson(ex: Exchange, a: SimAccount, p: SimPosition): Record<string, unknown> {
  const m = ex.market(p.marketIndex)!;
  const sd = m.spec.sizeDecimals;
  const pd = m.spec.priceDecimals;
  const value = m.quote(absBig(p.size), m.markPrice);
  let openCount = 0;
  let pendingCount = 0;
  for (const o of ex.openOrders(a.index)) {
    if (o.marketIndex !== p.marketIndex) continue;
    if (o.status === 'pending') pendingCount++;
    else openCount++;
  }
  // avg entry = entryQuote / size, expressed in price ticks
  const avg = p.size === 0n ? 0n : (p.entryQuote * 10n ** BigInt(sd + pd)) / (absBig(p.size) * 1_000_000n);
  const mmf = BigInt(m.spec.maintenanceMarginFraction ?? 120);
  let liq = 0n;
  if (p.size !== 0n) {
    const s = marginSummary(ex, a);
    // price move that eats the margin above maintenance, spread over this position
    const cushion = s.accountValue - s.maintenanceMarginRequirement;
    const perLot = (cushion * 10n ** BigInt(sd + pd)) / (absBig(p.size) * 1_000_000n);
    liq = p.size > 0n ? avg - perLot : avg + perLot;
    liq = (liq * 10000n) / (10000n + (p.size > 0n ? -mmf : mmf));
    if (liq < 0n) liq = 0n;
  }
  const out: Record<string, unknown> = {
    market_id: p.marketIndex,
    symbol: m.spec.symbol,
    initial_margin_fraction: formatScaled(BigInt(p.initialMarginFraction), 2),
    open_order_count: openCount,
    pending_order_count: pendingCount,
    position_tied_order_count: 0,
    sign: p.size < 0n ? -1 : 1,
    position: formatScaled(absBig(p.size), sd),
    avg_entry_price: formatScaled(avg, pd),
    position_value: usd(value),
    unrealized_pnl: usd(unrealizedPnl(p, value)),
    realized_pnl: usd(p.realizedPnl),
    liquidation_price: formatScaled(liq, pd),
    margin_mode: p.marginMode,
    allocated_margin: usd(p.allocatedMargin),
  };
  if (p.fundingPaid !== 0n) out.total_funding_paid_out = usd(p.fundingPaid);
  return out;
}

/** Venue `AccountAsset` rows (the collateral, USDC or USDG, plus spot base assets). */
export function assetsJson(ex: Exchange, a: SimAccount): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [
    {
      symbol: ex.collateralSymbol,
      asset_id: USDC.assetIndex,
      // `balance` is the spot side and `margin_balance` the perp side of the same asset; a holder owns their sum
      // (docs/protocol/rest.md#account-assets). The simulator keeps one collateral pool, the perp collateral
      // `user_stats` reports, so it is written once, on the perp side, and the spot side is zero.
      balance: usd(0n),
      locked_balance: usd(0n),
      margin_mode: 'enabled',
      margin_balance: usd(a.collateral),
    },
  ];
  for (const m of ex.markets.values()) {
    if (!m.isSpot) continue;
    const id = m.spec.baseAssetId ?? 1;
    const bal = a.spotBalances.get(id) ?? 0n;
    let locked = 0n;
    for (const o of ex.openOrders(a.index)) if (o.marketIndex === m.index && o.isAsk) locked += o.remainingBase;
    rows.push({
      symbol: m.spec.symbol.split('/')[0] ?? m.spec.symbol,
      asset_id: id,
      balance: formatScaled(bal, m.spec.sizeDecimals),
      locked_balance: formatScaled(locked, m.spec.sizeDecimals),
      margin_mode: 'disabled',
      margin_balance: formatScaled(0n, m.spec.sizeDecimals),
    });
  }
  return rows;
}

/** Venue `DetailedAccount`. */
export function detailedAccountJson(ex: Exchange, a: SimAccount): Record<string, unknown> {
  const s = marginSummary(ex, a);
  return {
    ...accountJson(ex, a),
    account_index: a.index,
    name: '',
    description: '',
    can_invite: false,
    referral_points_percentage: '',
    can_rfq: false,
    can_rfq_market_ids: null,
    created_at: a.createdAt,
    metadata: { color: '' },
    positions: [...a.positions.values()]
      .filter((p) => !ex.market(p.marketIndex)?.isBinary)
      .map((p) => positionJson(ex, a, p)),
    // Binary-option positions apart, as the account channels send them (docs/protocol/binary-options.md#websocket);
    // only when there are some, since the REST field is not documented and real payloads without it must match.
    ...boPositions(ex, a),
    assets: assetsJson(ex, a),
    total_asset_value: usd(s.accountValue),
    cross_asset_value: usd(s.accountValue),
    cross_initial_margin_requirement: usd(s.initialMarginRequirement),
    cross_maintenance_margin_requirement: usd(s.maintenanceMarginRequirement),
    shares: [],
    pending_unlocks: [],
    approved_integrators: liveApprovals(ex, a).map((i) => ({
      account_index: i.integratorAccountIndex,
      name: '',
      max_perps_taker_fee: i.maxPerpsTakerFee,
      max_perps_maker_fee: i.maxPerpsMakerFee,
      max_spot_taker_fee: i.maxSpotTakerFee,
      max_spot_maker_fee: i.maxSpotMakerFee,
      approval_expiry: i.approvalExpiry,
    })),
  };
}

/** WS `user_stats.stats` (all strings except the trading mode). */
export function userStatsJson(ex: Exchange, a: SimAccount): Record<string, unknown> {
  const s = marginSummary(ex, a);
  const pct = (num: bigint, den: bigint) => (den > 0n ? formatScaled((num * 10000n) / den, 2) : '0.00');
  const inner = {
    available_balance: usd(s.availableBalance),
    buying_power: usd(s.availableBalance * 20n),
    collateral: usd(a.collateral),
    leverage: pct(s.positionValue, s.accountValue > 0n ? s.accountValue : 0n),
    margin_usage: pct(s.initialMarginWithOrders, s.accountValue > 0n ? s.accountValue : 0n),
    portfolio_value: usd(s.accountValue),
  };
  return { account_trading_mode: 0, ...inner, cross_stats: { ...inner }, total_stats: { ...inner } };
}

/** Venue `Tx`. */
export function txJson(t: SimTx): Record<string, unknown> {
  return {
    hash: t.hash,
    type: t.type,
    info: t.info,
    event_info: t.eventInfo,
    status: t.status,
    transaction_index: t.transactionIndex,
    l1_address: t.l1Address,
    account_index: t.accountIndex,
    nonce: t.nonce,
    expire_at: t.expireAt,
    block_height: t.blockHeight,
    queued_at: t.queuedAt,
    executed_at: t.executedAt,
    sequence_index: t.sequenceIndex,
    parent_hash: '',
    api_key_index: t.apiKeyIndex,
    transaction_time: t.transactionTime,
  };
}
