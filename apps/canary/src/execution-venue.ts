/**
 * {@link CanaryVenue} over @lighter-ts/execution (placeholder until the execution
 * client lands; see the report).
 */
import type { CanaryCredentials } from './credentials.js';
import { CANARY_ERROR_CODE, CanaryError } from './errors.js';
import type { CanaryVenue } from './venue.js';

/** Target of {@link createExecutionVenue}. */
export type ExecutionVenueNetwork = 'testnet' | 'mainnet' | { httpUrl: string; wsUrl: string; chainId: number };

/**
 * Build the execution-backed venue. Construction is inert: no I/O until `connect`.
 *
 * @example
 * const venue = createExecutionVenue({ network: 'testnet', credentials, clock: Date.now });
 * @throws CanaryError (CANARY_VENUE) when the execution layer is unavailable
 */
export function createExecutionVenue(_params: { network: ExecutionVenueNetwork; credentials: CanaryCredentials; clock: () => number }): CanaryVenue {
  throw new CanaryError({ code: CANARY_ERROR_CODE.VENUE, message: 'the execution layer is not available yet' });
}
