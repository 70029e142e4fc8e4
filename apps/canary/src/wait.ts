/**
 * Wait for an order state on the account stream, with a REST fallback once the WS
 * has dropped. After a drop the stream may have missed frames for good (the
 * reconnect snapshot lists open orders only, so a cancel that happened in the gap
 * is never replayed); REST then establishes the state and the report says so.
 */
import type { LifecycleContext } from './context.js';
import type { EstablishedVia, LifecycleState } from './state.js';
import { retryOnRateLimit } from './retry.js';
import { sleep } from './steps.js';
import type { CanaryMarket, OrderObservation } from './venue.js';

/**
 * Resolve with the first WS observation matching `predicate`, or — once a WS drop was
 * seen (before or during the wait) — the first REST observation matching it.
 *
 * @example
 * const { o, via } = await waitWsOrRest({ ctx, state, market, clientOrderId, predicate: (o) => o.state !== 'pending', signal });
 * @throws the signal's reason when aborted; venue errors from the REST polling
 */
export async function waitWsOrRest(params: {
  ctx: LifecycleContext;
  state: LifecycleState;
  market: CanaryMarket;
  clientOrderId: string;
  venueOrderId?: string | undefined;
  predicate: (o: OrderObservation) => boolean;
  signal: AbortSignal;
  /** Counts drops seen while this wait runs. */
  onDrop: () => void;
}): Promise<{ o: OrderObservation; via: EstablishedVia }> {
  const { ctx, state, market, clientOrderId, predicate } = params;
  const done = new AbortController();
  const signal = AbortSignal.any([params.signal, done.signal]);
  let resolveFallback: (o: OrderObservation) => void = () => {};
  let rejectFallback: (e: unknown) => void = () => {};
  const fallback = new Promise<OrderObservation>((resolve, reject) => {
    resolveFallback = resolve;
    rejectFallback = reject;
  });
  let polling = false;
  const startPolling = (): void => {
    if (polling) return;
    polling = true;
    pollRest(ctx, market, clientOrderId, predicate, signal, params.venueOrderId).then(resolveFallback, rejectFallback);
  };
  const offDrop = state.onWsDrop(() => {
    params.onDrop();
    startPolling();
  });
  if (state.wsDrops > 0) startPolling();
  try {
    return await Promise.race([
      // Only WS evidence resolves the WS path: an event whose source is REST or unknown does not.
      state.watch
        .waitFor({ clientOrderId, predicate: (o) => o.source === 'ws' && predicate(o), signal })
        .then((o) => ({ o, via: 'ws' as const })),
      fallback.then((o) => ({ o, via: 'rest-after-ws-drop' as const })),
    ]);
  } finally {
    offDrop();
    done.abort();
  }
}

/**
 * Poll the REST order query until `done(observation)`; rate limits are retried and recorded.
 *
 * @example
 * const o = await pollRest(ctx, market, 42n, (x) => x.state === 'open', signal);
 * @throws the signal's reason when aborted; non-rate-limit errors from the venue
 */
export async function pollRest(
  ctx: LifecycleContext,
  market: CanaryMarket,
  clientOrderId: string,
  done: (o: OrderObservation) => boolean,
  signal: AbortSignal,
  venueOrderId?: string,
): Promise<OrderObservation> {
  for (;;) {
    const o = await retryOnRateLimit({ rec: ctx.rec, operation: 'REST order query', signal }, (s) =>
      ctx.venue.queryOrder({ market, clientOrderId, venueOrderId, signal: s }),
    );
    if (o) {
      ctx.rec.event({
        kind: `rest-${o.state}`,
        source: 'rest',
        status: o.status,
        detail: `client ${o.clientOrderId}`,
        atMs: o.atMs,
        clientOrderId,
        venueOrderId: o.venueOrderId,
      });
      if (done(o)) return o;
    }
    // On real networks the REST client's quota limiter paces these queries (docs/protocol/errors-and-limits.md#rate-limits: 60/min standard).
    await sleep(400, signal);
  }
}
