/**
 * WS channel names and outbound control messages (docs/protocol/websocket.md#frames-and-lifecycle, docs/protocol/websocket.md#channels). Outbound names use `/`
 * (`order_book/0`); inbound `channel` fields use `:` (`order_book:0`).
 */
import * as z from 'zod/mini';
import { CANDLE_RESOLUTIONS, type CandleResolution } from '../constants/network.js';
import { UP_DOWN_CANDLE_RESOLUTIONS, type UpDownCandleResolution } from '../binary/up-down-candles.js';
import { LighterModelsError } from '../errors.js';

type Id = number | bigint;
const id = (v: Id, field: string): string => {
  if ((typeof v === 'number' && (!Number.isSafeInteger(v) || v < 0)) || (typeof v === 'bigint' && v < 0n)) {
    throw new LighterModelsError({ code: 'OUT_OF_RANGE', field, message: `${field}: must be a non-negative integer` });
  }
  return v.toString();
};
const bad = (field: string, value: string): never => {
  throw new LighterModelsError({
    code: 'INVALID_IDENTIFIER',
    field,
    message: `${field}: invalid "${value.slice(0, 32)}"`,
  });
};

/**
 * Outbound channel names, one builder per channel.
 *
 * @example
 * WS_CHANNEL.orderBook(0); // 'order_book/0'
 * WS_CHANNEL.accountOrders(0, 1234); // 'account_orders/0/1234'
 * @throws {LighterModelsError} OUT_OF_RANGE for negative / unsafe ids, INVALID_IDENTIFIER for a bad resolution
 */
export const WS_CHANNEL = {
  /** `order_book/{marketId}`: L2 book snapshot, then updates (public). */
  orderBook: (marketId: Id) => `order_book/${id(marketId, 'marketId')}`,
  /** `ticker/{marketId}`: best bid / ask (public). */
  ticker: (marketId: Id) => `ticker/${id(marketId, 'marketId')}`,
  /** `trade/{marketId}`: public trades. */
  trade: (marketId: Id) => `trade/${id(marketId, 'marketId')}`,
  /** `candle/{marketId}/{resolution}`: OHLCV bars. @throws {LighterModelsError} for an unknown resolution */
  candle: (marketId: Id, resolution: CandleResolution) => {
    if (!(CANDLE_RESOLUTIONS as readonly string[]).includes(resolution)) {
      throw new LighterModelsError({
        code: 'INVALID_IDENTIFIER',
        field: 'resolution',
        message: `resolution: unknown "${resolution}"`,
      });
    }
    return `candle/${id(marketId, 'marketId')}/${resolution}`;
  },
  /** `market_stats/{marketId|all}`: mark, index, funding and 24 h stats of perps. */
  marketStats: (marketId: Id | 'all') => `market_stats/${marketId === 'all' ? 'all' : id(marketId, 'marketId')}`,
  /** `spot_market_stats/{marketId|all}`: 24 h stats of spot markets. */
  spotMarketStats: (marketId: Id | 'all') =>
    `spot_market_stats/${marketId === 'all' ? 'all' : id(marketId, 'marketId')}`,
  /** `bo_market_stats/{id|all}`: statistics of one binary-option market or of all (docs/protocol/binary-options.md#websocket). */
  boMarketStats: (marketId: Id | 'all') => `bo_market_stats/${marketId === 'all' ? 'all' : id(marketId, 'marketId')}`,
  /** `up_down_candle/{underlying}/{duration}/{resolution}`: candles of an Up/Down underlying (docs/protocol/binary-options.md#websocket). */
  upDownCandle: (params: { underlying: string; duration: string; resolution: UpDownCandleResolution }) => {
    if (!/^[A-Za-z0-9]+$/.test(params.underlying)) bad('underlying', params.underlying);
    if (!/^\d+[smhd]$/.test(params.duration)) bad('duration', params.duration);
    if (!(UP_DOWN_CANDLE_RESOLUTIONS as readonly string[]).includes(params.resolution))
      bad('resolution', params.resolution);
    return `up_down_candle/${params.underlying.toLowerCase()}/${params.duration}/${params.resolution}`;
  },
  /** `height`: the chain height. */
  height: () => 'height',
  /** `account_all/{accountIndex}`: the whole account (positions, trades, funding), no auth. */
  accountAll: (accountIndex: Id) => `account_all/${id(accountIndex, 'accountIndex')}`,
  /** `account_market/{marketId}/{accountIndex}`: the account on one market (auth). */
  accountMarket: (marketId: Id, accountIndex: Id) =>
    `account_market/${id(marketId, 'marketId')}/${id(accountIndex, 'accountIndex')}`,
  /** `account_orders/{marketId}/{accountIndex}`: the account's orders on one market (auth). */
  accountOrders: (marketId: Id, accountIndex: Id) =>
    `account_orders/${id(marketId, 'marketId')}/${id(accountIndex, 'accountIndex')}`,
  /** `account_all_orders/{accountIndex}`: the account's orders on every market (auth). */
  accountAllOrders: (accountIndex: Id) => `account_all_orders/${id(accountIndex, 'accountIndex')}`,
  /** `account_all_trades/{accountIndex}`: the account's trades. */
  accountAllTrades: (accountIndex: Id) => `account_all_trades/${id(accountIndex, 'accountIndex')}`,
  /** `account_all_positions/{accountIndex}`: positions (auth). */
  accountAllPositions: (accountIndex: Id) => `account_all_positions/${id(accountIndex, 'accountIndex')}`,
  /** `account_all_assets/{accountIndex}`: asset balances (auth). */
  accountAllAssets: (accountIndex: Id) => `account_all_assets/${id(accountIndex, 'accountIndex')}`,
  /** `account_spot_avg_entry_prices/{accountIndex}`: average entry prices of spot holdings (auth). */
  accountSpotAvgEntryPrices: (accountIndex: Id) => `account_spot_avg_entry_prices/${id(accountIndex, 'accountIndex')}`,
  /** `user_stats/{accountIndex}`: collateral, margin and leverage figures. */
  userStats: (accountIndex: Id) => `user_stats/${id(accountIndex, 'accountIndex')}`,
  /** `account_tx/{accountIndex}`: the account's transactions (auth). */
  accountTx: (accountIndex: Id) => `account_tx/${id(accountIndex, 'accountIndex')}`,
  /** `notification/{accountIndex}`: account notifications (auth). */
  notification: (accountIndex: Id) => `notification/${id(accountIndex, 'accountIndex')}`,
  /** `pool_data/{accountIndex}`: a public pool's data. */
  poolData: (accountIndex: Id) => `pool_data/${id(accountIndex, 'accountIndex')}`,
  /** `pool_info/{accountIndex}`: a public pool's info. */
  poolInfo: (accountIndex: Id) => `pool_info/${id(accountIndex, 'accountIndex')}`,
} as const;

/**
 * Channels whose subscribe frame must carry `auth` (ASY security or NT `requires_auth`,
 * docs/protocol/websocket.md#channels; the status of some is an open point, so we always send it for these).
 *
 * @example
 * PRIVATE_WS_CHANNELS.has('account_orders'); // true
 * @throws never (a constant)
 */
export const PRIVATE_WS_CHANNELS: ReadonlySet<string> = new Set([
  'account_all',
  'account_market',
  'account_orders',
  'account_all_orders',
  'account_all_trades',
  'account_all_positions',
  'account_all_assets',
  'account_spot_avg_entry_prices',
  'user_stats',
  'account_tx',
  'notification',
  'pool_data',
  'pool_info',
]);

/** A channel name split into its kind and parameters. */
export interface WsChannelName {
  /** e.g. `order_book`. */
  readonly kind: string;
  /** e.g. `['0']`, `['0', '1234']`, `['0', '1m']`. */
  readonly params: readonly string[];
  /** Canonical outbound form with `/` (`order_book/0`): use it as the subscription key. */
  readonly key: string;
  /** Whether subscribing needs an auth token. */
  readonly requiresAuth: boolean;
}

/**
 * Split an inbound (`order_book:0`) or outbound (`order_book/0`) channel name.
 *
 * @example
 * parseWsChannel('account_orders:0:1234'); // { kind: 'account_orders', params: ['0', '1234'], key: 'account_orders/0/1234', requiresAuth: true }
 * @throws never
 */
export function parseWsChannel(channel: string): WsChannelName {
  const parts = channel.split(/[:/]/);
  const kind = parts[0] ?? '';
  const params = parts.slice(1);
  return { kind, params, key: [kind, ...params].join('/'), requiresAuth: PRIVATE_WS_CHANNELS.has(kind) };
}

/**
 * `{"type":"subscribe","channel":"order_book/0"}` (+ `auth` for private channels).
 *
 * @example
 * const r = WsSubscribeRequestSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const WsSubscribeRequestSchema = z.strictObject({
  /** Always `subscribe`. */
  type: z.literal('subscribe'),
  /** Outbound channel name with `/` separators (`order_book/0`, `account_orders/0/1234`), as {@link WS_CHANNEL} builds it. */
  channel: z.string().check(z.minLength(1)),
  /** Auth token, required on private channels ({@link PRIVATE_WS_CHANNELS}); omitted on public ones. A secret: never log it. */
  auth: z.optional(z.string().check(z.minLength(1))),
});
/** Inferred {@link WsSubscribeRequestSchema}. */
export type WsSubscribeRequest = z.output<typeof WsSubscribeRequestSchema>;

/**
 * `{"type":"unsubscribe","channel":"order_book/0"}`.
 *
 * @example
 * const r = WsUnsubscribeRequestSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const WsUnsubscribeRequestSchema = z.strictObject({
  /** Always `unsubscribe`. */
  type: z.literal('unsubscribe'),
  /** The channel to drop, in the outbound `/` form used to subscribe; the server answers with an `unsubscribed` frame. */
  channel: z.string().check(z.minLength(1)),
});
/** Inferred {@link WsUnsubscribeRequestSchema}. */
export type WsUnsubscribeRequest = z.output<typeof WsUnsubscribeRequestSchema>;

/**
 * Build a subscribe frame; `auth` is included only when given.
 *
 * @example
 * wsSubscribeRequest({ channel: WS_CHANNEL.orderBook(0) }); // { type: 'subscribe', channel: 'order_book/0' }
 * @throws {LighterModelsError} INVALID_IDENTIFIER when a private channel has no auth token
 */
export function wsSubscribeRequest(params: { channel: string; auth?: string }): WsSubscribeRequest {
  const { requiresAuth } = parseWsChannel(params.channel);
  if (requiresAuth && (params.auth === undefined || params.auth === '')) {
    throw new LighterModelsError({
      code: 'INVALID_IDENTIFIER',
      field: 'auth',
      message: `auth: channel ${params.channel} requires an auth token`,
    });
  }
  return params.auth === undefined
    ? { type: 'subscribe', channel: params.channel }
    : { type: 'subscribe', channel: params.channel, auth: params.auth };
}

/**
 * Build an unsubscribe frame.
 *
 * @example
 * wsUnsubscribeRequest({ channel: 'order_book/0' });
 * @throws never
 */
export function wsUnsubscribeRequest(params: { channel: string }): WsUnsubscribeRequest {
  return { type: 'unsubscribe', channel: params.channel };
}

/**
 * The app-level ping and pong frames (docs/protocol/websocket.md#frames-and-lifecycle).
 *
 * @example
 * import { WS_PING } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const WS_PING = Object.freeze({
  /** `ping`: a client keepalive; send something at least every 2 minutes or the venue drops the socket. */
  type: 'ping' as const,
});
/**
 * Reply to a server `ping`.
 *
 * @example
 * import { WS_PONG } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const WS_PONG = Object.freeze({
  /** `pong`: the answer to a server `ping`; without it the venue closes with 1008 "no pong". */
  type: 'pong' as const,
});
