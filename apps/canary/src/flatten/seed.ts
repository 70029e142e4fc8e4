/**
 * Test hook (simulator only): give the fresh simulator account something to flatten, placed
 * through the same venue (resting post-only orders and one taker fill that opens a position).
 * `LIGHTER_CANARY_TEST_SEED='{"orders":2,"position":true}'`. Never used against a real network.
 */
import { CANARY_ERROR_CODE, CanaryError } from '../errors.js';
import { newCanaryOrderId } from '../market.js';
import { computePostOnlyOrder, minimumSizeUnits } from '../price.js';
import { ceilDiv, signedUnits } from '../decimal.js';
import { sleep } from '../steps.js';
import type { CanaryMarket, CanaryVenue } from '../venue.js';

/** What to seed. */
export interface FlattenSeed {
  readonly orders: number;
  readonly position: boolean;
}

/**
 * Parse the seed env value.
 *
 * @example
 * parseSeed('{"orders":2,"position":true}'); // { orders: 2, position: true }
 * @throws CanaryError (CANARY_CONFIG) for malformed JSON
 */
export function parseSeed(value: string | undefined): FlattenSeed | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  try {
    const v = JSON.parse(value) as { orders?: unknown; position?: unknown };
    return { orders: typeof v.orders === 'number' ? v.orders : 0, position: v.position === true };
  } catch {
    throw new CanaryError({
      code: CANARY_ERROR_CODE.CONFIG,
      message: 'LIGHTER_CANARY_TEST_SEED is not valid JSON',
      field: 'LIGHTER_CANARY_TEST_SEED',
    });
  }
}

/**
 * Place the seed on `market` and wait until the position shows on REST.
 *
 * @example
 * await seedAccount({ venue, market, seed: { orders: 2, position: true }, signal });
 * @throws CanaryError when the venue refuses a seed order
 */
export async function seedAccount(p: {
  venue: CanaryVenue;
  market: CanaryMarket;
  seed: FlattenSeed;
  signal: AbortSignal;
}): Promise<void> {
  const { venue, market, signal } = p;
  const tob = await venue.subscribe({ market, signal });
  for (let i = 0; i < p.seed.orders; i++) {
    const plan = computePostOnlyOrder({
      market,
      side: 'buy',
      bestBid: tob.bestBid,
      bestAsk: tob.bestAsk,
      offsetBps: 200 + 10 * i,
      minOffsetTicks: 100,
    });
    const ack = await venue.submitPostOnly({
      market,
      side: 'buy',
      priceUnits: plan.priceUnits,
      sizeUnits: plan.sizeUnits,
      clientOrderId: newCanaryOrderId('S'),
      signal,
    });
    if (ack.rejection)
      throw new CanaryError({ code: CANARY_ERROR_CODE.VENUE, message: `seed order: ${ack.rejection.reason}` });
  }
  if (!p.seed.position || tob.bestAsk === undefined) return;
  const ask = signedUnits(tob.bestAsk, market.priceDecimals);
  const size = minimumSizeUnits({ market, priceUnits: ask });
  const ack = await venue.submitTaker({
    market,
    side: 'buy',
    sizeUnits: size,
    worstPriceUnits: ceilDiv(ask * 10_500n, 10_000n),
    reduceOnly: false,
    clientOrderId: newCanaryOrderId('S'),
    signal,
  });
  if (ack.rejection)
    throw new CanaryError({ code: CANARY_ERROR_CODE.VENUE, message: `seed fill: ${ack.rejection.reason}` });
  while (signedUnits(await venue.position({ market, signal }), market.sizeDecimals) === 0n) await sleep(100, signal);
}
