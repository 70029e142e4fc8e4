import { type BaseChannelEvent, type ChannelDefinition, type ChannelHandler, baseEvent } from '../channel.js';
import type { JsonObject } from '../frames.js';

/** Event of channels whose payload is passed through as-is (account and pool channels). */
export interface PayloadEvent extends BaseChannelEvent {
  /** The frame without `type`, `channel` and `timestamp`; decimals stay strings as sent. */
  readonly data: JsonObject;
}

/** @internal builds a pass-through channel definition. */
export function payloadChannel(params: { kind: string; channel: string; requiresAuth: boolean }): ChannelDefinition<PayloadEvent> {
  const { kind, channel, requiresAuth } = params;
  return {
    kind,
    channel,
    requiresAuth,
    createHandler(): ChannelHandler<PayloadEvent> {
      return {
        handle(frame) {
          const { type: _t, channel: _c, timestamp: _ts, ...data } = frame.raw;
          return [{ ...baseEvent(frame, channel), data }];
        },
        reset() {},
      };
    },
  };
}
