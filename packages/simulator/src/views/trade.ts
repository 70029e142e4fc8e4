/**
 * Trade JSON (docs/protocol/rest.md#response-models; fixtures/api/rest/nt_recent_trades.json). Fee and
 * `*_before` fields are omitted when zero/empty, as live rows do (DOCM "Trade JSON").
 */
import type { SimMarket } from '../engine/market.js';
import type { SimTrade } from '../engine/types.js';
import { formatScaled } from '../util/decimal.js';

/** Venue `Trade` object. */
export function tradeJson(t: SimTrade, m: SimMarket): Record<string, unknown> {
  const sd = m.spec.sizeDecimals;
  const out: Record<string, unknown> = {
    trade_id: t.tradeId,
    trade_id_str: String(t.tradeId),
    tx_hash: t.txHash,
    type: t.type,
    market_id: t.marketIndex,
    size: formatScaled(t.size, sd),
    price: formatScaled(t.price, m.spec.priceDecimals),
    usd_amount: formatScaled(t.usdAmount, 6),
    ask_id: t.askId,
    ask_id_str: String(t.askId),
    bid_id: t.bidId,
    bid_id_str: String(t.bidId),
    ask_client_id: t.askClientId,
    ask_client_id_str: String(t.askClientId),
    bid_client_id: t.bidClientId,
    bid_client_id_str: String(t.bidClientId),
    ask_account_id: t.askAccountId,
    bid_account_id: t.bidAccountId,
    is_maker_ask: t.isMakerAsk,
    block_height: t.blockHeight,
    timestamp: t.timestamp,
  };
  if (t.takerFee) out.taker_fee = t.takerFee;
  if (t.takerPositionSizeBefore !== 0n) {
    out.taker_position_size_before = formatScaled(t.takerPositionSizeBefore, sd);
    out.taker_entry_quote_before = formatScaled(t.takerEntryQuoteBefore, 6);
    out.taker_initial_margin_fraction_before = t.takerInitialMarginFractionBefore;
  }
  if (t.takerPositionSignChanged) out.taker_position_sign_changed = true;
  if (t.makerFee) out.maker_fee = t.makerFee;
  if (t.makerPositionSizeBefore !== 0n) {
    out.maker_position_size_before = formatScaled(t.makerPositionSizeBefore, sd);
    out.maker_entry_quote_before = formatScaled(t.makerEntryQuoteBefore, 6);
    out.maker_initial_margin_fraction_before = t.makerInitialMarginFractionBefore;
  }
  if (t.makerPositionSignChanged) out.maker_position_sign_changed = true;
  out.transaction_time = t.transactionTime;
  return out;
}
