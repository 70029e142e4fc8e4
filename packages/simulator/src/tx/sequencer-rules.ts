/**
 * What the venue's API server and sequencer decide about a tx beyond its shape and signature:
 * the nonce rule per (account, api key), the sequencer drops that consume no nonce, and the
 * maker-only restriction of an api key (docs/protocol/transactions.md#nonces,
 * docs/protocol/transactions.md#maker-only-api-keys).
 */
import { VENUE_ERROR_CODE } from '@lighter-ts/models';
import type { SimAccount, SimApiKey } from '../engine/types.js';
import { VenueError } from '../errors.js';
import { TIME_IN_FORCE, TX_TYPE } from '../protocol.js';
import { intField, safeNumber } from './decode.js';

/** SkipNonce upper bound (docs/protocol/transactions.md#nonces: 2^47 - 1 > new > old). */
const MAX_SKIP_NONCE = 2 ** 47 - 1;

/**
 * The API server's nonce check. Strict: previous + 1 per key, where "previous" is what the API
 * server has let through. After a sequencer drop the API server's view runs ahead of the
 * sequencer's, so both the committed nonce (a re-signed tx after re-reading `nextNonce`) and the
 * API server's next one (a tx sent before the drop was known, which the sequencer then drops for
 * the gap) pass here. SkipNonce: any nonce from the committed one up to 2^47 - 1.
 * @throws VenueError 21104 invalid nonce (not consumed)
 */
export function checkNonce(p: { slot: SimApiKey | undefined; nonce: number; skipNonce: boolean }): void {
  const committed = p.slot?.nonce ?? 0;
  const apiNext = p.slot?.apiNonce ?? committed;
  if (!p.skipNonce && p.nonce !== committed && p.nonce !== apiNext) throw new VenueError({ code: 21104 });
  if (p.skipNonce && (p.nonce < committed || p.nonce >= MAX_SKIP_NONCE)) throw new VenueError({ code: 21104 });
}

/**
 * True when the sequencer cannot execute a tx the API server took: its nonce is not the
 * committed one (an earlier tx was dropped and left a gap). The tx is then dropped too.
 * @throws never
 */
export function behindGap(p: { slot: SimApiKey | undefined; nonce: number; skipNonce: boolean }): boolean {
  return !p.skipNonce && p.slot !== undefined && p.nonce !== p.slot.nonce;
}

/**
 * Records a sequencer drop: the nonce is not consumed, but the API server has already counted it
 * (docs/protocol/transactions.md#nonces), so the next strict nonce it expects moves on.
 * @throws never
 */
export function recordDrop(p: { slot: SimApiKey | undefined; nonce: number; skipNonce: boolean }): void {
  if (p.slot === undefined || p.skipNonce) return;
  p.slot.apiNonce = Math.max(p.slot.apiNonce ?? p.slot.nonce, p.nonce + 1);
}

/**
 * Venue code of "a resting order without margin" (perps): the sequencer drops such an order after
 * the API answered 200, without consuming its nonce (docs/protocol/transactions.md#nonces). A spot
 * sell beyond the base balance (21304) stays an API refusal: the venue's statement is about margin.
 */
export const NO_MARGIN_CODE = 21739;

/**
 * True when `error` is the engine's no-margin refusal of a new order, which the venue's sequencer
 * drops instead of the API refusing it.
 * @throws never
 */
export function isSequencerMarginDrop(p: { error: unknown; txType: number }): boolean {
  return (
    (p.txType === TX_TYPE.CREATE_ORDER || p.txType === TX_TYPE.CREATE_GROUPED_ORDERS) &&
    p.error instanceof VenueError &&
    p.error.code === NO_MARGIN_CODE
  );
}

/**
 * A maker-only key may send post-only creates, modifies of post-only orders and cancels; anything
 * else is refused with 62007 (docs/protocol/transactions.md#maker-only-api-keys).
 * @throws VenueError 62007 for a tx the key may not send
 */
export function checkMakerOnly(p: {
  acct: SimAccount;
  apiKeyIndex: number;
  txType: number;
  obj: Record<string, unknown>;
  orderTimeInForce: (orderIndex: number) => number | undefined;
}): void {
  if (!p.acct.makerOnlyApiKeys?.has(p.apiKeyIndex)) return;
  switch (p.txType) {
    case TX_TYPE.CANCEL_ORDER:
    case TX_TYPE.CANCEL_ALL_ORDERS:
      return;
    case TX_TYPE.CREATE_ORDER:
      if (safeNumber(intField(p.obj, 'TimeInForce'), 'TimeInForce') === TIME_IN_FORCE.POST_ONLY) return;
      break;
    case TX_TYPE.MODIFY_ORDER:
      if (p.orderTimeInForce(safeNumber(intField(p.obj, 'Index'), 'Index')) === TIME_IN_FORCE.POST_ONLY) return;
      break;
    default:
      break;
  }
  // A maker-only api key used for a tx it may not send (docs/protocol/errors-and-limits.md#error-codes).
  throw new VenueError({ code: VENUE_ERROR_CODE.MAKER_ONLY_KEY_DISALLOWED_TX });
}
