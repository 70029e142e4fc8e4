/**
 * Account-stream frames as the execution client receives them: the raw frame goes through streaming's real
 * channel handler (which parses it with models' frame schema), and the event's payload and typed value are
 * handed on the way AccountStreams does.
 */
import type { WsChannelFrame } from '@lighter-ts/models';
import {
  accountAllAssetsChannel,
  accountAllPositionsChannel,
  type ChannelDefinition,
  type PayloadEvent,
  userStatsChannel,
} from '@lighter-ts/streaming';
import type { AccountFrame } from '../../src/account/account-frames.js';

type Kind = 'account_all_positions' | 'account_all_assets' | 'user_stats';

function streamed<K extends Kind>(def: ChannelDefinition<PayloadEvent<K>>, raw: Record<string, unknown>) {
  const type = String(raw.type ?? `update/${def.kind}`);
  const [e] = def.createHandler().handle(
    {
      kind: 'data',
      phase: type.startsWith('subscribed/') ? 'snapshot' : 'update',
      channelKind: def.kind,
      channel: def.channel,
      raw: { type, channel: `${def.kind}:1234`, ...raw } as never,
    },
    { resync() {} },
  );
  if (e === undefined) throw new Error('the channel handler produced no event');
  return { data: e.data, typed: e.typed as WsChannelFrame<K> | undefined, parseError: e.parseError };
}

/** An `account_all_positions` frame. */
export const positionsFrame = (
  raw: Record<string, unknown>,
): AccountFrame<'account_all_positions'> & {
  parseError: unknown;
} => streamed(accountAllPositionsChannel({ accountIndex: 1234 }), raw);

/** An `account_all_assets` frame. */
export const assetsFrame = (
  raw: Record<string, unknown>,
): AccountFrame<'account_all_assets'> & {
  parseError: unknown;
} => streamed(accountAllAssetsChannel({ accountIndex: 1234 }), raw);

/** A `user_stats` frame. */
export const userStatsFrame = (raw: Record<string, unknown>): AccountFrame<'user_stats'> & { parseError: unknown } =>
  streamed(userStatsChannel({ accountIndex: 1234 }), raw);
