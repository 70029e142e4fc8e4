/**
 * The venue's per-connection subscription limits (docs/protocol/errors-and-limits.md#websocket-limits), checked
 * before a new channel is subscribed. One job: refuse locally what the venue would answer with 23001 / 23002
 * or a dropped connection; the registry calls it for every new channel.
 */
import { LighterWsError, WS_ERROR_CODE } from './errors.js';
import type { ResolvedOptions } from './options.js';

/**
 * Refuses a new channel that would pass the venue's per-connection limits (docs/protocol/errors-and-limits.md#websocket-limits):
 * the venue would answer 23001 / 23002 or drop the connection, so nothing is sent.
 */
export function assertWithinLimits(p: {
  channel: string;
  live: ReadonlyMap<string, unknown>;
  opts: Pick<ResolvedOptions, 'maxSubscriptionsPerConnection' | 'maxAccountsPerConnection'>;
}): void {
  const { channel, live } = p;
  const { maxSubscriptionsPerConnection: maxSubs, maxAccountsPerConnection: maxAccounts } = p.opts;
  if (live.size + 1 > maxSubs) {
    throw new LighterWsError(
      `subscribing to ${channel} would make ${live.size + 1} channels on one connection; the limit is ${maxSubs}`,
      {
        code: WS_ERROR_CODE.LIMIT_EXCEEDED,
      },
    );
  }
  const account = accountOfChannel(channel);
  if (account === undefined) return;
  const accounts = new Set<string>();
  for (const c of live.keys()) {
    const a = accountOfChannel(c);
    if (a !== undefined) accounts.add(a);
  }
  if (!accounts.has(account) && accounts.size + 1 > maxAccounts) {
    throw new LighterWsError(
      `subscribing to ${channel} would make ${accounts.size + 1} accounts on one connection; the limit is ${maxAccounts}`,
      {
        code: WS_ERROR_CODE.LIMIT_EXCEEDED,
      },
    );
  }
}

/** The account a channel is about (`account_all/7`, `account_orders/0/7`, `user_stats/7`, …): its last segment. */
function accountOfChannel(channel: string): string | undefined {
  if (!/^(account|user_stats|pool|notification)/.test(channel)) return undefined;
  const last = channel.slice(channel.lastIndexOf('/') + 1);
  return /^\d+$/.test(last) ? last : undefined;
}
