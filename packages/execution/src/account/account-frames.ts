/**
 * Typed rows of the account streams (`account_all_positions`, `account_all_assets`, `user_stats`) for the
 * AccountStateCache. One parse path (issue 13): streaming already parsed each frame with models' frame schema,
 * so a frame that validated is only mapped here. Only a frame models refused as a whole (streaming then gives
 * the raw payload and a parse error, no typed value) is read row by row with models' row schema, so one bad
 * row loses only itself and never its siblings.
 */
import {
  type AccountAsset,
  AccountAssetSchema,
  type AccountPosition,
  AccountPositionSchema,
  type BinaryPosition,
  BinaryPositionSchema,
  type UserStats,
  UserStatsSchema,
  type WsChannelFrame,
  type WsChannelKind,
} from '@lighter-ts/models';
import { type ParsedFrame, validRowsOf } from '../venue/frame-rows.js';

/** One account-stream frame of channel `K` as streaming delivers it: the payload as sent and models' parse. */
export type AccountFrame<K extends WsChannelKind> = ParsedFrame<WsChannelFrame<K>>;

/** A positions snapshot: the rows that parsed, and the markets whose row did not (they keep their last entry). */
export interface PositionRows {
  /** Perp, spot and binary positions, one per market. */
  readonly rows: readonly AccountPosition[];
  /** Market ids whose row was sent but could not be read. */
  readonly unreadable: readonly number[];
}

const MARKET_KEY = /^\d+$/;

// A binary row only becomes a position when it has the two fields every position needs; the docs name the key,
// not its fields (docs/protocol/binary-options.md#websocket), so `models` leaves them optional.
function binaryRow(b: BinaryPosition): AccountPosition | undefined {
  if (b.position == null || b.sign == null) return undefined;
  return { ...b, sign: b.sign, position: b.position };
}

// Entries of a raw map keyed by market id (or of an array), with the market id a failed row is filed under.
function rawEntries(value: unknown): [number | undefined, unknown][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).map(([key, row]) => {
    const id = Array.isArray(value) ? (row as { market_id?: unknown } | null)?.market_id : key;
    return [typeof id === 'number' || (typeof id === 'string' && MARKET_KEY.test(id)) ? Number(id) : undefined, row];
  });
}

/**
 * Positions of an `account_all_positions` frame, `bo_positions` (Up/Down markets) included, keyed by market id
 * like `positions` (docs/protocol/binary-options.md#websocket).
 * @example positionRowsOf({ data: e.data, typed: e.typed }).rows[0]?.position // '1.5000'
 * @throws never
 */
export function positionRowsOf(frame: AccountFrame<'account_all_positions'>): PositionRows {
  const rows: AccountPosition[] = [];
  const unreadable: number[] = [];
  if (frame.typed !== undefined) {
    rows.push(...frame.typed.positions);
    for (const b of frame.typed.bo_positions) {
      const row = binaryRow(b);
      if (row === undefined) unreadable.push(b.market_id);
      else rows.push(row);
    }
    return { rows, unreadable };
  }
  for (const [market, raw] of rawEntries(frame.data.positions)) {
    const r = AccountPositionSchema.safeParse(raw);
    if (r.success) rows.push(r.data);
    else if (market !== undefined) unreadable.push(market);
  }
  for (const [market, raw] of rawEntries(frame.data.bo_positions)) {
    const r = BinaryPositionSchema.safeParse(raw);
    const row = r.success ? binaryRow(r.data) : undefined;
    if (row !== undefined) rows.push(row);
    else if (market !== undefined) unreadable.push(market);
  }
  return { rows, unreadable };
}

/**
 * Asset balances of an `account_all_assets` frame (a map keyed by asset id on the wire); rows that cannot be
 * read are left out.
 * @example assetRowsOf({ data: e.data, typed: e.typed }).map((a) => a.symbol) // ['USDC']
 * @throws never
 */
export function assetRowsOf(frame: AccountFrame<'account_all_assets'>): AccountAsset[] {
  return frame.typed?.assets ?? validRowsOf(frame.data.assets, AccountAssetSchema);
}

/**
 * The `stats` of a `user_stats` frame, or undefined when they cannot be read.
 * @example userStatsOf({ data: e.data, typed: e.typed })?.collateral // '50'
 * @throws never
 */
export function userStatsOf(frame: AccountFrame<'user_stats'>): UserStats | undefined {
  if (frame.typed !== undefined) return frame.typed.stats;
  // The frame can fail on a field around `stats` (its timestamp, its type) while the figures themselves are fine.
  const r = UserStatsSchema.safeParse(frame.data.stats);
  return r.success ? r.data : undefined;
}
