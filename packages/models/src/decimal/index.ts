// Exact decimal helpers only, without zod: a light entry point (`@lighter-ts/models/decimal`) for
// browser bundles that need tick/lot conversion but not the schemas (the root entry costs ~100 KB gz).
// Its errors are LighterModelsError; a bundle that also loads the root entry holds a second copy of
// that class, so test with isLighterModelsError (name and code), not instanceof.
export {
  DECIMAL_PATTERN,
  ROUNDING_MODE,
  compareDecimals,
  decimalPlaces,
  fromScaledInteger,
  isDecimalString,
  normalizeDecimal,
  numberToDecimalString,
  toScaledInteger,
} from './decimal.js';
export type { DecimalInput, RoundingMode } from './decimal.js';
export {
  MAX_BASE_AMOUNT,
  MAX_CLIENT_ORDER_INDEX,
  MAX_ORDER_INDEX,
  MAX_PRICE_TICKS,
  MAX_SAFE_CLIENT_ORDER_INDEX,
  MIN_ORDER_INDEX,
  assertOrderAmounts,
  checkOrderAmounts,
  fromBaseAmount,
  fromPriceTicks,
  toBaseAmount,
  toPriceTicks,
} from './limits.js';
export type { OrderAmountCheck, OrderAmountLimits } from './limits.js';
export { roundToIncrement, roundToLot, roundToTick } from './rounding.js';
export { LighterModelsError, MODELS_ERROR_CODE, isLighterModelsError } from '../errors.js';
export type { ModelsErrorCode } from '../errors.js';
