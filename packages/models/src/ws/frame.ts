/**
 * `parseWsFrame`: one entry point for every inbound WS frame. Dispatches on `type`
 * (`subscribed/<kind>`, `update/<kind>`, control types) (docs/protocol/websocket.md#frames-and-lifecycle, docs/protocol/websocket.md#channels).
 * Unknown frame types and non-object JSON (the venue's stray `null` frames) become
 * `{ kind: 'unknown' }`, never an exception; a known type with a bad body throws LighterParseError.
 */
import * as z from 'zod/mini';
import { LighterParseError } from '../errors.js';
import { type WithRaw, parseJsonText, toParseIssues } from '../parse.js';
import { AccountAllFrameSchema, AccountMarketFrameSchema } from './account-all.js';
import { AccountAllOrdersFrameSchema, AccountOrdersFrameSchema } from './account-orders.js';
import {
  ConnectedFrameSchema,
  ErrorFrameSchema,
  PingFrameSchema,
  PongFrameSchema,
  SubscribedFrameSchema,
  UnsubscribedFrameSchema,
} from './control.js';
import { OrderBookFrameSchema } from './order-book.js';
import { fastParseOrderBookFrame } from '../fast/order-book.js';
import { WsSendTxBatchResultFrameSchema, WsSendTxResultFrameSchema } from './send-tx.js';
import { TradeFrameSchema } from './trade.js';
import { AccountAllAssetsFrameSchema } from './account-all-assets.js';
import { AccountAllPositionsFrameSchema } from './account-all-positions.js';
import { AccountAllTradesFrameSchema } from './account-all-trades.js';
import { AccountSpotAvgEntryPricesFrameSchema } from './account-spot-avg-entry-prices.js';
import { UserStatsFrameSchema } from './user-stats.js';
import { AccountTxFrameSchema } from './account-tx.js';
import { CandleFrameSchema } from './candle.js';
import { HeightFrameSchema } from './height.js';
import { MarketStatsFrameSchema, SpotMarketStatsFrameSchema } from './market-stats.js';
import { NotificationFrameSchema } from './notification.js';
import { PoolDataFrameSchema, PoolInfoFrameSchema } from './pool.js';
import { TickerFrameSchema } from './ticker.js';
import { BoMarketStatsFrameSchema } from './bo-market-stats.js';
import { UpDownCandleFrameSchema } from './up-down-candle.js';

/**
 * Data channels: `subscribed/<kind>` snapshot and `update/<kind>` frames.
 *
 * @example
 * import { WS_CHANNEL_SCHEMAS } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const WS_CHANNEL_SCHEMAS = {
  /** `order_book/{market}`: L2 snapshot then changed levels, sequenced by `nonce` / `begin_nonce` (public). */
  order_book: OrderBookFrameSchema,
  /** `trade/{market}`: public trades and liquidation trades. */
  trade: TradeFrameSchema,
  /** `account_orders/{market}/{account}`: the account's orders on one market (auth). */
  account_orders: AccountOrdersFrameSchema,
  /** `account_all_orders/{account}`: the account's orders on every market (auth). */
  account_all_orders: AccountAllOrdersFrameSchema,
  /** `account_all/{account}`: orders, positions, trades, funding, assets and volumes (served without auth). */
  account_all: AccountAllFrameSchema,
  /** `account_market/{market}/{account}`: the account on one market (auth). */
  account_market: AccountMarketFrameSchema,
  /** `ticker/{market}`: best bid and ask (public). */
  ticker: TickerFrameSchema,
  /** `candle/{market}/{resolution}`: OHLCV bars with float prices (public). */
  candle: CandleFrameSchema,
  /** `market_stats/{market|all}`: mark, index, funding and 24 h stats of perps (public). */
  market_stats: MarketStatsFrameSchema,
  /** `spot_market_stats/{market|all}`: 24 h stats of spot markets (public). */
  spot_market_stats: SpotMarketStatsFrameSchema,
  /** `height`: the rollup's block height (public). */
  height: HeightFrameSchema,
  /** `account_all_trades/{account}`: the account's trades; the snapshot adds volumes. */
  account_all_trades: AccountAllTradesFrameSchema,
  /** `account_all_positions/{account}`: perp, spot and binary positions and pool shares (auth). */
  account_all_positions: AccountAllPositionsFrameSchema,
  /** `account_all_assets/{account}`: asset balances in coin units (auth). */
  account_all_assets: AccountAllAssetsFrameSchema,
  /** `account_spot_avg_entry_prices/{account}`: average entry prices of spot holdings (auth). */
  account_spot_avg_entry_prices: AccountSpotAvgEntryPricesFrameSchema,
  /** `user_stats/{account}`: collateral, margin and leverage figures (served without auth). */
  user_stats: UserStatsFrameSchema,
  /** `account_tx/{account}`: the account's transactions (auth). */
  account_tx: AccountTxFrameSchema,
  /** `notification/{account}`: liquidation, deleverage and announcement notices (auth). */
  notification: NotificationFrameSchema,
  /** `pool_data/{account}`: a public pool's trades, orders, positions and shares (auth). */
  pool_data: PoolDataFrameSchema,
  /** `pool_info/{account}`: a public pool's shares, fees and yield (auth). */
  pool_info: PoolInfoFrameSchema,
  /** `bo_market_stats/{market|all}`: stats of binary-option markets (public). */
  bo_market_stats: BoMarketStatsFrameSchema,
  /** `up_down_candle/{underlying}/{duration}/{resolution}`: candles of an Up/Down underlying (public). */
  up_down_candle: UpDownCandleFrameSchema,
} as const;
/** Channel kinds known to {@link parseWsFrame}. */
export type WsChannelKind = keyof typeof WS_CHANNEL_SCHEMAS;

/** Control frames by `type`. */
const CONTROL_SCHEMAS = {
  connected: ConnectedFrameSchema,
  ping: PingFrameSchema,
  pong: PongFrameSchema,
  subscribed: SubscribedFrameSchema,
  unsubscribed: UnsubscribedFrameSchema,
  error: ErrorFrameSchema,
  'jsonapi/sendtx': WsSendTxResultFrameSchema,
  'jsonapi/sendtxbatch': WsSendTxBatchResultFrameSchema,
} as const;

const CONTROL_KIND = {
  connected: 'connected',
  ping: 'ping',
  pong: 'pong',
  subscribed: 'subscribed',
  unsubscribed: 'unsubscribed',
  error: 'error',
  'jsonapi/sendtx': 'send_tx_result',
  'jsonapi/sendtxbatch': 'send_tx_batch_result',
} as const;
type ControlType = keyof typeof CONTROL_KIND;

/** A parsed data-channel frame: the schema output plus `kind`, `snapshot` and the raw payload. */
export type WsChannelFrame<K extends WsChannelKind = WsChannelKind> = K extends WsChannelKind
  ? WithRaw<z.output<(typeof WS_CHANNEL_SCHEMAS)[K]>> & {
      /** The channel kind from `type` (`update/order_book` → `order_book`): discriminate on it. */
      readonly kind: K;
      /** true for `subscribed/<kind>` (replace state), false for `update/<kind>` (merge). */
      readonly snapshot: boolean;
    }
  : never;

/** A parsed control frame. */
export type WsControlFrame = {
  [T in ControlType]: WithRaw<z.output<(typeof CONTROL_SCHEMAS)[T]>> & {
    /** The control kind (`connected`, `ping`, `error`, `send_tx_result`, …): discriminate on it. */
    readonly kind: (typeof CONTROL_KIND)[T];
  };
}[ControlType];

/** A frame whose type is not known (or not an object): surfaced, never fatal. */
export interface WsUnknownFrame {
  /** Always `unknown`: a frame type this SDK does not know, or a non-object frame (the venue's stray `null`s). */
  readonly kind: 'unknown';
  /** The frame's `type` when it had one. */
  readonly type: string | undefined;
  /** The decoded payload as received (a `null` frame stays `null`), for logging or custom handling. */
  readonly raw: unknown;
}

/** Every inbound frame. Discriminate on `kind`. */
export type WsFrame = WsChannelFrame | WsControlFrame | WsUnknownFrame;

/** Frame kinds (for exhaustive switches). */
export type WsFrameKind = WsFrame['kind'];

function attach<T>(data: T, raw: unknown, extra: Record<string, unknown>): T {
  Object.assign(data as object, extra);
  Object.defineProperty(data, 'raw', { value: raw, enumerable: false, writable: false, configurable: true });
  return data;
}

function run(schema: z.core.$ZodType, value: unknown, what: string): unknown {
  const r = z.safeParse(schema, value);
  if (!r.success) throw new LighterParseError({ what, issues: toParseIssues(r.error.issues, value) });
  return r.data;
}

/**
 * Parse one inbound WS frame (text or already-decoded JSON).
 *
 * @example
 * const frame = parseWsFrame(event.data as string);
 * if (frame.kind === 'order_book') for (const l of frame.order_book.asks) console.log(l.price, l.size);
 * else if (frame.kind === 'ping') ws.send('{"type":"pong"}');
 * @throws {LighterParseError} when text is not JSON, or a known frame type has a malformed body
 */
export function parseWsFrame(raw: unknown): WsFrame {
  const value = typeof raw === 'string' ? parseJsonText(raw, 'ws frame') : raw;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'unknown', type: undefined, raw: value };
  }
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string') {
    if ('error' in value) {
      return attach(run(ErrorFrameSchema, value, 'ws:error'), value, { kind: 'error' }) as WsFrame;
    }
    return { kind: 'unknown', type: undefined, raw: value };
  }
  const slash = type.indexOf('/');
  if (slash > 0) {
    const phase = type.slice(0, slash);
    const kind = type.slice(slash + 1);
    if (kind === 'order_book') {
      // Hot path: hand-checked canonical shape; anything unusual goes through the schema below.
      const fast = fastParseOrderBookFrame(value);
      if (fast !== undefined) return attach(fast, value, { kind, snapshot: phase === 'subscribed' }) as WsFrame;
    }
    if ((phase === 'subscribed' || phase === 'update') && Object.hasOwn(WS_CHANNEL_SCHEMAS, kind)) {
      const schema = WS_CHANNEL_SCHEMAS[kind as WsChannelKind];
      return attach(run(schema, value, `ws:${type}`), value, { kind, snapshot: phase === 'subscribed' }) as WsFrame;
    }
  }
  if (Object.hasOwn(CONTROL_SCHEMAS, type)) {
    const t = type as ControlType;
    return attach(run(CONTROL_SCHEMAS[t], value, `ws:${type}`), value, { kind: CONTROL_KIND[t] }) as WsFrame;
  }
  return { kind: 'unknown', type, raw: value };
}

/** Result of {@link safeParseWsFrame}. */
export type SafeWsFrameResult =
  | {
      /** `true`: the frame parsed (possibly as `kind: 'unknown'`). */
      readonly ok: true;
      /** The parsed frame. */
      readonly frame: WsFrame;
    }
  | {
      /** `false`: the text was not JSON, or a known frame type had a malformed body. */
      readonly ok: false;
      /** What failed, with the path and the (redacted) value received. */
      readonly error: LighterParseError;
    };

/**
 * Non-throwing {@link parseWsFrame}.
 *
 * @example
 * const r = safeParseWsFrame(text); if (!r.ok) log(r.error.path);
 * @throws never
 */
export function safeParseWsFrame(raw: unknown): SafeWsFrameResult {
  try {
    return { ok: true, frame: parseWsFrame(raw) };
  } catch (e) {
    if (e instanceof LighterParseError) return { ok: false, error: e };
    return {
      ok: false,
      error: new LighterParseError({
        what: 'ws frame',
        issues: [{ path: '', expected: 'parsable frame', received: undefined, message: String(e) }],
        cause: e,
      }),
    };
  }
}
