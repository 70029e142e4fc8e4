import {
  CANDLE_RESOLUTIONS,
  type Candle as CandleRow,
  type CandleResolution,
  type WsChannelFrame,
  safeParseWsFrame,
} from '@lighter-ts/models';
import { type BaseChannelEvent, type ChannelDefinition, baseEvent, invalidArgument, marketPart } from '../channel.js';
import type { JsonObject } from '../frames.js';

/**
 * A resolution the `candle` channel streams: models' `CandleResolution` without `1w`, which the venue serves over
 * REST only (docs/protocol/websocket.md#channels).
 */
export type WsCandleResolution = Exclude<CandleResolution, '1w'>;

// Derived from models' list, never re-listed: the one fact this channel adds is that `1w` is REST-only.
const STREAMED: readonly string[] = CANDLE_RESOLUTIONS.filter((r) => r !== '1w');

/**
 * A closed bar of the `candle` channel, camelCase with the frame's `raw` kept (models' `Candle` is the wire row
 * it is built from). Wire numbers become strings via their shortest round-trip form.
 */
export interface WsCandle {
  /** Bar open time, ms. */
  readonly openTime: number;
  /** First trade price of the bar, exact decimal string (wire float rendered in its shortest round-trip form). */
  readonly open: string;
  /** Highest trade price of the bar, decimal string. */
  readonly high: string;
  /** Lowest trade price of the bar, decimal string. */
  readonly low: string;
  /** Last trade price of the bar, decimal string. */
  readonly close: string;
  /** Base volume. */
  readonly volume: string;
  /** Quote volume. */
  readonly quoteVolume: string;
  /** The candle object as the venue sent it (`t`, `o`, `h`, `l`, `c`, `v`, `V`, ...). */
  readonly raw: JsonObject;
}

/** Event of the `candle` channel: one CLOSED bar. */
export interface CandleEvent extends BaseChannelEvent {
  /** Market index of the channel (perps 0-254, spot 2048+). */
  readonly marketIndex: number;
  /** Bar resolution of the channel, e.g. `1m`. */
  readonly resolution: WsCandleResolution;
  /** The bar that just closed (emitted once, when the next bar starts). */
  readonly candle: WsCandle;
}

// Models' CandleSchema has already checked `t` and the prices; wire floats become their shortest round-trip text.
function toCandle(row: CandleRow, raw: JsonObject): WsCandle {
  return {
    openTime: row.t,
    open: String(row.o),
    high: String(row.h),
    low: String(row.l),
    close: String(row.c),
    volume: row.v == null ? '0' : String(row.v),
    quoteVolume: row.V == null ? '0' : String(row.V),
    raw,
  };
}

/**
 * `candle/{market}/{resolution}`. The venue re-sends the open bar about every 500 ms; a bar is
 * emitted only once it closes, i.e. when a later bar starts (docs/protocol/nautilus.md#parity-checklist). The open bar
 * is forgotten on reconnect and resync.
 * @example ws.subscribe(candleChannel({ marketIndex: 0, resolution: '1m' })).on('data', (e) => console.log(e.candle.close));
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad market or a resolution the channel does not stream
 */
export function candleChannel(params: {
  /** Market index (perps 0-254, spot 2048+). */
  readonly marketIndex: number;
  /** Bar resolution, one of models' `CANDLE_RESOLUTIONS` but `1w` (REST-only). */
  readonly resolution: WsCandleResolution;
}): ChannelDefinition<CandleEvent> {
  if (!STREAMED.includes(params.resolution)) {
    throw invalidArgument(
      'resolution',
      `must be one of ${STREAMED.join(', ')} (1w is REST-only), received ${JSON.stringify(params.resolution)}`,
    );
  }
  const channel = `candle/${marketPart('marketIndex', params.marketIndex, false)}/${params.resolution}`;
  return {
    kind: 'candle',
    channel,
    requiresAuth: false,
    createHandler() {
      let open: WsCandle | undefined;
      return {
        handle(frame) {
          const out: CandleEvent[] = [];
          // One parse path: models' frame schema; a frame it rejects leaves the open bar as it was.
          const r = safeParseWsFrame(frame.raw);
          if (!r.ok || r.frame.kind !== 'candle') return out;
          const rows = (r.frame as WsChannelFrame<'candle'>).candles;
          // The schema maps the wire array one to one, so row i is the venue's object i (kept as `raw`).
          const sent = frame.raw.candles as JsonObject[];
          const bars = rows
            .map((row, i) => toCandle(row, sent[i] as JsonObject))
            .sort((a, b) => a.openTime - b.openTime);
          if (frame.phase === 'snapshot') {
            // A snapshot carries history; only its newest bar may still be open.
            open = bars[bars.length - 1] ?? open;
            return out;
          }
          for (const bar of bars) {
            if (open && bar.openTime > open.openTime) {
              out.push({
                ...baseEvent(frame, channel),
                marketIndex: params.marketIndex,
                resolution: params.resolution,
                candle: open,
              });
            }
            if (!open || bar.openTime >= open.openTime) open = bar;
          }
          return out;
        },
        reset() {
          open = undefined;
        },
      };
    },
  };
}
