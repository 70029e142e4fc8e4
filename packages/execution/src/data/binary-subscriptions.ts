/**
 * Custom data of binary-option (Up/Down) markets on the data client: `bo_market_stats` as `binaryMarketStats`
 * events and the underlying's candles as `upDownBar` events (docs/protocol/binary-options.md#websocket).
 * One job: the binary channels; their frame mapping is in ./binary-streams.ts.
 */
import type { UpDownCandleResolution } from '@lighter-ts/models';
import { boMarketStatsChannel, upDownCandleChannel } from '@lighter-ts/streaming';
import { binaryStatsOf, requireBinary, type UpDownSeries, upDownBarsOf, upDownSeriesOf } from './binary-streams.js';
import { boStatsOf } from './stats-entries.js';
import { addSubscription, type ChannelContext, subOpts } from './subscriptions.js';

/**
 * Statistics of an Up/Down market from `bo_market_stats` as `binaryMarketStats` custom data events
 * (docs/protocol/binary-options.md#websocket); `market_stats` leaves binary markets out.
 * @example data.on('binaryMarketStats', (s) => console.log(s.lastTradePrice)); data.subscribeBinaryMarketStats({ instrumentId });
 * @throws ExecutionError UNSUPPORTED_REQUEST for a perp or spot instrument; INSTRUMENT_NOT_FOUND
 */
export function subscribeBinaryMarketStats(ctx: ChannelContext, params: { instrumentId: string }): void {
  const i = ctx.instrument(params.instrumentId);
  requireBinary(i, 'bo_market_stats');
  addSubscription(
    ctx,
    `boStats:${i.instrumentId}`,
    () => ctx.ws.subscribe(boMarketStatsChannel({ market: i.marketIndex }), subOpts(ctx)),
    (e) => {
      const entry = boStatsOf(e, i.marketIndex);
      const raw = e.stats[String(i.marketIndex)];
      if (entry === undefined || raw === undefined) return;
      const now = ctx.now();
      ctx.events.emit(
        'binaryMarketStats',
        binaryStatsOf({ instrument: i, entry, raw, tsEvent: e.timestamp ?? now, tsInit: now }),
      );
    },
    { instrumentId: i.instrumentId, dataType: 'binaryMarketStats' },
  );
}

/**
 * Candles of the underlying price that decides Up/Down markets, from `up_down_candle/{underlying}/{duration}/{resolution}`,
 * as `upDownBar` custom data events: the history sent on subscribe, then the forming candle about every 500 ms
 * (`closed: false`) and each candle once it closed (docs/protocol/binary-options.md#websocket). Name the series by
 * a binary instrument (read from its event tag) or by `underlying` and `duration`.
 * @example data.subscribeUpDownBars({ underlying: 'btc', duration: '15m', resolution: '1s' });
 * @throws ExecutionError UNSUPPORTED_REQUEST for an instrument that is not binary or whose tag names no series; INSTRUMENT_NOT_FOUND
 * @throws LighterWsError WS_INVALID_ARGUMENT for a bad underlying, duration or resolution
 */
export function subscribeUpDownBars(
  ctx: ChannelContext,
  params: ({ instrumentId: string } | UpDownSeries) & { resolution: UpDownCandleResolution },
): void {
  const series = upDownSeriesFor(ctx, params);
  const key = `updown:${series.underlying}/${series.duration}/${params.resolution}`;
  const streamId = 'instrumentId' in params ? params.instrumentId : `${series.underlying}-${series.duration}`;
  addSubscription(
    ctx,
    key,
    () => ctx.ws.subscribe(upDownCandleChannel({ ...series, resolution: params.resolution }), subOpts(ctx)),
    (e) => {
      for (const bar of upDownBarsOf({ event: e, tsInit: ctx.now() })) ctx.events.emit('upDownBar', bar);
    },
    { instrumentId: streamId, dataType: 'upDownBars' },
  );
}

/**
 * The Up/Down series named by a binary instrument (its event tag) or by underlying and duration.
 * @throws ExecutionError INSTRUMENT_NOT_FOUND or UNSUPPORTED_REQUEST when an instrument names no series
 */
export function upDownSeriesFor(ctx: ChannelContext, params: { instrumentId: string } | UpDownSeries): UpDownSeries {
  if ('instrumentId' in params) return upDownSeriesOf(ctx.instrument(params.instrumentId));
  return { underlying: params.underlying.toLowerCase(), duration: params.duration };
}
