import { accountPart, type ChannelDefinition } from '../channel.js';
import { type PayloadEvent, payloadChannel } from './generic.js';

/**
 * `pool_info`: public pool status, fees, shares and returns (docs/protocol/websocket.md#channels). Payload passed through in `data`, decimals as strings.
 * Sends the auth token from the client's provider.
 * @example ws.subscribe(poolInfoChannel({ accountIndex: 1234 })).on('data', (e) => console.log(e.data));
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad index
 */
export function poolInfoChannel(params: {
  /** Account index of the public pool (non-negative; bigint accepted). */
  readonly accountIndex: number | bigint;
}): ChannelDefinition<PayloadEvent<'pool_info'>> {
  const account = accountPart('accountIndex', params.accountIndex);
  return payloadChannel({
    kind: 'pool_info',
    channel: `pool_info/${account}`,
    requiresAuth: true,
  });
}
