/**
 * Read views of the account: open orders, positions, balances. Decimals stay the venue's strings;
 * each view keeps the raw row so nothing the venue sent is lost (STYLE.md "Data at the boundary").
 */
import type { LighterHttpClient } from '@lighter-ts/http';
import { TRADING_CLIENT_ERROR_CODE, TradingClientError } from './errors.js';
import type { MarketInfo } from './markets.js';

type OrderRow = Awaited<ReturnType<LighterHttpClient['accountActiveOrders']>>['orders'][number];
type AccountRow = Awaited<ReturnType<LighterHttpClient['account']>>['accounts'][number];

/** One resting order of the account. */
export interface OpenOrder {
  readonly symbol: string | undefined;
  readonly marketIndex: number;
  /** The venue's order index (≥ 2^48). */
  readonly orderIndex: bigint;
  readonly clientOrderIndex: bigint;
  readonly side: 'buy' | 'sell';
  readonly price: string;
  /** Size still open. */
  readonly size: string;
  readonly initialSize: string;
  readonly status: string;
  readonly raw: OrderRow;
}

/** One open position (zero positions are left out). */
export interface Position {
  readonly symbol: string | undefined;
  readonly marketIndex: number;
  readonly side: 'long' | 'short';
  /** Absolute size, a decimal string. */
  readonly size: string;
  readonly avgEntryPrice: string | undefined;
  readonly unrealizedPnl: string | undefined;
  readonly raw: AccountRow['positions'][number];
}

/** Collateral and asset balances, decimal strings. */
export interface Balances {
  readonly collateral: string | undefined;
  readonly availableBalance: string | undefined;
  readonly assets: readonly {
    readonly symbol: string;
    readonly assetId: number;
    readonly balance: string;
    readonly lockedBalance: string | undefined;
  }[];
}

const symbolOf = (markets: readonly MarketInfo[], id: number) => markets.find((m) => m.marketIndex === id)?.symbol;

/**
 * Rows of `accountActiveOrders` as {@link OpenOrder}s.
 * @example toOpenOrders({ rows: res.orders, markets })
 * @throws never
 */
export function toOpenOrders(p: { rows: readonly OrderRow[]; markets: readonly MarketInfo[] }): OpenOrder[] {
  return p.rows.map((o) => ({
    symbol: symbolOf(p.markets, o.market_index),
    marketIndex: o.market_index,
    orderIndex: BigInt(o.order_index),
    clientOrderIndex: BigInt(o.client_order_index),
    side: o.is_ask ? 'sell' : 'buy',
    price: o.price,
    size: o.remaining_base_amount,
    initialSize: o.initial_base_amount,
    status: o.status,
    raw: o,
  }));
}

/**
 * The one account of an `account` answer, or a typed error when the venue returned none.
 * @example accountOf({ accounts: res.accounts, accountIndex: 7 })
 * @throws {TradingClientError} `CLIENT_INPUT` (field `accountIndex`) when the venue lists no such account
 */
export function accountOf(p: { accounts: readonly AccountRow[]; accountIndex: number }): AccountRow {
  const a = p.accounts.find((x) => x.account_index === p.accountIndex || x.index === p.accountIndex) ?? p.accounts[0];
  if (a === undefined) {
    throw new TradingClientError({
      code: TRADING_CLIENT_ERROR_CODE.INPUT,
      field: 'accountIndex',
      value: String(p.accountIndex),
      message: `accountIndex: the venue lists no account ${p.accountIndex}`,
    });
  }
  return a;
}

/**
 * Non-zero positions of an account row.
 * @example toPositions({ account, markets })
 * @throws never
 */
export function toPositions(p: { account: AccountRow; markets: readonly MarketInfo[] }): Position[] {
  return p.account.positions
    .filter((x) => !/^-?0*(\.0*)?$/.test(x.position))
    .map((x) => ({
      symbol: x.symbol ?? symbolOf(p.markets, x.market_id),
      marketIndex: x.market_id,
      side: x.sign < 0 ? 'short' : 'long',
      size: x.position.replace(/^-/, ''),
      avgEntryPrice: x.avg_entry_price ?? undefined,
      unrealizedPnl: x.unrealized_pnl ?? undefined,
      raw: x,
    }));
}

/**
 * Collateral and asset balances of an account row.
 * @example toBalances(account).collateral // '100000.000000'
 * @throws never
 */
export function toBalances(account: AccountRow): Balances {
  return {
    collateral: account.collateral ?? undefined,
    availableBalance: account.available_balance ?? undefined,
    assets: account.assets.map((a) => ({
      symbol: a.symbol,
      assetId: a.asset_id,
      balance: a.balance,
      lockedBalance: a.locked_balance ?? undefined,
    })),
  };
}
