import {
  UP_DOWN_CANDLE_RESOLUTIONS,
  type UpDownCandleResolution,
  WS_CHANNEL,
  isLighterModelsError,
} from '@lighter-ts/models';
import {
  type BaseChannelEvent,
  type ChannelDefinition,
  arrayField,
  baseEvent,
  decimalString,
  invalidArgument,
} from '../channel.js';
import type { JsonObject } from '../frames.js';

/** One candle of the underlying; prices are the venue's decimal strings, kept exact. */
export interface UpDownCandle {
  /** Bucket start, unix seconds. */
  readonly time: number;
  readonly open: string;
  readonly high: string;
  readonly low: string;
  readonly close: string;
  readonly raw: JsonObject;
}

/** Event of `up_down_candle`: the candles of one frame, oldest first (up to 300 in the snapshot). */
export interface UpDownCandleEvent extends BaseChannelEvent {
  readonly underlying: string;
  readonly duration: string;
  readonly resolution: UpDownCandleResolution;
  /** true for the subscribe snapshot (history), false for the forming / just-closed candles that follow. */
  readonly snapshot: boolean;
  readonly candles: readonly UpDownCandle[];
}

function toCandle(raw: JsonObject): UpDownCandle | undefined {
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
  readonly underlying: string;
  readonly duration: string;
  readonly resolution: UpDownCandleResolution;
}): ChannelDefinition<UpDownCandleEvent> {
  if (!(UP_DOWN_CANDLE_RESOLUTIONS as readonly string[]).includes(params.resolution)) {
    throw invalidArgument('resolution', `must be one of ${UP_DOWN_CANDLE_RESOLUTIONS.join(', ')}`);
  }
  let channel: string;
  try {
    channel = WS_CHANNEL.upDownCandle(params);
  } catch (e) {
    if (isLighterModelsError(e))
      throw invalidArgument(e.field ?? 'underlying', 'must be letters/digits (underlying) and like 5m (duration)');
    throw e;
  }
  const [, underlying = '', duration = ''] = channel.split('/');
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
            .filter((x): x is UpDownCandle => x !== undefined)
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
