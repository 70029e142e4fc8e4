/**
 * The optional `--fill` exercise: buy (or sell) the smallest valid size with an
 * immediate-or-cancel taker order, see the fill on the WS, then flatten with a
 * reduce-only taker order and confirm the position is flat by REST.
 */
import { ceilDiv, fromUnits, signedUnits as unitsOf } from './decimal.js';
import { CANARY_ERROR_CODE, CanaryError } from './errors.js';
import type { LifecycleContext } from './context.js';
import type { LifecycleState } from './state.js';
import { newCanaryOrderId } from './market.js';
import { minimumSizeUnits } from './price.js';
import { sleep } from './steps.js';
import type { CanaryMarket } from './venue.js';

// Taker orders carry a worst acceptable price (docs/protocol/transactions.md#orders); 5 % through the touch.
const SLIPPAGE_BPS = 500n;

type StepFn = <T>(
  id: string,
  title: string,
  body: (s: AbortSignal) => Promise<{ value: T; detail?: string }>,
) => Promise<T>;

/**
 * Run the fill-and-flatten steps.
 *
 * @example
 * await runFill({ ctx, state, market, step });
 * @throws StepFailedError from the first failing step
 */
export async function runFill(params: {
  ctx: LifecycleContext;
  state: LifecycleState;
  market: CanaryMarket;
  step: StepFn;
}): Promise<void> {
  const { ctx, state, market, step } = params;
  const { venue, safety } = ctx;
  const side = ctx.options.side;
  const pd = market.priceDecimals;
  const clientOrderId = newCanaryOrderId('F');
  state.fill = {
    attempted: true,
    clientOrderId,
    filledSize: null,
    avgPrice: null,
    flattened: false,
    detail: 'started',
  };
  const fill = state.fill;
  const cid = clientOrderId;

  const sizeUnits = await step('fill-submit', 'Submit a small taker order', async (s) => {
    const tob = venue.topOfBook(market);
    const touch = side === 'buy' ? tob.bestAsk : tob.bestBid;
    if (touch === undefined)
      throw new CanaryError({
        code: CANARY_ERROR_CODE.PRICE,
        message: 'no liquidity on the opposite side to fill against',
      });
    const touchUnits = unitsOf(touch, pd);
    const worst =
      side === 'buy'
        ? ceilDiv(touchUnits * (10_000n + SLIPPAGE_BPS), 10_000n)
        : (touchUnits * (10_000n - SLIPPAGE_BPS)) / 10_000n;
    const size = minimumSizeUnits({ market, priceUnits: touchUnits });
    if (ctx.options.maxNotional !== undefined) {
      const cap = unitsOf(ctx.options.maxNotional, pd + market.sizeDecimals);
      if (worst * size > cap)
        throw new CanaryError({
          code: CANARY_ERROR_CODE.PRICE,
          message: `fill notional exceeds --max-notional ${ctx.options.maxNotional}`,
          field: 'maxNotional',
        });
    }
    safety.track({ market, clientOrderId });
    safety.notePositionRisk(market);
    const ack = await venue.submitTaker({
      market,
      side,
      sizeUnits: size,
      worstPriceUnits: worst,
      reduceOnly: false,
      clientOrderId,
      signal: s,
    });
    if (ack.rejection) {
      safety.markDone(clientOrderId);
      throw new CanaryError({
        code: CANARY_ERROR_CODE.VENUE,
        message: ack.rejection.reason,
        ...(ack.rejection.venueCode === undefined ? {} : { venueCode: ack.rejection.venueCode }),
      });
    }
    return {
      value: size,
      detail: `${side} ${fromUnits({ units: size, decimals: market.sizeDecimals })} IOC, worst ${fromUnits({ units: worst, decimals: pd })}, nonce ${ack.nonce ?? '?'}`,
    };
  });

  await step('fill-ws', 'Wait for the fill on the WS', async (s) => {
    const o = await state.watch.waitFor({
      clientOrderId: cid,
      predicate: (x) => x.source === 'ws' && (x.state === 'filled' || x.state === 'canceled' || x.state === 'rejected'),
      signal: s,
    });
    safety.markDone(clientOrderId);
    if (o.state !== 'filled')
      throw new CanaryError({ code: CANARY_ERROR_CODE.VENUE, message: `taker order ended ${o.status}, not filled` });
    fill.filledSize = o.filledSize ?? fromUnits({ units: sizeUnits, decimals: market.sizeDecimals });
    return { value: o, detail: `filled ${fill.filledSize}` };
  });

  await step('flatten', 'Flatten the position', async (s) => {
    await flattenPosition(ctx, market, s);
    fill.flattened = true;
    return { value: undefined, detail: 'reduce-only taker sent' };
  });

  await step('flat-rest', 'Confirm flat by REST', async (s) => {
    for (;;) {
      const pos = await venue.position({ market, signal: s });
      if (unitsOf(pos, market.sizeDecimals) === 0n) {
        fill.detail = 'filled and flattened';
        return { value: pos, detail: `position ${pos}` };
      }
      await sleep(200, s);
    }
  });
}

/**
 * Close whatever position the account holds on `market` with a reduce-only taker order.
 *
 * @example
 * await flattenPosition(ctx, market, signal);
 * @throws venue errors; CanaryError when there is no liquidity to close against
 */
export async function flattenPosition(ctx: LifecycleContext, market: CanaryMarket, signal: AbortSignal): Promise<void> {
  const pos = unitsOf(await ctx.venue.position({ market, signal }), market.sizeDecimals);
  if (pos === 0n) return;
  const side = pos > 0n ? 'sell' : 'buy';
  const tob = ctx.venue.topOfBook(market);
  const touch = side === 'buy' ? tob.bestAsk : tob.bestBid;
  if (touch === undefined)
    throw new CanaryError({ code: CANARY_ERROR_CODE.PRICE, message: 'no liquidity to flatten against' });
  const touchUnits = unitsOf(touch, market.priceDecimals);
  const worst =
    side === 'buy'
      ? ceilDiv(touchUnits * (10_000n + SLIPPAGE_BPS), 10_000n)
      : (touchUnits * (10_000n - SLIPPAGE_BPS)) / 10_000n;
  const clientOrderId = newCanaryOrderId('X');
  ctx.safety.track({ market, clientOrderId });
  const ack = await ctx.venue.submitTaker({
    market,
    side,
    sizeUnits: pos > 0n ? pos : -pos,
    worstPriceUnits: worst,
    reduceOnly: true,
    clientOrderId,
    signal,
  });
  // IOC: it either fills or dies; nothing rests, so cleanup need not cancel it.
  ctx.safety.markDone(clientOrderId);
  if (ack.rejection)
    throw new CanaryError({ code: CANARY_ERROR_CODE.VENUE, message: `flatten ${ack.rejection.reason}` });
}
