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
  /** Market symbol (`ETH`, `ETH/USDC`); undefined when the market is not in the market list. */
  readonly symbol: string | undefined;
  /** Market id (`market_index` on the wire). */
  readonly marketIndex: number;
  /** The venue's order index (≥ 2^48). */
  readonly orderIndex: bigint;
  /** The client order index the order was placed with (0 when none was given). */
  readonly clientOrderIndex: bigint;
  /** `sell` for an ask, `buy` for a bid. */
  readonly side: 'buy' | 'sell';
  /** Limit price, decimal string with the market's price decimals (`2000.00`). */
  readonly price: string;
  /** Size still open. */
  readonly size: string;
  /** Size when placed, decimal string with the market's size decimals. */
  readonly initialSize: string;
  /** Venue status as it spells it (`open`, `pending`, …; docs/protocol/enums.md). */
  readonly status: string;
  /** The venue's order row as parsed, for fields this view leaves out (trigger price, expiry, …). */
  readonly raw: OrderRow;
}

/** One open position (zero positions are left out). */
export interface Position {
  /** Market symbol (`ETH`); undefined when neither the row nor the market list names it. */
  readonly symbol: string | undefined;
  /** Market id (`market_id` on the wire). */
  readonly marketIndex: number;
  /** Direction from the venue's `sign` (-1 short, else long). */
  readonly side: 'long' | 'short';
  /** Absolute size, a decimal string. */
  readonly size: string;
  /** Average entry price, decimal string; undefined when the venue omits it. */
  readonly avgEntryPrice: string | undefined;
  /** Unrealized PnL in collateral units (USDC), decimal string; undefined when the venue omits it. */
  readonly unrealizedPnl: string | undefined;
  /** The venue's position row as parsed (margin mode, liquidation price, …). */
  readonly raw: AccountRow['positions'][number];
}

/** Collateral and asset balances, decimal strings. */
export interface Balances {
  /** Collateral of the account in USDC, decimal string; undefined when the venue omits it. */
  readonly collateral: string | undefined;
  /** Collateral free for new orders or withdrawal, decimal string; undefined when the venue omits it. */
  readonly availableBalance: string | undefined;
  /** Every asset the account holds (`assets` of the account row). */
  readonly assets: readonly {
    /** Asset symbol (`USDC`, `ETH`). */
    readonly symbol: string;
    /** The venue's asset index (USDC is 3). */
    readonly assetId: number;
    /** Total balance in asset units, decimal string. */
    readonly balance: string;
    /** Part of `balance` reserved by open spot orders, decimal string; undefined when the venue omits it. */
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
