import { describe, expect, it } from 'vitest';
import {
  NextNonceParamsSchema,
  SendTxBatchParamsSchema,
  SendTxParamsSchema,
  isLighterParseError,
  parseAssetDetails,
  parseCandles,
  parseDepositHistory,
  parseFundingRates,
  parseFundings,
  parseNextNonce,
  parseOrderBookDepth,
  parseSendTxBatchResponse,
  parseSendTxResponse,
  parseSystemConfig,
  parseTransferHistory,
  sendTxBatchForm,
  toWireParams,
} from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('nextNonce', () => {
  it('parses nt_next_nonce.json', () => {
    const r = parseNextNonce(loadFixture('rest/nt_next_nonce.json'));
    expect(r.code).toBe(200);
    expect(r.nonce).toBe(1234567890);
  });
  it('validates params (api key 0..254)', () => {
    expect(toWireParams(NextNonceParamsSchema.parse({ accountIndex: 7, apiKeyIndex: 3 }))).toEqual({
      account_index: '7',
      api_key_index: '3',
    });
    expect(NextNonceParamsSchema.safeParse({ accountIndex: 7, apiKeyIndex: 255 }).success).toBe(false);
  });
});

describe('sendTx', () => {
  it('parses ccxt_send_tx_response.json', () => {
    const r = parseSendTxResponse(loadFixture('rest/ccxt_send_tx_response.json'));
    expect(r.code).toBe(200);
    expect(r.message).toBe('{"ratelimit": "didn\'t use volume quota"}');
    expect(r.tx_hash).toBe('txhash');
    expect(r.predicted_execution_time_ms).toBe(1766088500120);
    expect(r.volume_quota_remaining).toBeUndefined();
  });
  it('parses a batch response and validates batch params', () => {
    const r = parseSendTxBatchResponse({ code: 200, tx_hash: ['a', 'b'], predicted_execution_time_ms: 5 });
    expect(r.tx_hash).toEqual(['a', 'b']);
    expect(SendTxParamsSchema.safeParse({ txType: 14, txInfo: '{"a":1}' }).success).toBe(true);
    expect(SendTxBatchParamsSchema.safeParse({ txTypes: [14, 15], txInfos: ['{}'] }).success).toBe(false);
    expect(sendTxBatchForm({ txTypes: [14, 15], txInfos: ['{"A":1}', '{"B":2}'] })).toEqual({
      tx_types: '[14,15]',
      tx_infos: '["{\\"A\\":1}","{\\"B\\":2}"]',
    });
  });
});

describe('candles', () => {
  it('parses nt_candles.json field for field', () => {
    const r = parseCandles(loadFixture('rest/nt_candles.json'));
    expect(r.r).toBe('1m');
    expect(r.c).toEqual([
      { t: 1700000000000, o: 2361.11, h: 2362.22, l: 2360.0, c: 2361.31, v: 1.2345, V: 2914.872195, i: 19211490282 },
      { t: 1700000060000, o: 2361.31, h: 2363.0, l: 2361.1, c: 2362.5, v: 0.5, V: 1181.905, i: 19211490283 },
    ]);
  });
  it('turns c: null into [] (nt_candles_null.json)', () => {
    const r = parseCandles(loadFixture('rest/nt_candles_null.json'));
    expect(r.c).toEqual([]);
    expect(r.message).toBeNull();
  });
});

describe('fundings and funding rates', () => {
  it('parses nt_fundings.json (timestamps in seconds, rates exact)', () => {
    const r = parseFundings(loadFixture('rest/nt_fundings.json'));
    expect(r.resolution).toBe('1h');
    expect(r.fundings).toEqual([
      { timestamp: 1778702400, value: '0.02707872', rate: '0.0012', direction: 'long' },
      { timestamp: 1778706000, value: '0.00452778', rate: '0.0002', direction: 'short' },
    ]);
  });
  it('parses ccxt_funding_rates.json', () => {
    const r = parseFundingRates(loadFixture('rest/ccxt_funding_rates.json'));
    expect(r.funding_rates).toEqual([{ market_id: 0, exchange: 'lighter', symbol: 'ETH', rate: 9.599999999999999e-5 }]);
  });
});

describe('assetDetails', () => {
  it('parses ccxt_asset_details.json (older field set)', () => {
    const r = parseAssetDetails(loadFixture('rest/ccxt_asset_details.json'));
    expect(r.asset_details).toEqual([
      {
        asset_id: 3,
        symbol: 'USDC',
        l1_decimals: 6,
        decimals: 6,
        min_transfer_amount: '1.000000',
        min_withdrawal_amount: '1.000000',
        margin_mode: 'enabled',
        index_price: '1.000000',
        l1_address: '0x95Fd23d5110f9D89A4b0B7d63D78F5B5Ea5074D1',
      },
    ]);
  });
  it('parses lts_asset_details_excerpt.json (2026 field set)', () => {
    const r = parseAssetDetails(loadFixture('rest/lts_asset_details_excerpt.json'));
    expect(r.asset_details.map((a) => a.symbol)).toEqual(['ETH', 'LIT', 'USDC', 'XAUT', expect.any(String)]);
    const eth = r.asset_details[0]!;
    expect(eth.asset_id).toBe(1);
    expect(eth.l1_decimals).toBe(18);
    expect(eth.size_decimals).toBe(8);
    expect(eth.price_decimals).toBe(6);
    expect(eth.min_transfer_amount).toBe('0.00100000');
    expect(eth.loan_to_value).toBe('0.7000');
    expect(eth.liquidation_threshold).toBe('0.8500');
    expect(eth.global_supply_cap).toBe('10000.00000000');
    expect(eth.multiplier).toBe('1.000000000000000000');
    expect(r.asset_details[1]?.margin_mode).toBe('disabled');
  });
});

describe('systemConfig', () => {
  it('parses lts_system_config.json field for field', () => {
    const r = parseSystemConfig(loadFixture('rest/lts_system_config.json'));
    expect(r.liquidity_pool_index).toBe(281474976710654);
    expect(r.staking_pool_index).toBe(281474976624800);
    expect(r.funding_fee_rebate_account_index).toBe(713888);
    expect(r.market_maker_incentive_account_index).toBe(723106);
    expect(r.fee_collector_account_index).toBe(281474976496476);
    expect(r.liquidity_pool_cooldown_period).toBe(300000);
    expect(r.staking_pool_lockup_period).toBe(259200000);
    expect(r.max_integrator_spot_taker_fee).toBe(10000);
    expect(r.max_integrator_spot_maker_fee).toBe(10000);
    expect(r.max_integrator_perps_taker_fee).toBe(1000);
    expect(r.max_integrator_perps_maker_fee).toBe(1000);
  });
});

describe('transfer and deposit history', () => {
  it('parses ccxt_transfer_history.json field for field', () => {
    const r = parseTransferHistory(loadFixture('rest/ccxt_transfer_history.json'));
    expect(r.cursor).toBe('eyJpbmRleCI6MzA4NDkxNX0=');
    expect(r.transfers).toEqual([
      {
        id: '3085014',
        asset_id: 3,
        amount: '11.000000',
        fee: '0.000000',
        timestamp: 1766387292752,
        type: 'L2TransferOutflow',
        from_l1_address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A',
        to_l1_address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A',
        from_account_index: 1077,
        to_account_index: 281474976710608,
        from_route: 'spot',
        to_route: 'spot',
        tx_hash: 'd8e96178273d0938f9ede556edffc0aab8def9ec70c46a65791905291a2f5792af18625406102c80',
      },
    ]);
  });
  it('parses ccxt_deposit_history.json field for field', () => {
    const r = parseDepositHistory(loadFixture('rest/ccxt_deposit_history.json'));
    expect(r.cursor).toBe('eyJpbmRleCI6MjkwMTg0MH0=');
    expect(r.deposits).toEqual([
      {
        id: '2901843',
        asset_id: 5,
        amount: '100000.0',
        timestamp: 1766112729741,
        status: 'completed',
        l1_tx_hash: '0xa24d83d58e1fd72b2a44a12d1ec766fb061fa0b806de2fed940b5d8ecd50744d',
      },
    ]);
  });
});

describe('OrderBookDepth model', () => {
  it('parses nt_order_book_depth.json and the null variant', () => {
    const r = parseOrderBookDepth(loadFixture('rest/nt_order_book_depth.json'));
    expect(r.asks).toEqual([{ price: '2352.74', size: '0.0050' }]);
    expect(r.bids).toEqual([{ price: '2352.71', size: '0.2125' }]);
    expect(r.offset).toBe(1558300);
    expect(r.nonce).toBe(9182390020);
    const n = parseOrderBookDepth(loadFixture('rest/nt_order_book_depth_null.json'));
    expect(n.asks).toEqual([]);
    expect(n.bids).toEqual([]);
    expect(n.offset).toBe(1);
    expect(n.nonce).toBe(0);
  });
  it('reports a bad level with its path', () => {
    try {
      parseOrderBookDepth({ code: 200, asks: [{ price: 'abc', size: '1' }], bids: [] });
      expect.unreachable();
    } catch (e) {
      expect(isLighterParseError(e) && e.path).toBe('asks.0.price');
    }
  });
});
