/**
 * The part of the exchange that matching, triggers and liquidation act on. They take this interface
 * instead of the `Exchange` class so the engine's helpers and the class that calls them do not import
 * each other (the repository's cycle guard forbids import cycles).
 */
import type { OrderStatus } from '@lighter-ts/models/constants';
import type { MarginContext } from './margin.js';
import type { SimMarket } from './market.js';
import type { SimAccount, SimLiquidation, SimOrder, SimTrade } from './types.js';

/** The exchange's state and the mutations its matching, trigger and liquidation helpers need. */
export interface ExchangeCore extends MarginContext {
  readonly markets: ReadonlyMap<number, SimMarket>;
  readonly accounts: ReadonlyMap<number, SimAccount>;
  readonly openOrdersByAccount: ReadonlyMap<number, Set<SimOrder>>;
  /** Current block height, stamped on trades. */
  readonly height: number;
  readonly liquidations: SimLiquidation[];
  /** The venue clock, in milliseconds. */
  now(): number;
  nextTradeId(): number;
  pendingTriggers(marketIndex: number): Iterable<SimOrder>;
  fireTrigger(order: SimOrder): void;
  finishOrder(order: SimOrder, status: OrderStatus): void;
  touchOrder(order: SimOrder): void;
  touchAccount(accountIndex: number): void;
  bookChanged(market: SimMarket, order: SimOrder): void;
  emitTrade(trade: SimTrade): void;
  settleSpot(market: SimMarket, p: { buyer: SimAccount; seller: SimAccount; qty: bigint; quote: bigint }): void;
  cancelAllOpen(accountIndex: number, status: OrderStatus, marketIndex?: number): number;
  insuranceFund(): SimAccount;
}
