import { describe, expect, it } from 'vitest';
import {
  parseAccountLimits,
  parseAssetDetails,
  parseBoPnl,
  parseEvents,
  parseUpDownCandles,
  parseCandles,
  parseDepositHistory,
  parseDetailedAccounts,
  parseFundingRates,
  parseFundings,
  parseNextNonce,
  parseOrderBookDepth,
  parseOrderBookDetails,
  parseOrderBookOrders,
  parseOrderBooks,
  parseOrders,
  parseSendTxResponse,
  parseSubAccounts,
  parseSystemConfig,
  parseTrades,
  parseTransferHistory,
  parseTx,
  parseWsFrame,
} from '../src/index.js';
import { listFixtures, loadFixture } from './helpers/fixtures.js';

// Every fixture file must map to a parser: a new fixture without a mapping fails this test.
const REST_PARSERS: Record<string, (raw: unknown) => unknown> = {
  'ccxt_account_with_position.json': parseDetailedAccounts,
  'ccxt_accounts_by_l1_address.json': parseSubAccounts,
  'ccxt_asset_details.json': parseAssetDetails,
  'ccxt_deposit_history.json': parseDepositHistory,
  'ccxt_funding_rates.json': parseFundingRates,
  'ccxt_order_book_orders.json': parseOrderBookOrders,
  'ccxt_send_tx_response.json': parseSendTxResponse,
  'ccxt_transfer_history.json': parseTransferHistory,
  'lts_asset_details_excerpt.json': parseAssetDetails,
  'lts_order_book_details_excerpt.json': parseOrderBookDetails,
  'lts_system_config.json': parseSystemConfig,
  'nt_account.json': parseDetailedAccounts,
  'nt_candles.json': parseCandles,
  'nt_candles_null.json': parseCandles,
  'nt_fundings.json': parseFundings,
  'nt_next_nonce.json': parseNextNonce,
  'nt_order_book_depth.json': parseOrderBookDepth,
  'nt_order_book_depth_null.json': parseOrderBookDepth,
  'nt_order_book_details.json': parseOrderBookDetails,
  'nt_order_book_orders.json': parseOrderBookOrders,
  'nt_order_books.json': parseOrderBooks,
  'nt_orders.json': parseOrders,
  'nt_recent_trades.json': parseTrades,
  'nt_recent_trades_null.json': parseTrades,
  'nt_recent_trades_unordered.json': parseTrades,
  'ours_bo_account_limits.json': parseAccountLimits,
  'ours_bo_events.json': parseEvents,
  'ours_bo_pnl.json': parseBoPnl,
  'ours_bo_up_down_candles.json': parseUpDownCandles,
};

// WS fixtures: the frame kind each must parse to (an array fixture lists one kind per element).
const WS_KINDS: Record<string, string | string[]> = {
  'ccxt_connected.json': 'connected',
  'ccxt_error_invalid_channel.json': 'error',
  'ccxt_market_stats_update_all.json': 'market_stats',
  'ccxt_market_stats_update_single.json': 'market_stats',
  'ccxt_ping.json': 'ping',
  'ccxt_sendtx_response.json': 'send_tx_result',
  'ccxt_unsubscribed.json': 'unsubscribed',
  'docs_account_all_assets_update.json': 'account_all_assets',
  'docs_market_stats_update.json': 'market_stats',
  'docs_order_book_update.json': 'order_book',
  'docs_spot_market_stats_update_all.json': 'spot_market_stats',
  'docs_trade_update.json': 'trade',
  'docs_user_stats_update.json': 'user_stats',
  'nt_account_all_assets_update.json': 'account_all_assets',
  'nt_account_all_assets_with_position.json': 'account_all_assets',
  'nt_account_all_positions_update.json': 'account_all_positions',
  'nt_account_all_trades_update.json': 'account_all_trades',
  'nt_account_orders_update.json': 'account_orders',
  'nt_candle_subscribed.json': 'candle',
  'nt_candle_update.json': 'candle',
  'nt_control_frames.json': [
    'connected',
    'ping',
    'pong',
    'send_tx_result',
    'send_tx_result',
    'error',
    'error',
    'error',
    'error',
    'error',
    'error',
  ],
  'nt_height_update.json': 'height',
  'nt_market_stats_subscribed_single.json': 'market_stats',
  'nt_market_stats_update_all.json': 'market_stats',
  'nt_market_stats_update_single.json': 'market_stats',
  'nt_order_book_subscribed.json': 'order_book',
  'nt_order_book_subscribed_empty.json': 'order_book',
  'nt_order_book_update.json': 'order_book',
  'nt_spot_market_stats_subscribed_single.json': 'spot_market_stats',
  'nt_spot_market_stats_update_all.json': 'spot_market_stats',
  'nt_spot_market_stats_update_single.json': 'spot_market_stats',
  'nt_ticker_subscribed.json': 'ticker',
  'nt_ticker_update.json': 'ticker',
  'nt_trade_subscribed.json': 'trade',
  'nt_trade_update.json': 'trade',
  'nt_user_stats_update.json': 'user_stats',
  'nt_user_stats_with_position.json': 'user_stats',
  'ours_account_all_bo_positions.json': 'account_all',
  'ours_account_market_bo_position.json': 'account_market',
  'ours_bo_market_stats_all.json': 'bo_market_stats',
  'ours_bo_market_stats_single.json': 'bo_market_stats',
  'ours_up_down_candle_update.json': 'up_down_candle',
};

// Not a frame: one `Transaction` object as carried inside `account_tx` frames (SOURCES.md).
const WS_OBJECTS: Record<string, (raw: unknown) => unknown> = {
  'docs_account_tx_transaction_object.json': parseTx,
};

describe('fixture coverage', () => {
  it('every REST fixture has a parser and parses', () => {
    const files = listFixtures('rest');
    expect(files.length).toBeGreaterThan(20);
    const unmapped = files.filter((f) => !(f in REST_PARSERS));
    expect(unmapped).toEqual([]);
    for (const f of files) {
      const parser = REST_PARSERS[f];
      expect(() => parser?.(loadFixture(`rest/${f}`)), f).not.toThrow();
    }
  });

  it('every WS fixture has a mapping and parses to the expected kind', () => {
    const files = listFixtures('ws');
    const unmapped = files.filter((f) => !(f in WS_KINDS) && !(f in WS_OBJECTS));
    expect(unmapped).toEqual([]);
    for (const f of files) {
      const raw = loadFixture(`ws/${f}`);
      const objectParser = WS_OBJECTS[f];
      if (objectParser) {
        expect(() => objectParser(raw), f).not.toThrow();
        continue;
      }
      const expected = WS_KINDS[f];
      const frames = Array.isArray(raw) ? raw : [raw];
      const kinds = frames.map((fr) => parseWsFrame(JSON.stringify(fr)).kind);
      expect(kinds, f).toEqual(Array.isArray(expected) ? expected : [expected]);
    }
  });
});
