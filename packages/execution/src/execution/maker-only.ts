/**
 * Maker-only api keys (docs/protocol/transactions.md#maker-only-api-keys): the venue lets such a
 * key send post-only creates, modifies of post-only orders and cancels, and refuses anything else
 * with 62007. The execution client reads the key's status at connect and denies the rest locally,
 * before anything is signed, so a strategy learns it without spending a nonce or a request.
 */
import { VENUE_TIME_IN_FORCE } from '../translate/venue-constants.js';

/**
 * Prefix of the OrderDenied reason of an order a maker-only key may not place; match on it.
 * @example if (e.type === 'OrderDenied' && e.reason.startsWith(MAKER_ONLY_DENIAL)) stopTaking();
 * @throws never (a constant)
 */
export const MAKER_ONLY_DENIAL = 'MAKER_ONLY_KEY';

/**
 * The denial reason for a create a maker-only key may not send, or undefined when it may. Only a
 * post-only order is a maker for the venue; market, IOC, a GTT limit that could cross and trigger
 * orders are takers. Checked before translation (`postOnly`) and after it (the venue time in force).
 * @example makerOnlyDenial({ apiKeyIndex: 4, postOnly: false }) // 'MAKER_ONLY_KEY: ...'
 * @throws never
 */
export function makerOnlyDenial(p: {
  apiKeyIndex: number;
  postOnly: boolean;
  timeInForce?: number;
}): string | undefined {
  if (p.postOnly && (p.timeInForce === undefined || p.timeInForce === VENUE_TIME_IN_FORCE.POST_ONLY)) return undefined;
  return `${MAKER_ONLY_DENIAL}: api key ${p.apiKeyIndex} is maker-only; only post-only orders may be placed (the venue would refuse this one with 62007)`;
}
