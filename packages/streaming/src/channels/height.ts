import { type BaseChannelEvent, type ChannelDefinition, baseEvent } from '../channel.js';

/** Event of the `height` channel. */
export interface HeightEvent extends BaseChannelEvent {
  /** Chain (block) height from the frame; undefined when the frame carries none. */
  readonly height: number | undefined;
}

/**
 * `height`: the chain height (docs/protocol/websocket.md#channels).
 * @example ws.subscribe(heightChannel()).on('data', (e) => console.log(e.height));
 * @throws never
 */
export function heightChannel(): ChannelDefinition<HeightEvent> {
  const channel = 'height';
  return {
    kind: 'height',
    channel,
    requiresAuth: false,
    createHandler() {
      return {
        handle(frame) {
          const h = frame.raw.height;
          return [{ ...baseEvent(frame, channel), height: typeof h === 'number' ? h : undefined }];
        },
        reset() {},
      };
    },
  };
}
