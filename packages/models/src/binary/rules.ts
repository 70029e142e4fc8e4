/**
 * Trading rules of binary options (Up/Down markets), docs/protocol/binary-options.md#trading-rules:
 * buy = Up, sell = Down; price in ticks strictly inside (0, cap); limit and market orders only; no
 * reduce-only; no trigger price. One home for these facts: execution and the simulator import them.
 */
import { ORDER_TYPE } from '../constants/order.js';
import { LighterModelsError } from '../errors.js';

/**
 * Side of a binary order as the venue reads `IsAsk`: 0 = buy = Up, 1 = sell = Down.
 *
 * @example
 * import { BINARY_SIDE } from '@lighter-ts/models';
 * const isAsk = BINARY_SIDE.DOWN === 1;
 * @throws never (a constant)
 */
export const BINARY_SIDE = {
  /** `IsAsk = 0`: a buy, which takes the Up side (pays if the underlying ends the window higher). */
  UP: 0,
  /** `IsAsk = 1`: a sell, which takes the Down side. */
  DOWN: 1,
} as const;
/** `'up' | 'down'`. */
export type BinaryOutcome = 'up' | 'down';

/**
 * Settlement cap in price ticks of every Up/Down market documented so far (`100` = 1.00 USDC with 2 price
 * decimals). Other caps are an open point, so code takes the cap from the market when it has one.
 *
 * @example
 * import { DEFAULT_BINARY_SETTLEMENT_CAP } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const DEFAULT_BINARY_SETTLEMENT_CAP = 100;

/**
 * Order types a binary market accepts (limit and market only).
 *
 * @example
 * BINARY_ORDER_TYPES.includes(ORDER_TYPE.LIMIT); // true
 * @throws never (a constant)
 */
export const BINARY_ORDER_TYPES: readonly number[] = [ORDER_TYPE.LIMIT, ORDER_TYPE.MARKET];

/** Why a binary order breaks the rules: the field and the value received. */
export interface BinaryOrderViolation {
  /** The order field that breaks the rules. */
  readonly field: 'price' | 'orderType' | 'reduceOnly' | 'triggerPrice';
  /** The offending value as text, in wire units (ticks for prices). */
  readonly received: string;
  /** What is allowed and what was received, ready for a denial reason. */
  readonly message: string;
}

/**
 * Check an order against the binary-option rules; `undefined` when it passes. Values are in wire units
 * (price and trigger in ticks).
 *
 * @example
 * checkBinaryOrder({ priceTicks: 100n, cap: 100, orderType: 0, reduceOnly: false, triggerPriceTicks: 0n });
 * // { field: 'price', received: '100', message: 'price must be strictly between 0 and the cap 100 ticks, got 100' }
 * @throws never (a violation is a value)
 */
export function checkBinaryOrder(params: {
  priceTicks: bigint;
  cap: number;
  orderType: number;
  reduceOnly: boolean;
  triggerPriceTicks: bigint;
}): BinaryOrderViolation | undefined {
  const { priceTicks, cap, orderType, reduceOnly, triggerPriceTicks } = params;
  if (!BINARY_ORDER_TYPES.includes(orderType)) {
    return {
      field: 'orderType',
      received: String(orderType),
      message: `binary markets take limit (0) or market (1) orders only, got type ${orderType}`,
    };
  }
  if (reduceOnly) return { field: 'reduceOnly', received: 'true', message: 'binary markets reject reduce-only orders' };
  if (triggerPriceTicks !== 0n) {
    return {
      field: 'triggerPrice',
      received: String(triggerPriceTicks),
      message: `binary markets reject trigger prices, got ${triggerPriceTicks} ticks`,
    };
  }
  if (priceTicks <= 0n || priceTicks >= BigInt(cap)) {
    return {
      field: 'price',
      received: String(priceTicks),
      message: `price must be strictly between 0 and the cap ${cap} ticks, got ${priceTicks}`,
    };
  }
  return undefined;
}

/**
 * What one share pays at settlement, in price ticks: an Up share the settlement price, a Down share the cap
 * less it (docs/protocol/binary-options.md#settlement).
 *
 * @example
 * settlementPayoutTicks({ outcome: 'down', settlementPriceTicks: 100, cap: 100 }); // 0
 * @throws {LighterModelsError} OUT_OF_RANGE when the settlement price is outside 0..cap
 */
export function settlementPayoutTicks(params: {
  outcome: BinaryOutcome;
  settlementPriceTicks: number;
  cap: number;
}): number {
  const { outcome, settlementPriceTicks: s, cap } = params;
  if (!Number.isInteger(s) || s < 0 || s > cap) {
    throw new LighterModelsError({
      code: 'OUT_OF_RANGE',
      field: 'settlementPriceTicks',
      message: `settlementPriceTicks: must be in 0..${cap}, got ${s}`,
    });
  }
  return outcome === 'up' ? s : cap - s;
}
