/**
 * The safety harness: whatever happens after submit (step failure, timeout,
 * SIGINT/SIGTERM, a thrown bug), everything the canary placed is canceled and the
 * account is reconciled before the process exits (apps/canary/README.md: lighter-flatten-style
 * guard). Orders are tracked BEFORE they are sent, because a send that times out
 * has an unknown outcome (docs/protocol/nautilus.md#emission-rules) and may still have landed.
 */
import { describeError } from './errors.js';
import type { CleanupRecord } from './report/schema.js';
import { raceAbort, sleep } from './steps.js';
import type { CanaryMarket, CanaryVenue } from './venue.js';

interface TrackedOrder {
  market: CanaryMarket;
  clientOrderId: string;
  venueOrderId: string | undefined;
  done: boolean;
}

/** Tracks canary orders and cleans them up. */
export interface SafetyHarness {
  /** Tracks an order before it is sent (a send can time out and still land), so cleanup looks for it. */
  track(params: { market: CanaryMarket; clientOrderId: string }): void;
  /** Attaches the venue order id once known, so cleanup can cancel by it. */
  setVenueOrderId(clientOrderId: string, venueOrderId: string): void;
  /** Mark an order as terminal (canceled, filled, rejected): cleanup skips it. */
  markDone(clientOrderId: string): void;
  /** A position may exist on this market (the `--fill` exercise ran). */
  notePositionRisk(market: CanaryMarket): void;
  /** Client order indexes of tracked orders. */
  tracked(): string[];
  /** Cancel what is left, flatten if needed, reconcile; never throws. */
  cleanup(params: {
    venue: CanaryVenue;
    reason: string;
    timeoutMs: number;
    flatten: (market: CanaryMarket, signal: AbortSignal) => Promise<void>;
  }): Promise<CleanupRecord>;
}

/**
 * Create a harness.
 *
 * @example
 * const safety = createSafetyHarness();
 * safety.track({ market, clientOrderId });
 * const record = await safety.cleanup({ venue, reason: 'SIGINT', timeoutMs: 30_000, flatten });
 * @throws never
 */
export function createSafetyHarness(): SafetyHarness {
  const orders = new Map<string, TrackedOrder>();
  const positionMarkets = new Map<number, CanaryMarket>();
  return {
    track({ market, clientOrderId }) {
      orders.set(clientOrderId, { market, clientOrderId, venueOrderId: undefined, done: false });
    },
    setVenueOrderId(id, venueOrderId) {
      const o = orders.get(id);
      if (o) o.venueOrderId = venueOrderId;
    },
    markDone(id) {
      const o = orders.get(id);
      if (o) o.done = true;
    },
    notePositionRisk(market) {
      positionMarkets.set(market.marketIndex, market);
    },
    tracked() {
      return [...orders.keys()];
    },
    async cleanup({ venue, reason, timeoutMs, flatten }) {
      const record: CleanupRecord = {
        attempted: false,
        reason,
        canceled: [],
        errors: [],
        openOrdersAfter: null,
        positionAfter: null,
      };
      const markets = new Map<number, CanaryMarket>();
      for (const o of orders.values()) markets.set(o.market.marketIndex, o.market);
      for (const m of positionMarkets.values()) markets.set(m.marketIndex, m);
      if (markets.size === 0) return record;
      record.attempted = true;
      // A fresh deadline: the run's own signal is typically already aborted (SIGINT).
      const signal = AbortSignal.timeout(timeoutMs);
      const guard = <T>(p: Promise<T>): Promise<T> => raceAbort(p, signal);

      for (const o of orders.values()) {
        if (o.done) continue;
        try {
          // The order may be unknown to the venue (send never landed): look first.
          const seen = await guard(
            venue.queryOrder({
              market: o.market,
              clientOrderId: o.clientOrderId,
              venueOrderId: o.venueOrderId,
              signal,
            }),
          );
          if (seen && (seen.state === 'canceled' || seen.state === 'filled' || seen.state === 'rejected')) {
            o.done = true;
            continue;
          }
          const venueOrderId = seen?.venueOrderId ?? o.venueOrderId;
          const ack = await guard(
            venue.cancel({ market: o.market, clientOrderId: o.clientOrderId, venueOrderId, signal }),
          );
          if (!ack.skipped) record.canceled.push(o.clientOrderId);
          o.done = true;
        } catch (err) {
          record.errors.push(`cancel ${o.clientOrderId}: ${describeError(err)}`);
        }
      }

      for (const m of positionMarkets.values()) {
        try {
          await guard(flatten(m, signal));
        } catch (err) {
          record.errors.push(`flatten ${m.symbol}: ${describeError(err)}`);
        }
      }

      // Reconcile: poll REST until none of our orders is open (the cancel is async on the venue).
      const ours = new Set(orders.keys());
      let open = -1;
      for (let i = 0; i < 20 && !signal.aborted; i++) {
        try {
          open = 0;
          for (const m of markets.values()) {
            const list = await guard(venue.openOrders({ market: m, signal }));
            open += list.filter((o) => ours.has(o.clientOrderId)).length;
          }
          if (open === 0) break;
          await sleep(250, signal);
        } catch (err) {
          record.errors.push(`reconcile: ${describeError(err)}`);
          open = -1;
          break;
        }
      }
      record.openOrdersAfter = open >= 0 ? open : null;
      if (positionMarkets.size > 0) {
        try {
          const first = [...positionMarkets.values()][0] as CanaryMarket;
          record.positionAfter = await guard(venue.position({ market: first, signal }));
        } catch (err) {
          record.errors.push(`position: ${describeError(err)}`);
        }
      }
      return record;
    },
  };
}
