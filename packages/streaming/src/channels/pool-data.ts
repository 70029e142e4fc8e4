import { accountPart, type ChannelDefinition } from '../channel.js';
import { type PayloadEvent, payloadChannel } from './generic.js';

/**
 * `pool_data`: public pool trades, orders, positions and shares (docs/protocol/websocket.md#channels). Payload passed through in `data`, decimals as strings.
 * Sends the auth token from the client's provider.
 * @example ws.subscribe(poolDataChannel({ accountIndex: 1234 })).on('data', (e) => console.log(e.data));
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad index
 */
export function poolDataChannel(params: {
  /** Account index of the public pool (non-negative; bigint accepted). */
  readonly accountIndex: number | bigint;
}): ChannelDefinition<PayloadEvent<'pool_data'>> {
  const account = accountPart('accountIndex', params.accountIndex);
  return payloadChannel({
    kind: 'pool_data',
    channel: `pool_data/${account}`,
    requiresAuth: true,
  });
}
