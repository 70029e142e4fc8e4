import { type LighterParseError, type WsChannelFrame, type WsChannelKind, safeParseWsFrame } from '@lighter-ts/models';
import { type BaseChannelEvent, type ChannelDefinition, type ChannelHandler, baseEvent } from '../channel.js';
import type { JsonObject } from '../frames.js';

/**
 * Event of account and pool channels. `data` is the frame as sent; `typed` is the same frame
 * validated by the @lighter-ts/models schema for the channel (decimals stay strings), or
 * undefined with `parseError` set when the venue sent a shape the schema does not accept —
 * the event is still delivered, a loose payload never kills the stream.
 */
export interface PayloadEvent<K extends WsChannelKind = WsChannelKind> extends BaseChannelEvent {
  /** The frame without `type`, `channel` and `timestamp`. */
  readonly data: JsonObject;
  /** The frame validated by the models schema of the channel (decimals as strings); undefined when it did not validate. */
  readonly typed: WsChannelFrame<K> | undefined;
  /** Why `typed` is undefined: the models parse error naming the field; undefined when the frame validated. */
  readonly parseError: LighterParseError | undefined;
}

/** @internal builds a pass-through channel definition validated with the models schema. */
export function payloadChannel<K extends WsChannelKind>(params: {
  kind: K;
  channel: string;
  requiresAuth: boolean;
}): ChannelDefinition<PayloadEvent<K>> {
  const { kind, channel, requiresAuth } = params;
  return {
    kind,
    channel,
    requiresAuth,
    createHandler(): ChannelHandler<PayloadEvent<K>> {
      return {
        handle(frame) {
          const { type: _t, channel: _c, timestamp: _ts, ...data } = frame.raw;
          const r = safeParseWsFrame(frame.raw);
          const typed = r.ok && r.frame.kind === kind ? (r.frame as WsChannelFrame<K>) : undefined;
          return [{ ...baseEvent(frame, channel), data, typed, parseError: r.ok ? undefined : r.error }];
        },
        reset() {},
      };
    },
  };
}
