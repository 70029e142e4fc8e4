/**
 * WS channel names: outbound `kind/a/b`, inbound `kind:a:b` (docs/protocol/websocket.md#frames-and-lifecycle, docs/protocol/websocket.md#channels).
 */
import { RESOLUTION_MS } from '../views/candles.js';

/** Channel kinds the simulator serves. */
export const PUBLIC_KINDS = [
  'order_book',
  'ticker',
  'trade',
  'candle',
  'market_stats',
  'spot_market_stats',
  'height',
  'bo_market_stats',
  'up_down_candle',
] as const;
export const PRIVATE_KINDS = [
  'account_all',
  'account_market',
  'account_orders',
  'account_all_orders',
  'account_all_trades',
  'account_all_positions',
  'account_all_assets',
  'account_tx',
  'account_spot_avg_entry_prices',
  'user_stats',
  'notification',
] as const;

/**
 * Account channels the venue serves without `auth` (docs/protocol/websocket.md#channels):
 * `account_all` and `user_stats` per the official examples; `account_all_trades` because production
 * clients (ccxt pro `watchMyTrades`) subscribe to it without a token although the docs' example sends one.
 */
export const AUTH_FREE_ACCOUNT_KINDS: ReadonlySet<string> = new Set([
  'account_all',
  'user_stats',
  'account_all_trades',
]);

/** One parsed channel. */
export interface ChannelRef {
  kind: string;
  /** Inbound key with `:` separators, e.g. `order_book:0`. */
  key: string;
  marketIndex?: number;
  /** `market_stats/all`. */
  all?: boolean;
  accountIndex?: number;
  resolution?: string;
  /** `up_down_candle/{underlying}/{duration}/{resolution}`. */
  underlying?: string;
  duration?: string;
  /** An account channel (its data belongs to `accountIndex`). */
  isPrivate: boolean;
  /** True when subscribing needs a valid `auth` token for `accountIndex`. */
  needsAuth: boolean;
}

const MARKET_KINDS = new Set(['order_book', 'ticker', 'trade']);
const ACCOUNT_KINDS = new Set([
  'account_all',
  'account_all_orders',
  'account_all_trades',
  'account_all_positions',
  'account_all_assets',
  'account_tx',
  'account_spot_avg_entry_prices',
  'user_stats',
  'notification',
]);

const isIndex = (s: string | undefined) => s !== undefined && /^\d{1,15}$/.test(s);

/** Parses a subscribe channel; undefined when invalid (→ 30005 Invalid Channel). */
export function parseChannel(raw: unknown, hasMarket: (m: number) => boolean): ChannelRef | undefined {
  if (typeof raw !== 'string') return undefined;
  const parts = raw.split(/[/:]/);
  const kind = parts[0] ?? '';
  const args = parts.slice(1);
  const key = [kind, ...args].join(':');
  if (MARKET_KINDS.has(kind)) {
    if (args.length !== 1 || !isIndex(args[0]) || !hasMarket(Number(args[0]))) return undefined;
    return { kind, key, marketIndex: Number(args[0]), isPrivate: false, needsAuth: false };
  }
  if (kind === 'candle') {
    if (args.length !== 2 || !isIndex(args[0]) || !hasMarket(Number(args[0]))) return undefined;
    if (RESOLUTION_MS[args[1]!] === undefined || args[1] === '1w') return undefined;
    return { kind, key, marketIndex: Number(args[0]), resolution: args[1]!, isPrivate: false, needsAuth: false };
  }
  if (kind === 'up_down_candle') {
    // docs/protocol/binary-options.md#websocket: up_down_candle/btc/15m/1s
    const [underlying, duration, resolution] = args;
    if (
      args.length !== 3 ||
      !/^[a-z0-9]+$/.test(underlying ?? '') ||
      !/^\d+[smhd]$/.test(duration ?? '') ||
      (resolution !== '1s' && resolution !== '30s')
    )
      return undefined;
    return {
      kind,
      key,
      underlying: underlying!,
      duration: duration!,
      resolution: resolution!,
      isPrivate: false,
      needsAuth: false,
    };
  }
  if (kind === 'market_stats' || kind === 'spot_market_stats' || kind === 'bo_market_stats') {
    if (args.length !== 1) return undefined;
    if (args[0] === 'all') return { kind, key, all: true, isPrivate: false, needsAuth: false };
    if (!isIndex(args[0]) || !hasMarket(Number(args[0]))) return undefined;
    return { kind, key, marketIndex: Number(args[0]), isPrivate: false, needsAuth: false };
  }
  if (kind === 'height') return args.length === 0 ? { kind, key, isPrivate: false, needsAuth: false } : undefined;
  if (ACCOUNT_KINDS.has(kind)) {
    if (args.length !== 1 || !isIndex(args[0])) return undefined;
    return { kind, key, accountIndex: Number(args[0]), isPrivate: true, needsAuth: !AUTH_FREE_ACCOUNT_KINDS.has(kind) };
  }
  if (kind === 'account_market' || kind === 'account_orders') {
    if (args.length !== 2 || !isIndex(args[0]) || !isIndex(args[1]) || !hasMarket(Number(args[0]))) return undefined;
    return { kind, key, marketIndex: Number(args[0]), accountIndex: Number(args[1]), isPrivate: true, needsAuth: true };
  }
  return undefined;
}
