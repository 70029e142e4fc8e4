/**
 * Account streams on the data client (docs/protocol/rest.md#read-only-tokens): the five account channels of
 * the execution client's startup gate, delivered as plain `account` events. With a read-only API token this
 * is how a dashboard or risk monitor follows an account with no private key at all.
 */
import type { LighterWsClient } from '@lighter-ts/streaming';
import { type AccountStreamHandlers, type AccountStreamName, AccountStreams } from '../execution/account-streams.js';

/** One account-stream payload, as the venue sent it (raw; the execution client is what turns it into reports). */
export interface AccountStreamUpdate {
  /** Which account stream sent it (orders, trades, positions, assets, user stats). */
  readonly stream: AccountStreamName;
  /** Venue account index the stream belongs to. */
  readonly accountIndex: number;
  /** The frame's payload as the venue sent it (unparsed). */
  readonly data: Record<string, unknown>;
  /** `snapshot` for the first frame of orders/trades/positions, else `update`; undefined for assets and user stats. */
  readonly phase: 'snapshot' | 'update' | undefined;
  /** Venue timestamp of assets / user-stats frames, when present. */
  readonly timestamp: number | undefined;
}

/**
 * Start the five account streams of `accountIndex` on `ws` and resolve once each has sent its first frame.
 *
 * @example const feed = await startAccountFeed({ ws, accountIndex, onUpdate: (u) => console.log(u.stream), timeoutMs: 30_000 });
 * @throws ExecutionError NOT_CONNECTED when a stream stays silent past `timeoutMs` (naming it) or on abort
 */
export async function startAccountFeed(params: {
  ws: LighterWsClient;
  accountIndex: number;
  onUpdate: (u: AccountStreamUpdate) => void;
  timeoutMs: number;
  signal?: AbortSignal;
}): Promise<AccountStreams> {
  const { accountIndex, onUpdate } = params;
  const emit = (
    stream: AccountStreamName,
    data: Record<string, unknown>,
    phase: AccountStreamUpdate['phase'],
    timestamp: number | undefined,
  ) => onUpdate({ stream, accountIndex, data, phase, timestamp });
  const handlers: AccountStreamHandlers = {
    onOrders: (frame, phase) => emit('orders', frame.data, phase, undefined),
    onTrades: (frame, phase) => emit('trades', frame.data, phase, undefined),
    onPositions: (frame, phase) => emit('positions', frame.data, phase, undefined),
    onAssets: (frame, ts) => emit('assets', frame.data, undefined, ts),
    onUserStats: (frame, ts) => emit('userStats', frame.data, undefined, ts),
  };
  const streams = new AccountStreams({ ws: params.ws, accountIndex, handlers });
  try {
    await streams.start({
      timeoutMs: params.timeoutMs,
      ...(params.signal === undefined ? {} : { signal: params.signal }),
    });
  } catch (e) {
    streams.stop();
    throw e;
  }
  return streams;
}
