import { describe, expect, it } from 'vitest';
import {
  BINARY_SIDE,
  MARKET_INDEX_RANGE,
  ORDER_TYPE,
  checkBinaryOrder,
  isLighterModelsError,
  marketKindOf,
  settlementPayoutTicks,
} from '../../src/index.js';

const ok = { priceTicks: 55n, cap: 100, orderType: ORDER_TYPE.LIMIT, reduceOnly: false, triggerPriceTicks: 0n };

describe('market kinds', () => {
  it('classifies indexes by range, binary between perps and spot', () => {
    expect([0, 254, 255, 999, 1000, 2000, 2001, 2048, 4094, 4095].map((m) => marketKindOf(m))).toEqual([
      'perp',
      'perp',
      undefined,
      undefined,
      'binary',
      'binary',
      undefined,
      'spot',
      'spot',
      undefined,
    ]);
    expect(marketKindOf(1500n)).toBe('binary');
    expect(marketKindOf(2 ** 60)).toBeUndefined();
    expect(MARKET_INDEX_RANGE.binary).toEqual({ min: 1000, max: 2000 });
  });
});

describe('checkBinaryOrder', () => {
  it('passes limit and market orders strictly inside (0, cap)', () => {
    expect(checkBinaryOrder(ok)).toBeUndefined();
    expect(checkBinaryOrder({ ...ok, orderType: ORDER_TYPE.MARKET, priceTicks: 99n })).toBeUndefined();
    expect(checkBinaryOrder({ ...ok, priceTicks: 1n })).toBeUndefined();
  });
  it('names the field and the value of each violation', () => {
    expect(checkBinaryOrder({ ...ok, priceTicks: 0n })).toMatchObject({ field: 'price', received: '0' });
    expect(checkBinaryOrder({ ...ok, priceTicks: 100n })).toMatchObject({ field: 'price', received: '100' });
    expect(checkBinaryOrder({ ...ok, orderType: ORDER_TYPE.STOP_LOSS })).toMatchObject({
      field: 'orderType',
      received: '2',
    });
    expect(checkBinaryOrder({ ...ok, orderType: ORDER_TYPE.TWAP })).toMatchObject({ field: 'orderType' });
    expect(checkBinaryOrder({ ...ok, reduceOnly: true })).toMatchObject({ field: 'reduceOnly', received: 'true' });
    expect(checkBinaryOrder({ ...ok, triggerPriceTicks: 50n })).toMatchObject({
      field: 'triggerPrice',
      received: '50',
    });
  });
});

describe('settlement payout', () => {
  it('pays Up the settlement price and Down the cap less it', () => {
    expect(settlementPayoutTicks({ outcome: 'up', settlementPriceTicks: 100, cap: 100 })).toBe(100);
    expect(settlementPayoutTicks({ outcome: 'down', settlementPriceTicks: 100, cap: 100 })).toBe(0);
    expect(settlementPayoutTicks({ outcome: 'down', settlementPriceTicks: 37, cap: 100 })).toBe(63);
    expect(BINARY_SIDE).toEqual({ UP: 0, DOWN: 1 });
  });
  it('refuses a settlement price outside 0..cap with a typed error', () => {
    try {
      settlementPayoutTicks({ outcome: 'up', settlementPriceTicks: 101, cap: 100 });
      expect.unreachable();
    } catch (e) {
      expect(isLighterModelsError(e)).toBe(true);
      expect((e as Error).message).toContain('settlementPriceTicks');
    }
  });
});
