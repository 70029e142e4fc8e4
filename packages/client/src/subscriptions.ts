/**
 * Book, trade and account subscriptions as callbacks and async iterators at once: the streaming
 * `Subscription` already is both; this adds the caller's AbortSignal (abort = unsubscribe, which ends
 * the iterator) and an optional `onData` callback wired before the first event can arrive.
 */
import type { Subscription } from '@lighter-ts/streaming';
import { TRADING_CLIENT_ERROR_CODE, TradingClientError } from './errors.js';

/** Options every `subscribe*` method takes. */
export interface SubscribeCallbacks<E> {
  /** Called for every event; the returned subscription can also be iterated with `for await`. */
  readonly onData?: (event: E) => void;
  /** Aborting unsubscribes; a `for await` over the subscription then ends. */
  readonly signal?: AbortSignal;
}

/**
 * Wire `onData` and `signal` to a fresh subscription.
 * @example attach({ sub: ws.subscribe(orderBookChannel({ marketIndex: 0 })), onData: (e) => console.log(e.book.bestBid()) })
 * @throws {TradingClientError} `CLIENT_INPUT` when `onData` is not a function
 */
export function attach<E>(p: { sub: Subscription<E> } & SubscribeCallbacks<E>): Subscription<E> {
  const { sub, onData, signal } = p;
  if (onData !== undefined && typeof onData !== 'function') {
    sub.unsubscribe();
    throw new TradingClientError({
      code: TRADING_CLIENT_ERROR_CODE.INPUT,
      field: 'onData',
      value: typeof onData,
      message: `onData: expected a function, received ${typeof onData}`,
    });
  }
  if (onData) sub.on('data', onData);
  if (signal) {
    if (signal.aborted) sub.unsubscribe();
    else {
      const onAbort = () => sub.unsubscribe();
      signal.addEventListener('abort', onAbort, { once: true });
      // Drop the listener when the subscription ends first, so a long-lived signal holds nothing.
      sub.on('closed', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return sub;
}
