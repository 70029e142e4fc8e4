/**
 * How a cancel or modify names its order: the caller's client order index or the venue's order index.
 * One job: the `OrderRef` shape and its check, which yields the index the tx carries.
 */
import { inputError } from './errors.js';
import { checkClientOrderIndex } from './orders.js';

/** Which order a cancel or modify targets: your `clientOrderIndex`, or the venue's `orderIndex`. */
export type OrderRef =
  | {
      /** Your client order index of the order (1 … 2^48-1). */
      readonly clientOrderIndex: number | bigint;
      /** Not with `clientOrderIndex`: give one of the two. */
      readonly orderIndex?: never;
    }
  | {
      /** The venue's order index (from `openOrders` or the account stream; a string keeps it exact). */
      readonly orderIndex: number | bigint | string;
      /** Not with `orderIndex`: give one of the two. */
      readonly clientOrderIndex?: never;
    };

/**
 * The index a cancel or modify carries: exactly one of `clientOrderIndex` / `orderIndex`, checked.
 * @throws {TradingClientError} `CLIENT_INPUT` naming the field
 */
export function orderIndexOf(p: { clientOrderIndex?: unknown; orderIndex?: unknown }): {
  index: bigint;
  clientOrderIndex: bigint | undefined;
} {
  const hasClient = p.clientOrderIndex !== undefined;
  const hasVenue = p.orderIndex !== undefined;
  if (hasClient === hasVenue)
    throw inputError('clientOrderIndex', 'give exactly one of clientOrderIndex or orderIndex');
  if (hasClient) {
    const c = checkClientOrderIndex(p.clientOrderIndex);
    return { index: c, clientOrderIndex: c };
  }
  const v = p.orderIndex;
  if (
    !(
      typeof v === 'bigint' ||
      (typeof v === 'number' && Number.isSafeInteger(v)) ||
      (typeof v === 'string' && /^\d+$/.test(v))
    )
  )
    throw inputError('orderIndex', 'expected an integer', v);
  return { index: BigInt(v), clientOrderIndex: undefined };
}
