/**
 * The flatten procedure over a connected {@link CanaryVenue}: read every open order and position,
 * cancel the orders, close the positions with reduce-only IOC orders whose worst price is capped
 * by the slippage, then re-read the account until it is proven flat (or the timeout passes).
 */
import { ceilDiv, fromUnits, signedUnits } from '../decimal.js';
import { describeError } from '../errors.js';
import { newCanaryOrderId } from '../market.js';
import { sleep } from '../steps.js';
import type { CanaryMarket, CanaryVenue } from '../venue.js';
import type { FlattenAction } from './schema.js';

/** What one flatten pass found, did and proved. */
export interface FlattenOutcome {
  /** What the first read of the account found. */
  readonly found: {
    /** Open orders on every market. */
    openOrders: number;
    /** Non-zero positions. */
    positions: Array<{
      /** Market symbol. */
      market: string;
      /** Signed position, base units, decimal string (negative = short). */
      size: string;
    }>;
  };
  /** Each cancel and close sent, in order. */
  readonly actions: FlattenAction[];
  /** Venue order ids the execution client could not address (shared client order index). */
  readonly unaddressable: string[];
  /** What the final re-read proved. */
  readonly after: {
    /** Open orders left, null when the re-read failed. */
    openOrders: number | null;
    /** Non-zero positions left. */
    positions: Array<{
      /** Market symbol. */
      market: string;
      /** Signed position, base units, decimal string. */
      size: string;
    }>;
    /** Whether the final re-read succeeded. */
    verified: boolean;
  };
  /** What failed, redacted. */
  readonly errors: string[];
}

/**
 * Flatten the account on every market.
 *
 * @example
 * const outcome = await flattenAccount({ venue, markets, slippageBps: 500, timeoutMs: 30_000, signal });
 * @throws the signal's reason when aborted; per-order venue errors are recorded in the outcome
 */
export async function flattenAccount(params: {
  venue: CanaryVenue;
  markets: readonly CanaryMarket[];
  slippageBps: number;
  timeoutMs: number;
  signal: AbortSignal;
}): Promise<FlattenOutcome> {
  const { venue, markets, signal } = params;
  const errors: string[] = [];
  const actions: FlattenAction[] = [];
  const unaddressable: string[] = [];
  const byIndex = new Map(markets.map((m) => [m.marketIndex, m]));

  let openCount = 0;
  for (const market of markets) {
    const { orders, unaddressable: u } = await venue.accountOpenOrders({ market, signal });
    unaddressable.push(...u);
    for (const o of orders.filter((x) => x.state === 'open')) {
      openCount++;
      const action: FlattenAction = {
        kind: 'cancel',
        market: market.symbol,
        clientOrderId: o.clientOrderId,
        venueOrderId: o.venueOrderId ?? null,
        detail: `${o.side ?? '?'} ${o.quantity ?? '?'} @ ${o.price ?? '?'}`,
        ok: false,
        nonce: null,
        txHash: null,
        error: null,
      };
      try {
        const ack = await venue.cancel({
          market,
          clientOrderId: o.clientOrderId,
          venueOrderId: o.venueOrderId,
          signal,
        });
        Object.assign(action, { ok: true, nonce: ack.nonce ?? null, txHash: ack.txHash ?? null });
      } catch (err) {
        action.error = describeError(err);
        errors.push(`cancel ${o.venueOrderId ?? o.clientOrderId}: ${action.error}`);
      }
      actions.push(action);
    }
  }

  const positions = await venue.positions({ signal });
  const found = {
    openOrders: openCount,
    positions: [...positions].map(([m, size]) => ({ market: byIndex.get(m)?.symbol ?? String(m), size })),
  };
  for (const [marketIndex, size] of positions) {
    const market = byIndex.get(marketIndex);
    if (!market) {
      errors.push(`position on unknown market ${marketIndex}: ${size}`);
      continue;
    }
    actions.push(
      await closePosition({
        venue,
        market,
        size,
        slippageBps: params.slippageBps,
        timeoutMs: params.timeoutMs,
        signal,
      }),
    );
  }
  for (const a of actions) if (a.kind === 'close' && !a.ok && a.error) errors.push(`close ${a.market}: ${a.error}`);

  const after = await verifyFlat({ venue, markets, byIndex, timeoutMs: params.timeoutMs, signal });
  return { found, actions, unaddressable, after, errors };
}

async function closePosition(p: {
  venue: CanaryVenue;
  market: CanaryMarket;
  size: string;
  slippageBps: number;
  timeoutMs: number;
  signal: AbortSignal;
}): Promise<FlattenAction> {
  const { venue, market, size } = p;
  const units = signedUnits(size, market.sizeDecimals);
  const side = units > 0n ? 'sell' : 'buy';
  const clientOrderId = newCanaryOrderId('X');
  const action: FlattenAction = {
    kind: 'close',
    market: market.symbol,
    clientOrderId,
    venueOrderId: null,
    detail: `${side} ${size.replace(/^-/, '')} reduce-only IOC`,
    ok: false,
    nonce: null,
    txHash: null,
    error: null,
  };
  try {
    // Subscribe only once per market: a second subscribe would wait for a book change that may never come.
    let tob = venue.topOfBook(market);
    if (tob.bestBid === undefined && tob.bestAsk === undefined)
      tob = await venue.subscribe({ market, signal: AbortSignal.any([p.signal, AbortSignal.timeout(p.timeoutMs)]) });
    const touch = side === 'buy' ? tob.bestAsk : tob.bestBid;
    if (touch === undefined) throw new Error(`no ${side === 'buy' ? 'ask' : 'bid'} to close against`);
    const touchUnits = signedUnits(touch, market.priceDecimals);
    const bps = BigInt(p.slippageBps);
    // The worst acceptable price caps the slippage of the close (a market order would have none).
    const worst =
      side === 'buy' ? ceilDiv(touchUnits * (10_000n + bps), 10_000n) : (touchUnits * (10_000n - bps)) / 10_000n;
    action.detail = `${side} ${size.replace(/^-/, '')} reduce-only IOC, worst ${fromUnits({ units: worst, decimals: market.priceDecimals })} (touch ${touch}, ${p.slippageBps} bps)`;
    const ack = await venue.submitTaker({
      market,
      side,
      sizeUnits: units < 0n ? -units : units,
      worstPriceUnits: worst,
      reduceOnly: true,
      clientOrderId,
      signal: p.signal,
    });
    action.nonce = ack.nonce ?? null;
    action.txHash = ack.txHash ?? null;
    if (ack.rejection) throw new Error(ack.rejection.reason);
    action.ok = true;
  } catch (err) {
    action.error = describeError(err);
  }
  return action;
}

async function verifyFlat(p: {
  venue: CanaryVenue;
  markets: readonly CanaryMarket[];
  byIndex: Map<number, CanaryMarket>;
  timeoutMs: number;
  signal: AbortSignal;
}): Promise<FlattenOutcome['after']> {
  const deadline = AbortSignal.any([p.signal, AbortSignal.timeout(p.timeoutMs)]);
  let last: FlattenOutcome['after'] = { openOrders: null, positions: [], verified: false };
  for (;;) {
    let open = 0;
    for (const market of p.markets)
      open += (await p.venue.openOrders({ market, signal: p.signal })).filter((o) => o.state === 'open').length;
    const positions = [...(await p.venue.positions({ signal: p.signal }))].map(([m, size]) => ({
      market: p.byIndex.get(m)?.symbol ?? String(m),
      size,
    }));
    last = { openOrders: open, positions, verified: open === 0 && positions.length === 0 };
    if (last.verified) return last;
    try {
      await sleep(300, deadline);
    } catch {
      if (p.signal.aborted) throw p.signal.reason;
      return last; // timed out: report what the last read showed
    }
  }
}
