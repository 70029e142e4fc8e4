import { accountPart, type ChannelDefinition } from '../channel.js';
import { type PayloadEvent, payloadChannel } from './generic.js';

/**
 * `notification`: liquidation / deleverage / announcement notifications (docs/protocol/websocket.md#channels). Payload passed through in `data`, decimals as strings.
 * Sends the auth token from the client's provider.
 * @example ws.subscribe(notificationChannel({ accountIndex: 1234 })).on('data', (e) => console.log(e.data));
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad index
 */
export function notificationChannel(params: {
  /** Account index (non-negative; bigint accepted for indexes past 2^53). */
  readonly accountIndex: number | bigint;
}): ChannelDefinition<PayloadEvent<'notification'>> {
  const account = accountPart('accountIndex', params.accountIndex);
  return payloadChannel({
    kind: 'notification',
    channel: `notification/${account}`,
    requiresAuth: true,
  });
}
