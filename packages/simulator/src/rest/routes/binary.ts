/**
 * Binary-option (Up/Down) routes: `events`, `upDownCandles`, `boPnl` (docs/protocol/binary-options.md#events,
 * docs/protocol/binary-options.md#updown-candles, docs/protocol/binary-options.md#bo-pnl). The shapes are the ones
 * the models package parses; where the venue's shape is unverified the simulator answers that same assumed shape.
 */
import type { SimMarket } from '../../engine/market.js';
import { VenueError } from '../../errors.js';
import { formatScaled } from '../../util/decimal.js';
import { type RouteEnv, type RouteHandler, authToken, intParam, param } from '../context.js';

function binaryMarkets(env: RouteEnv): SimMarket[] {
  return [...env.exchange.markets.values()].filter((m) => m.isBinary);
}

function eventMarketJson(m: SimMarket) {
  const t = m.spec.binary!;
  return {
    market_id: m.index,
    symbol: m.spec.symbol,
    status: m.settlement ? 'settled' : 'active',
    start_at: t.startAt,
    end_at: t.endAt,
    price_decimals: m.spec.priceDecimals,
    size_decimals: m.spec.sizeDecimals,
    settlement_cap: m.settlementCap,
    settlement_price: m.settlement ? formatScaled(BigInt(m.settlement.priceTicks), m.spec.priceDecimals) : null,
  };
}

/** Markets grouped by event id, events in `start_at` order. */
function events(env: RouteEnv): { eventId: number; markets: SimMarket[] }[] {
  const by = new Map<number, SimMarket[]>();
  for (const m of binaryMarkets(env)) by.set(m.spec.binary!.eventId, [...(by.get(m.spec.binary!.eventId) ?? []), m]);
  return [...by]
    .map(([eventId, markets]) => ({ eventId, markets }))
    .sort((a, b) => a.markets[0]!.spec.binary!.startAt - b.markets[0]!.spec.binary!.startAt || a.eventId - b.eventId);
}

export const eventsRoute: RouteHandler = (env, req) => {
  const limit = intParam(req, 'limit', { min: 1, max: 100, dflt: 100 });
  const cursor = intParam(req, 'cursor', { min: 0, dflt: -1 });
  const tag = param(req, 'tag');
  const active = param(req, 'active');
  let list = events(env).filter((e) => {
    const t = e.markets[0]!.spec.binary!;
    if (tag !== undefined && t.tag !== tag) return false;
    if (active === 'true' && e.markets.every((m) => m.settlement)) return false;
    return true;
  });
  if (param(req, 'order') === 'desc') list = list.reverse();
  const start =
    cursor < 0
      ? 0
      : Math.max(
          0,
          list.findIndex((e) => e.eventId === cursor),
        );
  const page = list.slice(start, start + limit);
  const next = list[start + limit];
  return {
    code: 200,
    events: page.map((e) => {
      const t = e.markets[0]!.spec.binary!;
      return {
        event_id: e.eventId,
        title: t.title,
        tag: t.tag,
        start_at: t.startAt,
        end_at: t.endAt,
        markets: e.markets.map(eventMarketJson),
      };
    }),
    next_cursor: next ? next.eventId : null,
  };
};

/**
 * Candles of the underlying. The simulator has no price feed of its own: the underlying is the linked perp
 * market's mark price at the time of the call, so every candle in the window is flat at that price.
 */
export const upDownCandlesRoute: RouteHandler = (env, req) => {
  const symbol = (param(req, 'symbol') ?? '').toLowerCase();
  const duration = param(req, 'duration') ?? '';
  const res = param(req, 'resolution') ?? '1s';
  if (res !== '1s' && res !== '30s') throw new VenueError({ code: 20001, message: 'invalid param : resolution' });
  const start = intParam(req, 'start_timestamp', { min: 0, max: 5_000_000_000 });
  const end = intParam(req, 'end_timestamp', { min: start, max: start + 86_400 });
  const limit = intParam(req, 'limit', { min: 1, max: 3600, dflt: 1000 });
  const m = binaryMarkets(env).find(
    (x) => x.spec.binary!.underlying.toLowerCase() === symbol && x.spec.binary!.duration === duration,
  );
  if (!m) throw new VenueError({ code: 20001, message: 'invalid param : symbol' });
  const under = env.exchange.market(m.spec.binary!.underlyingMarketIndex ?? -1);
  const price = under ? formatScaled(under.markPrice, under.spec.priceDecimals) : '0';
  const step = res === '1s' ? 1 : 30;
  const candles: Record<string, unknown>[] = [];
  let t = start - (start % step);
  for (; t <= end && candles.length < limit; t += step) candles.push({ t, o: price, h: price, l: price, c: price });
  return { code: 200, candles, next_cursor: t <= end ? t : null };
};

/** Realized PnL per binary market, grouped by event, newest event first; `settlement_pnl` null until settled. */
export const boPnlRoute: RouteHandler = (env, req) => {
  const account = intParam(req, 'account', { min: 0 });
  if (!env.exchange.accounts.has(account)) throw new VenueError({ code: 21100 });
  env.checkAuth(authToken(req), account);
  const eventId = intParam(req, 'event_id', { min: 0, dflt: -1 });
  const cursor = intParam(req, 'cursor', { min: 0, dflt: -1 });
  const limit = intParam(req, 'limit', { min: 1, max: 100, dflt: 100 });
  const acct = env.exchange.accounts.get(account)!;
  const usd = (v: bigint) => formatScaled(v, 6);
  const rows = events(env)
    .reverse()
    .filter((e) => (eventId < 0 || e.eventId === eventId) && (cursor < 0 || e.eventId < cursor))
    .map((e) => {
      let total = 0n;
      let settled: bigint | null = null;
      const markets = e.markets
        .filter((m) => acct.positions.has(m.index))
        .map((m) => {
          const realized = acct.positions.get(m.index)!.realizedPnl;
          const s = m.settlement ? (m.settlement.pnl.get(account) ?? 0n) : null;
          total += realized;
          if (s !== null) settled = (settled ?? 0n) + s;
          return { market_id: m.index, total_pnl: usd(realized), settlement_pnl: s === null ? null : usd(s) };
        });
      return {
        event_id: e.eventId,
        total_pnl: usd(total),
        settlement_pnl: settled === null ? null : usd(settled),
        markets,
      };
    })
    .filter((e) => e.markets.length > 0);
  const page = rows.slice(0, limit);
  return { code: 200, events: page, next_cursor: rows.length > limit ? page.at(-1)!.event_id : null };
};
