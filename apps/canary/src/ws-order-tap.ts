/**
 * The canary's own look at the account stream: it subscribes to `account_all_orders` on the
 * same WS connection the execution client uses (subscriptions are ref-counted, so the venue
 * sees one subscription) and turns every row of a canary order into an observation with
 * source `ws`. This is first-hand WS evidence that does not depend on how the execution client
 * tags its events (an event without a source is never taken as WS evidence).
 */
import type { IdentityStore } from '@lighter-ts/execution';
import { accountAllOrdersChannel, type LighterWsClient } from '@lighter-ts/streaming';
import { normalizeOrderStatus, type OrderObservation } from './venue.js';

/**
 * Start the tap; returns a function that stops it (idempotent).
 *
 * @example
 * const stop = startWsOrderTap({ ws, accountIndex: 7, identities, clock: Date.now, emit: (o) => watch.push(o) });
 * stop();
 * @throws LighterWsError (WS_INVALID_ARGUMENT) for a bad account index
 */
export function startWsOrderTap(params: {
  ws: LighterWsClient;
  accountIndex: number | bigint;
  /** The identity store the execution client uses: maps the venue's client order index back to the canary's id. */
  identities: IdentityStore;
  clock: () => number;
  emit: (o: OrderObservation) => void;
}): () => void {
  const sub = params.ws.subscribe(accountAllOrdersChannel({ accountIndex: params.accountIndex }));
  const off = sub.on('data', (e) => {
    const rows = e.typed?.orders ?? [];
    for (const row of rows) {
      const identity = params.identities.getByClientOrderIndex(Number(row.client_order_index));
      if (identity === undefined) continue; // not a canary order
      const status = String(row.status);
      params.emit({
        clientOrderId: identity.clientOrderId,
        venueOrderId: String(row.order_index),
        status,
        state: normalizeOrderStatus(status),
        source: 'ws',
        via: 'frame',
        atMs: params.clock(),
        side: row.is_ask ? 'sell' : 'buy',
        price: String(row.price),
        quantity: String(row.initial_base_amount),
        timeInForce: String(row.time_in_force),
        filledSize:
          row.filled_base_amount === undefined || row.filled_base_amount === null
            ? undefined
            : String(row.filled_base_amount),
      });
    }
  });
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    off();
    sub.unsubscribe();
  };
}
