// Nautilus-style identifiers only, without zod: a light entry point (`@lighter-ts/models/identifiers`).
// Errors are LighterModelsError (see `../decimal/index.ts` on testing them across entry points).
export {
  AccountId,
  ClientOrderId,
  InstrumentId,
  LIGHTER_VENUE,
  PERP_QUOTE_CURRENCY,
  PERP_SUFFIX,
  SPOT_SUFFIX,
  Symbol,
  TradeId,
  Venue,
  VenueOrderId,
} from './identifiers.js';
export { LighterModelsError, MODELS_ERROR_CODE, isLighterModelsError } from '../errors.js';
export type { ModelsErrorCode } from '../errors.js';
