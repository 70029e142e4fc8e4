/**
 * A local Lighter venue on loopback for tests: REST + WebSocket, matching, signature and nonce checks, faults.
 *
 * @packageDocumentation
 * @module @lighter-ts/simulator
 */
// Public API of @lighter-ts/simulator: every export is named here.
export { startSimulator } from './simulator.js';
export type { AccountQuotaState, CreatedAccount, DirectOrderParams, Simulator } from './simulator-handle.js';
export type { SimulatorOptions } from './simulator-options.js';
export type { SimAccountTier } from './engine/volume-quota.js';
export { DEFAULT_MARKETS } from './markets.js';
export type { MarketSpec } from './markets.js';
export { binaryMarketSpec } from './binary-market-spec.js';
export type { BinaryMarketSpecParams } from './binary-market-spec.js';
export type { MarketMakerOptions } from './market-maker.js';
export type { SimRateLimitOptions } from './rest/rate-limit.js';
export { FaultController } from './faults.js';
export type { FaultHandle } from './faults.js';
export type { FaultKind, FaultSpec } from './fault-spec.js';
export {
  VenueError,
  SimulatorInputError,
  isVenueError,
  isSimulatorInputError,
  venueMessage,
} from './errors.js';
