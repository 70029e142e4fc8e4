import { accountPart, type ChannelDefinition } from '../channel.js';
import { type PayloadEvent, payloadChannel } from './generic.js';

/**
 * `account_spot_avg_entry_prices`: spot average entry prices (docs/protocol/websocket.md#channels). Payload passed through in `data`, decimals as strings.
 * Sends the auth token from the client's provider.
 * @example ws.subscribe(accountSpotAvgEntryPricesChannel({ accountIndex: 1234 })).on('data', (e) => console.log(e.data));
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad index
 */
export function accountSpotAvgEntryPricesChannel(params: {
  /** Account index (non-negative; bigint accepted for indexes past 2^53). */
  readonly accountIndex: number | bigint;
}): ChannelDefinition<PayloadEvent<'account_spot_avg_entry_prices'>> {
  const account = accountPart('accountIndex', params.accountIndex);
  return payloadChannel({
    kind: 'account_spot_avg_entry_prices',
    channel: `account_spot_avg_entry_prices/${account}`,
    requiresAuth: true,
  });
}
