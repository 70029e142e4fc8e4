import { UP_DOWN_CANDLE_RESOLUTIONS, type UpDownCandleResolution } from '@lighter-ts/models';
import {
  type BaseChannelEvent,
  type ChannelDefinition,
  arrayField,
  baseEvent,
  decimalString,
  invalidArgument,
} from '../channel.js';
import type { JsonObject } from '../frames.js';

/**
 * One candle of the underlying from the `up_down_candle` channel, with the frame's `raw` kept (models'
 * `UpDownCandle` is the REST row). Prices are the venue's decimal strings, kept exact.
 */
export interface WsUpDownCandle {
  /** Bucket start, unix seconds. */
  readonly time: number;
  /** Underlying price at the bucket start, the venue's decimal string. */
  readonly open: string;
  /** Highest underlying price in the bucket, decimal string. */
  readonly high: string;
  /** Lowest underlying price in the bucket, decimal string. */
  readonly low: string;
  /** Latest underlying price (the forming candle's close decides Up/Down), decimal string. */
  readonly close: string;
  /** The candle object as the venue sent it (`t`/`o`/`h`/`l`/`c` or the long names). */
  readonly raw: JsonObject;
}

/** Event of `up_down_candle`: the candles of one frame, oldest first (up to 300 in the snapshot). */
export interface UpDownCandleEvent extends BaseChannelEvent {
  /** Underlying of the channel in the venue's lower-case spelling, e.g. `btc`. */
  readonly underlying: string;
  /** Market duration of the channel, a count and a unit such as `15m`. */
  readonly duration: string;
  /** Candle resolution of the channel (models' `UP_DOWN_CANDLE_RESOLUTIONS`). */
  readonly resolution: UpDownCandleResolution;
  /** true for the subscribe snapshot (history), false for the forming / just-closed candles that follow. */
  readonly snapshot: boolean;
  /** Candles of this frame, oldest first; unparseable candles are skipped. */
  readonly candles: readonly WsUpDownCandle[];
}

function toCandle(raw: JsonObject): WsUpDownCandle | undefined {
  const t = raw.t ?? raw.timestamp;
  const o = decimalString(raw.o ?? raw.open);
  const h = decimalString(raw.h ?? raw.high);
  const l = decimalString(raw.l ?? raw.low);
  const c = decimalString(raw.c ?? raw.close);
  if (typeof t !== 'number' || o === undefined || h === undefined || l === undefined || c === undefined)
    return undefined;
  return { time: t, open: o, high: h, low: l, close: c, raw };
}

/**
 * `up_down_candle/{underlying}/{duration}/{resolution}` (e.g. `btc/15m/1s`): candles of the underlying price that
 * decides Up/Down markets (docs/protocol/binary-options.md#websocket). Unlike `candle`, every frame is passed on:
 * the forming candle is the information (it decides the outcome), so consumers see it about every 500 ms.
 * @example ws.subscribe(upDownCandleChannel({ underlying: 'btc', duration: '15m', resolution: '1s' })).on('data', (e) => console.log(e.candles.at(-1)?.close));
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad underlying, duration or resolution
 */
export function upDownCandleChannel(params: {
  /** Underlying symbol, letters and digits (`BTC` or `btc`); sent in lower case. */
  readonly underlying: string;
  /** Up/Down market duration, a count and a unit `s`/`m`/`h`/`d`, e.g. `15m`. */
  readonly duration: string;
  /** Candle resolution, one of models' `UP_DOWN_CANDLE_RESOLUTIONS`. */
  readonly resolution: UpDownCandleResolution;
}): ChannelDefinition<UpDownCandleEvent> {
  if (!(UP_DOWN_CANDLE_RESOLUTIONS as readonly string[]).includes(params.resolution)) {
    throw invalidArgument('resolution', `must be one of ${UP_DOWN_CANDLE_RESOLUTIONS.join(', ')}`);
  }
  // The channel name is built here and nowhere else (docs/protocol/binary-options.md#websocket): the underlying is
  // one path segment of letters and digits, the venue spells it in lower case; the duration is a count and a unit.
  if (!/^[A-Za-z0-9]+$/.test(params.underlying)) {
    throw invalidArgument('underlying', `must be letters and digits, got "${String(params.underlying).slice(0, 32)}"`);
  }
  if (!/^\d+[smhd]$/.test(params.duration)) {
    throw invalidArgument(
      'duration',
      `must be a count and a unit like 15m, got "${String(params.duration).slice(0, 32)}"`,
    );
  }
  const underlying = params.underlying.toLowerCase();
  const duration = params.duration;
  const channel = `up_down_candle/${underlying}/${duration}/${params.resolution}`;
  return {
    kind: 'up_down_candle',
    channel,
    requiresAuth: false,
    createHandler() {
      return {
        handle(frame) {
          const candles = arrayField(frame.raw, 'candles')
            .filter((x): x is JsonObject => typeof x === 'object' && x !== null && !Array.isArray(x))
            .map(toCandle)
            .filter((x): x is WsUpDownCandle => x !== undefined)
            .sort((a, b) => a.time - b.time);
          return [
            {
              ...baseEvent(frame, channel),
              underlying,
              duration,
              resolution: params.resolution,
              snapshot: frame.phase === 'snapshot',
              candles,
            },
          ];
        },
        reset() {},
      };
    },
  };
}
