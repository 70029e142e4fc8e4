/**
 * Market metadata and stats JSON (OrderBook, PerpsOrderBookDetail, SpotOrderBookDetail,
 * market_stats; docs/protocol/rest.md#response-models, fixtures/api/rest/nt_order_book_details.json).
 */
import type { SimMarket } from '../engine/market.js';
import { formatScaled, scaledToNumber } from '../util/decimal.js';

/** Venue `OrderBook` (orderBooks). */
export function orderBookJson(m: SimMarket): Record<string, unknown> {
  const s = m.spec;
  return {
    symbol: s.symbol,
    market_id: s.marketIndex,
    market_type: s.marketType,
    base_asset_id: s.baseAssetId ?? 0,
    quote_asset_id: s.quoteAssetId ?? 0,
    status: 'active',
    taker_fee: s.takerFee ?? '0.0000',
    is_taker_fee_enabled: true,
    maker_fee: s.makerFee ?? '0.0000',
    is_maker_fee_enabled: true,
    liquidation_fee: m.isPerp ? '1.0000' : '0.0000',
    min_base_amount: s.minBaseAmount,
    min_quote_amount: s.minQuoteAmount,
    order_quote_limit: '281474976.710655',
    supported_size_decimals: s.sizeDecimals,
    supported_price_decimals: s.priceDecimals,
    supported_quote_decimals: 6,
  };
}

function dailyStats(m: SimMarket, now: number): Record<string, unknown> {
  const trades = m.dailyTrades(now);
  let base = 0n;
  let quote = 0n;
  for (const t of trades) {
    base += t.size;
    quote += t.usdAmount;
  }
  const pd = m.spec.priceDecimals;
  const last = m.lastTradePrice || m.markPrice;
  const change = m.dailyOpenPrice > 0n ? (Number(last - m.dailyOpenPrice) / Number(m.dailyOpenPrice)) * 100 : 0;
  return {
    last_trade_price: scaledToNumber(last, pd),
    daily_trades_count: trades.length,
    daily_base_token_volume: scaledToNumber(base, m.spec.sizeDecimals),
    daily_quote_token_volume: scaledToNumber(quote, 6),
    daily_price_low: scaledToNumber(m.dailyLow, pd),
    daily_price_high: scaledToNumber(m.dailyHigh, pd),
    daily_price_change: change,
  };
}

/** Venue `PerpsOrderBookDetail` / `SpotOrderBookDetail`. */
export function orderBookDetailJson(m: SimMarket, now: number): Record<string, unknown> {
  const s = m.spec;
  const base = {
    ...orderBookJson(m),
    size_decimals: s.sizeDecimals,
    price_decimals: s.priceDecimals,
  };
  if (!m.isPerp) return { ...base, ...dailyStats(m, now), daily_chart: {} };
  return {
    ...base,
    quote_multiplier: 1,
    default_initial_margin_fraction: s.defaultInitialMarginFraction ?? 500,
    min_initial_margin_fraction: s.minInitialMarginFraction ?? 200,
    maintenance_margin_fraction: s.maintenanceMarginFraction ?? 120,
    closeout_margin_fraction: s.closeoutMarginFraction ?? 80,
    ...dailyStats(m, now),
    open_interest: scaledToNumber(m.openInterest, s.sizeDecimals),
    daily_chart: {},
    market_config: {
      market_margin_mode: 0,
      insurance_fund_account_index: 281474976710655,
      liquidation_mode: 0,
      force_reduce_only: false,
      trading_hours: '',
      funding_fee_discounts_enabled: false,
      hidden: false,
      rfq_enabled: false,
    },
    strategy_index: 0,
  };
}

/** Next funding time: top of the next hour (ms). */
export function nextFundingTimestamp(now: number): number {
  return Math.ceil((now + 1) / 3_600_000) * 3_600_000;
}

/** WS `market_stats` object (fixtures/api/ws/nt_market_stats_update_single.json). */
export function marketStatsJson(m: SimMarket, now: number): Record<string, unknown> {
  const pd = m.spec.priceDecimals;
  const d = dailyStats(m, now);
  if (!m.isPerp) {
    // spot rows carry no mark/funding/open-interest fields (ws/nt_spot_market_stats_update_single.json)
    return {
      symbol: m.spec.symbol,
      market_id: m.index,
      index_price: formatScaled(m.indexPrice, pd),
      mid_price: formatScaled(m.midPrice(), pd),
      last_trade_price: formatScaled(m.lastTradePrice || m.markPrice, pd),
      daily_base_token_volume: d.daily_base_token_volume,
      daily_quote_token_volume: d.daily_quote_token_volume,
      daily_price_low: d.daily_price_low,
      daily_price_high: d.daily_price_high,
      daily_price_change: d.daily_price_change,
      // binary markets: the simulator's assumed status fields (bo_market_stats' field list is unpublished,
      // docs/protocol/binary-options.md#websocket); the same words as the events route
      ...(m.isBinary
        ? {
            status: m.settlement ? 'settled' : 'active',
            settlement_price: m.settlement ? formatScaled(BigInt(m.settlement.priceTicks), pd) : null,
          }
        : {}),
    };
  }
  return {
    symbol: m.spec.symbol,
    market_id: m.index,
    index_price: formatScaled(m.indexPrice, pd),
    mark_price: formatScaled(m.markPrice, pd),
    mid_price: formatScaled(m.midPrice(), pd),
    open_interest: formatScaled(m.openInterest, m.spec.sizeDecimals),
    open_interest_limit: '1000000000.0000',
    funding_clamp_small: '0.0001',
    funding_clamp_big: '0.0002',
    last_trade_price: formatScaled(m.lastTradePrice || m.markPrice, pd),
    current_funding_rate: m.fundingRate,
    funding_rate: m.fundingRate,
    funding_timestamp: nextFundingTimestamp(now),
    daily_base_token_volume: d.daily_base_token_volume,
    daily_quote_token_volume: d.daily_quote_token_volume,
    daily_price_low: d.daily_price_low,
    daily_price_high: d.daily_price_high,
    daily_price_change: d.daily_price_change,
  };
}
