import { describe, expect, it } from 'vitest';
import {
  CANCEL_REASON,
  CANDLE_RESOLUTIONS,
  CHAIN_ID,
  GROUPING_TYPE,
  MARGIN_MODE,
  ORDER_STATUS_BY_CODE,
  ORDER_TYPE,
  ORDER_TYPE_NAME,
  PNL_RESOLUTIONS,
  TIME_IN_FORCE,
  TIME_IN_FORCE_NAME,
  TX_TYPE,
  VENUE_ERROR_CODE,
  isTxType,
  isVenueErrorCode,
  venueErrorCategory,
  venueErrorMessage,
} from '../../src/index.js';

describe('protocol constants (docs/protocol/transactions.md#type-codes, docs/protocol/enums.md, docs/protocol/errors-and-limits.md#error-codes)', () => {
  it('tx types', () => {
    expect(TX_TYPE.CREATE_ORDER).toBe(14);
    expect(TX_TYPE.CANCEL_ORDER).toBe(15);
    expect(TX_TYPE.CANCEL_ALL_ORDERS).toBe(16);
    expect(TX_TYPE.MODIFY_ORDER).toBe(17);
    expect(TX_TYPE.CREATE_GROUPED_ORDERS).toBe(28);
    expect(TX_TYPE.APPROVE_INTEGRATOR).toBe(45);
    expect(isTxType(14)).toBe(true);
    expect(isTxType(34)).toBe(false);
  });

  it('order enums line up with their payload spellings', () => {
    expect(ORDER_TYPE_NAME[ORDER_TYPE.STOP_LOSS_LIMIT]).toBe('stop-loss-limit');
    expect(TIME_IN_FORCE_NAME[TIME_IN_FORCE.POST_ONLY]).toBe('post-only');
    expect(TIME_IN_FORCE.IMMEDIATE_OR_CANCEL).toBe(0);
    expect(ORDER_STATUS_BY_CODE[0]).toBe('in-progress');
    expect(ORDER_STATUS_BY_CODE[16]).toBe('canceled-invalid-balance');
    expect(ORDER_STATUS_BY_CODE).toHaveLength(17);
    expect(CANCEL_REASON.POST_ONLY).toBe('post-only');
    expect(GROUPING_TYPE).toEqual({ ONE_TRIGGERS_OTHER: 1, ONE_CANCELS_OTHER: 2, ONE_TRIGGERS_ONE_CANCELS_OTHER: 3 });
    expect(MARGIN_MODE).toEqual({ CROSS: 0, ISOLATED: 1 });
  });

  it('resolutions: pnl buckets are candle widths without 30m, 12h and 1w (docs/protocol/enums.md)', () => {
    expect([...PNL_RESOLUTIONS]).toEqual(['1m', '5m', '15m', '1h', '4h', '1d']);
    expect(CANDLE_RESOLUTIONS.filter((r) => !(PNL_RESOLUTIONS as readonly string[]).includes(r))).toEqual([
      '30m',
      '12h',
      '1w',
    ]);
  });

  it('chain ids', () => {
    expect(CHAIN_ID).toEqual({ MAINNET: 304, TESTNET: 300, ROBINHOOD_MAINNET: 466324, ROBINHOOD_TESTNET: 300 });
  });

  it('venue error codes with meanings and categories', () => {
    expect(VENUE_ERROR_CODE.INVALID_NONCE).toBe(21104);
    expect(venueErrorMessage(21104)).toBe('invalid nonce');
    expect(venueErrorMessage(21120)).toBe('invalid signature');
    expect(venueErrorMessage(21739)).toBe('not enough margin to create the order');
    expect(venueErrorMessage(99999)).toBeUndefined();
    expect(isVenueErrorCode(21728)).toBe(true);
    expect(venueErrorCategory(21104)).toBe('transaction');
    expect(venueErrorCategory(23000)).toBe('rate_limit');
    expect(venueErrorCategory(30003)).toBe('websocket');
    expect(venueErrorCategory(1)).toBe('unknown');
    const codes = Object.values(VENUE_ERROR_CODE);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(venueErrorMessage(c)).toBeTypeOf('string');
  });

  it('codes new in the 2026-12 catalogue carry the venue wording (docs/protocol/errors-and-limits.md#error-codes-2026)', () => {
    expect(VENUE_ERROR_CODE.INVALID_AUTH).toBe(20013);
    expect(venueErrorMessage(20013)).toBe('invalid auth');
    expect(venueErrorMessage(21114)).toBe("account value is over maintenance margin, can't activate liquidation");
    expect([21138, 21139, 21140, 21141].map((c) => venueErrorMessage(c))).toEqual([
      'maximum pending unlocks per account exceeded',
      'no pending unlocks for the account',
      'pending unlock is still in waiting period',
      'only LIT asset can be used for pending unlock',
    ]);
    expect(VENUE_ERROR_CODE.L1_ORDER_ONLY_PERPS).toBe(21745);
    expect(venueErrorMessage(21745)).toBe('only perps markets are allowed for L1 orders');
    // ranges the first table only summarised are now one entry per code
    for (let c = 21200; c <= 21237; c++) expect(isVenueErrorCode(c), String(c)).toBe(true);
    for (let c = 41001; c <= 41012; c++) expect(isVenueErrorCode(c), String(c)).toBe(true);
    expect(venueErrorMessage(21626)).toBe('invalid margin fraction');
    expect(venueErrorCategory(41003)).toBe('referral');
    expect(venueErrorMessage(62003)).toBe('account already part of requested tier');
  });
});
