import { describe, expect, it } from 'vitest';
import { isOrderDeniedError } from '../../src/errors.js';
import type { LighterInstrument } from '../../src/instruments/instrument.js';
import type { NautilusOrder } from '../../src/orders/types.js';
import { addDecimal, compareDecimal, scaleDecimal, subDecimal, unscaleDecimal } from '../../src/translate/decimal.js';
import { translateOrder } from '../../src/translate/order-translation.js';
import { ETH_PERP } from '../fixtures.js';

const NOW = 1_780_000_000_000;
const perp: LighterInstrument = ETH_PERP;
const spot: LighterInstrument = {
  ...perp,
  instrumentId: 'ETH/USDC-SPOT.LIGHTER',
  marketIndex: 2048,
  kind: 'spot',
  marginInit: undefined,
};

const order = (o: Partial<NautilusOrder>): NautilusOrder => ({
  clientOrderId: 'O-1',
  instrumentId: 'ETH-PERP.LIGHTER',
  side: 'BUY',
  type: 'LIMIT',
  quantity: '0.01',
  price: '3000.5',
  timeInForce: 'GTC',
  ...o,
});
const tr = (o: Partial<NautilusOrder>, instrument = perp, top = { bid: '2999.99', ask: '3000.01' }) =>
  translateOrder({
    order: order({ instrumentId: instrument.instrumentId, ...o }),
    instrument,
    clientOrderIndex: 42,
    nowMs: NOW,
    topOfBook: top,
    defaultSlippageBps: 50,
  });
const deniedField = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (isOrderDeniedError(e)) return e.field ?? 'none';
    throw e;
  }
  return undefined;
};

describe('decimal helpers', () => {
  it('scales exactly and rounds only when asked', () => {
    expect(scaleDecimal({ value: '123.45', decimals: 2 })).toBe(12345n);
    expect(scaleDecimal({ value: '0.1', decimals: 6 })).toBe(100000n);
    expect(() => scaleDecimal({ value: '1.005', decimals: 2 })).toThrow(/decimals/);
    expect(scaleDecimal({ value: '1.005', decimals: 2, mode: 'ceil' })).toBe(101n);
    expect(scaleDecimal({ value: '1.005', decimals: 2, mode: 'floor' })).toBe(100n);
    expect(() => scaleDecimal({ value: '1e5', decimals: 2 })).toThrow();
    expect(unscaleDecimal({ value: 5n, decimals: 3 })).toBe('0.005');
    expect(addDecimal('0.1', '0.2')).toBe('0.3');
    expect(subDecimal('1', '1.25')).toBe('-0.25');
    expect(compareDecimal('1.10', '1.1')).toBe(0);
  });
});

describe('translateOrder', () => {
  it('GTC limit -> GTT with 28-day expiry and exact ticks', () => {
    expect(tr({})).toEqual({
      marketIndex: 0,
      clientOrderIndex: 42,
      baseAmount: 100n,
      price: 300050n,
      isAsk: false,
      orderType: 0,
      timeInForce: 1,
      reduceOnly: false,
      triggerPrice: 0n,
      orderExpiry: BigInt(NOW + 28 * 24 * 3600_000),
    });
  });

  it('IOC limit has expiry 0; post-only overrides TIF; reduce-only passes through', () => {
    expect(tr({ timeInForce: 'IOC' })).toMatchObject({ timeInForce: 0, orderExpiry: 0n });
    expect(tr({ postOnly: true, side: 'SELL' })).toMatchObject({ timeInForce: 2, isAsk: true });
    expect(tr({ reduceOnly: true })).toMatchObject({ reduceOnly: true });
    expect(tr({ timeInForce: 'DAY' })).toMatchObject({ timeInForce: 1, orderExpiry: BigInt(NOW + 28 * 24 * 3600_000) });
    expect(tr({ timeInForce: 'GTD', expireTimeMs: NOW + 3600_000, postOnly: true })).toMatchObject({
      timeInForce: 2,
      orderExpiry: BigInt(NOW + 3600_000),
    });
  });

  it('GTD uses the order expiry inside the 5 min..30 day window', () => {
    expect(tr({ timeInForce: 'GTD', expireTimeMs: NOW + 3600_000 })).toMatchObject({
      orderExpiry: BigInt(NOW + 3600_000),
    });
    expect(deniedField(() => tr({ timeInForce: 'GTD', expireTimeMs: NOW + 60_000 }))).toBe('expireTimeMs');
    expect(deniedField(() => tr({ timeInForce: 'GTD', expireTimeMs: NOW + 31 * 24 * 3600_000 }))).toBe('expireTimeMs');
    expect(deniedField(() => tr({ timeInForce: 'GTD' }))).toBe('expireTimeMs');
  });

  it('market orders cap the price from the far quote (ceil buys, floor sells) and need a quote', () => {
    // ask 3000.01 -> 300001 ticks * 1.005 = 301501.005 -> ceil 301502
    expect(tr({ type: 'MARKET', price: undefined })).toMatchObject({
      orderType: 1,
      timeInForce: 0,
      orderExpiry: 0n,
      price: 301502n,
    });
    // bid 2999.99 -> 299999 * 0.995 = 298499.005 -> floor 298499
    expect(tr({ type: 'MARKET', side: 'SELL', price: undefined })).toMatchObject({ price: 298499n, isAsk: true });
    expect(tr({ type: 'MARKET', price: undefined, marketOrderSlippageBps: 0 })).toMatchObject({ price: 300001n });
    expect(deniedField(() => tr({ type: 'MARKET', price: undefined }, perp, { bid: '1', ask: '' }))).toBe('price');
  });

  it('stop-market / MIT / stop-limit / LIT map to venue conditional types', () => {
    expect(tr({ type: 'STOP_MARKET', price: undefined, triggerPrice: '2900' })).toMatchObject({
      orderType: 2,
      timeInForce: 0,
      triggerPrice: 290000n,
      price: 291450n,
    });
    expect(tr({ type: 'MARKET_IF_TOUCHED', price: undefined, triggerPrice: '2900', side: 'SELL' })).toMatchObject({
      orderType: 4,
      price: 288550n,
    });
    expect(tr({ type: 'STOP_LIMIT', triggerPrice: '2900', price: '2905' })).toMatchObject({
      orderType: 3,
      timeInForce: 1,
      price: 290500n,
    });
    const lit = tr({ type: 'LIMIT_IF_TOUCHED', triggerPrice: '2900', price: '2905', timeInForce: 'IOC' });
    expect(lit).toMatchObject({ orderType: 5, timeInForce: 0 });
    expect(lit.orderExpiry > 0n).toBe(true);
    expect(deniedField(() => tr({ type: 'STOP_MARKET', triggerPrice: '2900', timeInForce: 'IOC' }))).toBe(
      'timeInForce',
    );
    expect(deniedField(() => tr({ type: 'STOP_LIMIT', triggerPrice: undefined }))).toBe('triggerPrice');
  });

  it('denies unsupported combinations before signing', () => {
    expect(deniedField(() => tr({ timeInForce: 'FOK' }))).toBe('timeInForce');
    expect(deniedField(() => tr({ timeInForce: 'AT_THE_OPEN' }))).toBe('timeInForce');
    expect(deniedField(() => tr({ type: 'TRAILING_STOP_MARKET' }))).toBe('type');
    expect(deniedField(() => tr({ type: 'MARKET_TO_LIMIT' }))).toBe('type');
    expect(deniedField(() => tr({ quoteQuantity: true }))).toBe('quoteQuantity');
    expect(deniedField(() => tr({ displayQty: '0.001' }))).toBe('displayQty');
    expect(deniedField(() => tr({ type: 'STOP_MARKET', triggerPrice: '1' }, spot))).toBe('type');
    expect(deniedField(() => tr({ reduceOnly: true }, spot))).toBe('reduceOnly');
    expect(deniedField(() => tr({ postOnly: true, timeInForce: 'IOC' }))).toBe('postOnly');
    expect(deniedField(() => tr({ type: 'LIMIT', price: undefined }))).toBe('price');
  });

  it('denies sub-lot, below-minimum and overflowing values', () => {
    expect(deniedField(() => tr({ quantity: '0.00001' }))).toBe('quantity');
    expect(deniedField(() => tr({ quantity: '0.001' }))).toBe('quantity'); // < min 0.005
    expect(deniedField(() => tr({ quantity: '0.005', price: '100' }))).toBe('quantity'); // notional 0.5 < 10
    expect(deniedField(() => tr({ price: '50000000' }))).toBe('price'); // 5e9 ticks > u32
    expect(deniedField(() => tr({ price: '3000.001' }))).toBe('price'); // off tick
    expect(deniedField(() => tr({}, { ...perp, status: 'inactive' }))).toBe('instrumentId');
    expect(deniedField(() => tr({ quantity: '-1' }))).toBe('quantity');
  });
});
