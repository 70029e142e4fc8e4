import { accountPart, marketPart, type ChannelDefinition } from '../channel.js';
import { type PayloadEvent, payloadChannel } from './generic.js';

/**
 * `account_orders`: an account's orders on one market (docs/protocol/websocket.md#channels). Payload passed through in `data`, decimals as strings.
 * Sends the auth token from the client's provider.
 * @example ws.subscribe(accountOrdersChannel({ marketIndex: 0, accountIndex: 1234 })).on('data', (e) => console.log(e.data));
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad index
 */
export function accountOrdersChannel(params: {
  /** Market index (perps 0-254, spot 2048+). */
  readonly marketIndex: number;
  /** Account index (non-negative; bigint accepted for indexes past 2^53). */
  readonly accountIndex: number | bigint;
}): ChannelDefinition<PayloadEvent<'account_orders'>> {
  const account = accountPart('accountIndex', params.accountIndex);
  return payloadChannel({
    kind: 'account_orders',
    channel: `account_orders/${marketPart('marketIndex', params.marketIndex, false)}/${account}`,
    requiresAuth: true,
  });
}
