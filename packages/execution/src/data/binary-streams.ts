/**
 * Binary-option (Up/Down) market data for the data client: `bo_market_stats` per market and the `up_down_candle`
 * series of the underlying (docs/protocol/binary-options.md#websocket). Nautilus has no built-in type for either,
 * so both reach consumers as custom data events (Nautilus `CustomData`), decimals kept as the venue's strings.
 */
import type { BoMarketStats, UpDownCandleResolution } from '@lighter-ts/models';
import type { UpDownCandleEvent } from '@lighter-ts/streaming';
import { EXECUTION_ERROR_CODE, ExecutionError } from '../errors.js';
import type { LighterInstrument } from '../instruments/instrument.js';
import { presentDecimal } from './stats-entries.js';

/**
 * Statistics of one Up/Down market from `bo_market_stats`. The venue has not published the field list
 * (docs/protocol/binary-options.md#websocket), so the known price fields are lifted out when present and the
 * whole entry is kept in `raw`.
 */
export interface BinaryMarketStats {
  /** Nautilus instrument id, `{SYMBOL}-BINARY.LIGHTER`. */
  readonly instrumentId: string;
  /** The binary market's id (1000-2000 on the venue's slots). */
  readonly marketIndex: number;
  /** Last traded price of an Up share, decimal string in USDC (0 < price < cap); undefined when absent. */
  readonly lastTradePrice: string | undefined;
  /** Mid of the book, decimal string in USDC; undefined when absent. */
  readonly midPrice: string | undefined;
  /** Every field of the venue's entry, unparsed. */
  readonly raw: Readonly<Record<string, unknown>>;
  /** Venue timestamp of the frame (Unix ms), or `tsInit` when it sent none. */
  readonly tsEvent: number;
  /** When the client received it (Unix ms, the client's clock). */
  readonly tsInit: number;
}

/** One candle of the underlying that decides an Up/Down market; prices are the venue's decimal strings. */
export interface UpDownBar {
  /** Underlying symbol of the series, lower case (`btc`). */
  readonly underlying: string;
  /** Market duration of the series, e.g. `15m`. */
  readonly duration: string;
  /** Candle width: `1s` (the raw observations) or `30s`. */
  readonly resolution: UpDownCandleResolution;
  /** Underlying price at the bucket start, decimal string in USD. */
  readonly open: string;
  /** Highest underlying price in the bucket, decimal string. */
  readonly high: string;
  /** Lowest underlying price in the bucket, decimal string. */
  readonly low: string;
  /** Latest (forming) or final (closed) underlying price of the bucket, decimal string. */
  readonly close: string;
  /** Bucket start, Unix ms. */
  readonly openTimeMs: number;
  /**
   * False for the forming candle (the newest of a frame, re-sent about every 500 ms until it closes), true for
   * the history replayed on subscribe and for the candle that closed at a rollover.
   */
  readonly closed: boolean;
  /** Venue timestamp of the frame (Unix ms), or `tsInit` when it sent none. */
  readonly tsEvent: number;
  /** When the client received it (Unix ms, the client's clock). */
  readonly tsInit: number;
}

/** The `up_down_candle` series of a binary instrument or of an explicit underlying and duration. */
export interface UpDownSeries {
  /** Underlying symbol, lower case on the wire (`btc`); matched case-insensitively. */
  readonly underlying: string;
  /** Market duration, a number and a unit s/m/h/d (`15m`). */
  readonly duration: string;
}

/**
 * Maps one `bo_market_stats` entry of `instrument`'s market: `entry` as models parsed it, `raw` as the venue sent it.
 * @example binaryStatsOf({ instrument, entry: boStatsOf(e, 1001)!, raw: e.stats['1001']!, tsEvent: 1, tsInit: 2 }).lastTradePrice // '0.55'
 * @throws never
 */
export function binaryStatsOf(params: {
  instrument: LighterInstrument;
  entry: BoMarketStats;
  raw: Readonly<Record<string, unknown>>;
  tsEvent: number;
  tsInit: number;
}): BinaryMarketStats {
  const { entry } = params;
  return {
    instrumentId: params.instrument.instrumentId,
    marketIndex: params.instrument.marketIndex,
    lastTradePrice: presentDecimal(entry.last_trade_price),
    midPrice: presentDecimal(entry.mid_price),
    raw: params.raw,
    tsEvent: params.tsEvent,
    tsInit: params.tsInit,
  };
}

/**
 * The bars of one `up_down_candle` frame, oldest first. Every candle but the newest is closed; the newest is the
 * one still forming, in the subscribe snapshot (history, then the forming candle) as in the updates that follow
 * (the closed candle first at a rollover, then the new forming one; docs/protocol/binary-options.md#websocket).
 * @example upDownBarsOf({ event, tsInit: Date.now() }).at(-1)?.closed // false
 * @throws never
 */
export function upDownBarsOf(params: { event: UpDownCandleEvent; tsInit: number }): UpDownBar[] {
  const { event } = params;
  const last = event.candles.length - 1;
  return event.candles.map((c, i) => ({
    underlying: event.underlying,
    duration: event.duration,
    resolution: event.resolution,
    open: c.open,
    high: c.high,
    low: c.low,
    close: c.close,
    // the venue sends bucket starts in seconds (docs/protocol/binary-options.md#updown-candles)
    openTimeMs: c.time * 1000,
    closed: i < last,
    tsEvent: event.timestamp ?? params.tsInit,
    tsInit: params.tsInit,
  }));
}

// docs/protocol/binary-options.md#events: tags read `{underlying}-updown-{duration}`, e.g. btc-updown-15m
const TAG = /^([a-z0-9]+)-updown-(\d+[smhd])$/i;

/**
 * The `up_down_candle` series an Up/Down instrument settles on, read from its event tag.
 * @example upDownSeriesOf(instrument) // { underlying: 'btc', duration: '15m' }
 * @throws ExecutionError UNSUPPORTED_REQUEST for a non-binary instrument or a tag that does not name a series
 */
export function upDownSeriesOf(instrument: LighterInstrument & { readonly tag?: string | undefined }): UpDownSeries {
  const m = instrument.kind === 'binary' ? TAG.exec(instrument.tag ?? '') : null;
  if (m === null)
    throw new ExecutionError({
      code: EXECUTION_ERROR_CODE.UNSUPPORTED_REQUEST,
      message: `up/down candles need a binary instrument whose event tag reads {underlying}-updown-{duration}; ${instrument.instrumentId} has kind ${instrument.kind}, tag ${JSON.stringify(instrument.tag ?? null)}`,
    });
  return { underlying: m[1]!.toLowerCase(), duration: m[2]! };
}

/**
 * Refuses a binary-only request on another kind of market.
 * @example requireBinary(instrument, 'bo_market_stats')
 * @throws ExecutionError UNSUPPORTED_REQUEST naming the instrument and its kind
 */
export function requireBinary(instrument: LighterInstrument, what: string): void {
  if (instrument.kind !== 'binary')
    throw new ExecutionError({
      code: EXECUTION_ERROR_CODE.UNSUPPORTED_REQUEST,
      message: `${what} is for binary-option markets; ${instrument.instrumentId} has kind ${instrument.kind}`,
    });
}
