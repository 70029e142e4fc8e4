/**
 * The canary lifecycle (apps/canary/README.md): load instruments → pick the market →
 * subscribe → price post-only away from the touch → submit → accepted (WS) →
 * confirm (REST) → cancel → canceled (WS) → confirm (REST) → reconcile.
 * Optionally (`--fill`) a small taker fill and a flatten.
 *
 * Every step goes through {@link runStep}; a failing step stops the flow and the
 * caller's safety harness cleans up. Criteria are evaluated by `criteria.ts`.
 */
import type { LifecycleContext } from './context.js';
import { CANARY_ERROR_CODE, CanaryError } from './errors.js';
import { runFill } from './fill.js';
import { newCanaryOrderId, pickMarket, short, tick } from './market.js';
import { computePostOnlyOrder } from './price.js';
import type { Recorder } from './recorder.js';
import type { OrderRecord, RateLimitEntry, RestConfirm } from './report/schema.js';
import { retryOnRateLimit } from './retry.js';
import { raceAbort, runStep } from './steps.js';
import type { OrderObservation } from './venue.js';
import { pollRest, waitWsOrRest } from './wait.js';
import type { LifecycleState } from './state.js';
export { createLifecycleState } from './state.js';
export type { LifecycleState } from './state.js';
export type { LifecycleContext } from './context.js';

/**
 * Run the lifecycle against `ctx.venue`, filling `state`.
 *
 * @example
 * const state = createLifecycleState();
 * await runLifecycle(ctx, state); // throws StepFailedError on the first failing step
 * @throws StepFailedError from the first failing step; the signal's reason when aborted
 */
export async function runLifecycle(ctx: LifecycleContext, state: LifecycleState): Promise<void> {
  const { venue, options, rec, signal } = ctx;
  const t = options.timeoutMs;
  const step = async <T>(
    id: string,
    title: string,
    body: (s: AbortSignal) => Promise<{ value: T; detail?: string }>,
  ): Promise<T> => {
    const value = await runStep(rec, { id, title, timeoutMs: t, signal, redact: ctx.redact }, body);
    if (ctx.pauseAfter === id) {
      ctx.onPause?.(id);
      await raceAbort(new Promise<never>(() => {}), signal);
    }
    return value;
  };
  const offOrders = venue.onOrderUpdate((o) => {
    state.watch.push(o);
    rec.event({
      kind: o.via === 'frame' ? `ws-frame-${o.state}` : `order-${o.state}`,
      source: o.source,
      status: o.status,
      detail: `client ${o.clientOrderId}${o.venueOrderId ? ` venue ${o.venueOrderId}` : ''}`,
      atMs: o.atMs,
      clientOrderId: o.clientOrderId,
      venueOrderId: o.venueOrderId,
    });
  });
  const offEvents = venue.onOrderEvent((e) => {
    rec.orderEvent({
      type: e.type,
      source: e.source,
      clientOrderId: e.clientOrderId,
      venueOrderId: e.venueOrderId ?? null,
      atMs: e.atMs,
      ...(e.lastQty === undefined ? {} : { lastQty: e.lastQty }),
      ...(e.detail === undefined ? {} : { detail: ctx.redact(e.detail) }),
    });
  });
  const pendingRetries = new Map<string, RateLimitEntry>();
  const offRate = venue.onRateLimit((signal) => {
    if (signal.type === 'hit') {
      pendingRetries.set(signal.key, rec.rateLimitHit(signal));
      return;
    }
    const hit = pendingRetries.get(signal.key);
    pendingRetries.delete(signal.key);
    if (hit) rec.markRetried(hit);
  });
  const offIncidents = venue.onIncident((i) => {
    rec.incident(i.kind, ctx.redact(i.detail));
    if (i.kind === 'ws-disconnected') state.noteWsDrop();
  });

  try {
    await step('connect', 'Connect to the venue', async (s) => {
      await venue.connect({ signal: s });
      return { value: undefined, detail: venue.endpoint.httpUrl ?? 'connected' };
    });

    // Informational (not a criterion): a tier read that fails must not fail the run.
    state.tier.before = await venue.accountTier({ signal }).catch(() => null);

    const markets = await step('load-instruments', 'Load instruments', async (s) => {
      const list = await retryOnRateLimit({ rec, operation: 'load instruments', signal: s }, (ss) =>
        venue.loadMarkets({ signal: ss }),
      );
      if (list.length === 0)
        throw new CanaryError({ code: CANARY_ERROR_CODE.MARKET, message: 'the venue returned no instruments' });
      return { value: list, detail: `${list.length} instruments` };
    });

    const market = await step('pick-market', 'Pick the market', async () => {
      const m = pickMarket(markets, options.market);
      if (!m.active)
        throw new CanaryError({
          code: CANARY_ERROR_CODE.MARKET,
          message: `market ${m.symbol} is not active`,
          field: 'market',
        });
      return {
        value: m,
        detail: `${m.symbol} (index ${m.marketIndex}, ${m.marketType}, tick ${tick(m.priceDecimals)}, lot ${tick(m.sizeDecimals)})`,
      };
    });
    state.market = market;

    const book = await step('subscribe', 'Subscribe to book and account streams', async (s) => {
      const tob = await venue.subscribe({ market, signal: s });
      return {
        value: tob,
        detail: `book snapshot bid ${tob.bestBid ?? '-'} / ask ${tob.bestAsk ?? '-'}; account streams live since connect`,
      };
    });

    const plan = await step('compute-price', 'Compute a safe post-only price', async () => {
      const live = venue.topOfBook(market);
      const p = computePostOnlyOrder({
        market,
        side: options.side,
        bestBid: live.bestBid ?? book.bestBid,
        bestAsk: live.bestAsk ?? book.bestAsk,
        offsetBps: options.offsetBps,
        minOffsetTicks: options.minOffsetTicks,
        size: options.size,
        maxNotional: options.maxNotional,
      });
      return {
        value: p,
        detail: `${p.side} ${p.size} @ ${p.price} (touch ${p.reference}, ${p.distanceTicks} ticks away, notional ${p.notional})`,
      };
    });
    state.plan = plan;

    const clientOrderId = newCanaryOrderId('P');
    const cid = clientOrderId;
    const order: OrderRecord = {
      // Filled from the REST report: the id the execution client restored from the venue's index.
      clientOrderId: null,
      requestedClientOrderId: cid,
      timeInForce: 'GTC',
      postOnly: true,
      clientOrderIndex: null,
      venueOrderId: null,
      side: plan.side,
      price: plan.price,
      size: plan.size,
      notional: plan.notional,
      reference: plan.reference,
      distanceTicks: plan.distanceTicks.toString(),
      nonce: null,
      txHash: null,
      cancelNonce: null,
      cancelTxHash: null,
      statusPath: ['submitted'],
      finalStatus: null,
      acceptedRest: null,
      canceledRest: null,
    };
    state.order = order;

    await step('submit', 'Submit the post-only order', async (s) => {
      // Tracked before the send: a timed-out send has an unknown outcome and may still rest.
      ctx.safety.track({ market, clientOrderId });
      rec.event({ kind: 'order-submitted', source: 'local', detail: `client ${cid}` });
      const ack = await venue.submitPostOnly({
        market,
        side: plan.side,
        priceUnits: plan.priceUnits,
        sizeUnits: plan.sizeUnits,
        clientOrderId,
        signal: s,
      });
      order.nonce = ack.nonce ?? null;
      order.txHash = ack.txHash ?? null;
      order.clientOrderIndex = ack.clientOrderIndex ?? null;
      if (ack.rejection) {
        // Definitive: the order does not exist at the venue, so cleanup has nothing to cancel.
        ctx.safety.markDone(clientOrderId);
        order.statusPath.push('rejected');
        order.finalStatus = 'rejected';
        rec.event({ kind: 'order-rejected', source: 'rest', status: 'rejected', detail: ack.rejection.reason });
        throw new CanaryError({
          code: CANARY_ERROR_CODE.VENUE,
          message: `${ack.rejection.reason}${ack.nonce ? ` (nonce ${ack.nonce})` : ''}${ack.rejection.venueCode === 21149 ? INTEGRATOR_HINT : ''}`,
          ...(ack.rejection.venueCode === undefined ? {} : { venueCode: ack.rejection.venueCode }),
        });
      }
      rec.event({ kind: 'submit-ack', source: 'rest', detail: `nonce ${ack.nonce ?? '?'} tx ${ack.txHash ?? '?'}` });
      return { value: ack, detail: `nonce ${ack.nonce ?? '?'}, tx ${short(ack.txHash)}` };
    });

    const accepted = await step('accepted-ws', 'Wait for accepted on the WS', async (s) => {
      const { o, via } = await waitWsOrRest({
        ctx,
        state,
        market,
        clientOrderId,
        predicate: (x) => x.state !== 'pending',
        signal: s,
        onDrop: () => state.wsDropsWhileAccepting++,
      });
      if (o.state !== 'open' && o.state !== 'filled') {
        ctx.safety.markDone(clientOrderId);
        throw new CanaryError({
          code: CANARY_ERROR_CODE.VENUE,
          message: `venue did not accept the order: status ${o.status}${o.reason ? ` (${o.reason})` : ''}`,
        });
      }
      state.acceptedVia = via;
      if (via === 'ws') state.acceptedWs = o;
      return { value: o, detail: `${o.status} via ${via}, venue id ${o.venueOrderId ?? '?'}` };
    });
    order.venueOrderId = accepted.venueOrderId ?? null;
    order.statusPath.push(accepted.status);
    if (accepted.venueOrderId) ctx.safety.setVenueOrderId(clientOrderId, accepted.venueOrderId);

    const confirmed = await step('accepted-rest', 'Confirm accepted by REST order query', async (s) => {
      const o = await pollRest(
        ctx,
        market,
        clientOrderId,
        (x) => x.state !== 'pending',
        s,
        order.venueOrderId ?? undefined,
      );
      if (o.state !== 'open')
        throw new CanaryError({
          code: CANARY_ERROR_CODE.VENUE,
          message: `REST shows status ${o.status}, expected open`,
        });
      if (order.venueOrderId && o.venueOrderId && o.venueOrderId !== order.venueOrderId) {
        throw new CanaryError({
          code: CANARY_ERROR_CODE.VENUE,
          message: `REST venue id ${o.venueOrderId} differs from WS ${order.venueOrderId}`,
        });
      }
      return { value: o, detail: `${o.status}, venue id ${o.venueOrderId ?? '?'}` };
    });
    state.acceptedRest = confirmed;
    order.acceptedRest = restConfirm(confirmed, rec);
    order.clientOrderId = confirmed.restoredClientOrderId ?? null;
    if (!order.venueOrderId && confirmed.venueOrderId) {
      order.venueOrderId = confirmed.venueOrderId;
      ctx.safety.setVenueOrderId(clientOrderId, confirmed.venueOrderId);
    }

    await step('cancel', 'Cancel the order', async (s) => {
      const ack = await venue.cancel({
        market,
        clientOrderId,
        venueOrderId: order.venueOrderId ?? undefined,
        signal: s,
      });
      order.cancelNonce = ack.nonce ?? null;
      order.cancelTxHash = ack.txHash ?? null;
      rec.event({ kind: 'cancel-ack', source: 'rest', detail: `nonce ${ack.nonce ?? '?'} tx ${ack.txHash ?? '?'}` });
      return { value: ack, detail: `nonce ${ack.nonce ?? '?'}, tx ${short(ack.txHash)}` };
    });

    const canceled = await step('canceled-ws', 'Wait for canceled on the WS', async (s) => {
      const { o, via } = await waitWsOrRest({
        ctx,
        state,
        market,
        clientOrderId,
        venueOrderId: order.venueOrderId ?? undefined,
        predicate: (x) => x.state === 'canceled' || x.state === 'filled' || x.state === 'rejected',
        signal: s,
        onDrop: () => state.wsDropsWhileCanceling++,
      });
      if (o.state !== 'canceled')
        throw new CanaryError({ code: CANARY_ERROR_CODE.VENUE, message: `expected canceled, got ${o.status}` });
      state.canceledVia = via;
      return { value: o, detail: `${o.status} via ${via}` };
    });
    if (state.canceledVia === 'ws') state.canceledWs = canceled;
    ctx.safety.markDone(clientOrderId);
    order.statusPath.push(canceled.status);

    const canceledRest = await step('canceled-rest', 'Confirm canceled by REST order query', async (s) => {
      const o = await pollRest(
        ctx,
        market,
        clientOrderId,
        (x) => x.state !== 'open' && x.state !== 'pending',
        s,
        order.venueOrderId ?? undefined,
      );
      if (o.state !== 'canceled')
        throw new CanaryError({
          code: CANARY_ERROR_CODE.VENUE,
          message: `REST shows status ${o.status}, expected canceled`,
        });
      return { value: o, detail: o.status };
    });
    state.canceledRest = canceledRest;
    order.canceledRest = restConfirm(canceledRest, rec);
    order.finalStatus = canceledRest.status;

    await step('reconcile', 'Reconcile: no canary order left open', async (s) => {
      const open = await retryOnRateLimit({ rec, operation: 'open orders', signal: s }, (ss) =>
        venue.openOrders({ market, signal: ss }),
      );
      const ours = new Set(ctx.safety.tracked());
      const left = open.filter((o) => ours.has(o.clientOrderId));
      state.reconcileOpen = left.length;
      if (left.length > 0)
        throw new CanaryError({ code: CANARY_ERROR_CODE.VENUE, message: `${left.length} canary order(s) still open` });
      return { value: undefined, detail: `0 canary orders open (${open.length} open orders on the market)` };
    });

    if (options.fill) {
      await runFill({ ctx, state, market, step });
    } else {
      for (const [id, title] of FILL_STEPS) rec.skipStep(id, title, '--fill not requested');
    }
  } finally {
    offOrders();
    offEvents();
    offIncidents();
    offRate();
  }
}

/** The REST confirm snapshot of an observation (what the criteria compare with the plan). */
function restConfirm(o: OrderObservation, rec: Recorder): RestConfirm {
  return {
    status: o.status,
    venueOrderId: o.venueOrderId ?? null,
    clientOrderId: o.restoredClientOrderId ?? null,
    side: o.side ?? null,
    price: o.price ?? null,
    quantity: o.quantity ?? null,
    timeInForce: o.timeInForce ?? null,
    postOnly: o.postOnly ?? null,
    expireTimeMs: o.expireTimeMs ?? null,
    at: rec.iso(o.atMs),
  };
}

// apps/canary/README.md: 21149 on testnet is the venue's integrator-approval problem (NT #4833), not the canary's.
const INTEGRATOR_HINT =
  '; 21149 "integrator is not approved" is a known testnet venue issue (NT #4833), not a client bug';

/** Step ids and titles of the `--fill` exercise (listed as skipped when not requested). */
export const FILL_STEPS: ReadonlyArray<readonly [string, string]> = [
  ['fill-submit', 'Submit a small taker order'],
  ['fill-ws', 'Wait for the fill on the WS'],
  ['flatten', 'Flatten the position'],
  ['flat-rest', 'Confirm flat by REST'],
];
