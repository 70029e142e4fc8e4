import { accountPart, type ChannelDefinition } from '../channel.js';
import { type PayloadEvent, payloadChannel } from './generic.js';

/**
 * `account_all_trades`: an account's trades on every market, with volumes (docs/protocol/websocket.md#channels). Payload passed through in `data`, decimals as strings.
 * Sends the auth token from the client's provider.
 * @example ws.subscribe(accountAllTradesChannel({ accountIndex: 1234 })).on('data', (e) => console.log(e.data));
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad index
 */
export function accountAllTradesChannel(params: {
  /** Account index (non-negative; bigint accepted for indexes past 2^53). */
  readonly accountIndex: number | bigint;
}): ChannelDefinition<PayloadEvent<'account_all_trades'>> {
  const account = accountPart('accountIndex', params.accountIndex);
  return payloadChannel({
    kind: 'account_all_trades',
    channel: `account_all_trades/${account}`,
    requiresAuth: true,
  });
}
