import { accountPart, type ChannelDefinition } from '../channel.js';
import { type PayloadEvent, payloadChannel } from './generic.js';

/**
 * `user_stats`: collateral, portfolio value, leverage, margin usage (docs/protocol/websocket.md#channels). Payload passed through in `data`, decimals as strings.
 * Sends the auth token from the client's provider.
 * @example ws.subscribe(userStatsChannel({ accountIndex: 1234 })).on('data', (e) => console.log(e.data));
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad index
 */
export function userStatsChannel(params: {
  /** Account index (non-negative; bigint accepted for indexes past 2^53). */
  readonly accountIndex: number | bigint;
}): ChannelDefinition<PayloadEvent<'user_stats'>> {
  const account = accountPart('accountIndex', params.accountIndex);
  return payloadChannel({
    kind: 'user_stats',
    channel: `user_stats/${account}`,
    requiresAuth: true,
  });
}
