/**
 * The simulated venue state: markets, accounts, orders. Every mutation goes through here so
 * REST, WS and market makers see one consistent sequence (single-threaded, synchronous).
 */
import { VenueError } from '../errors.js';
import type { MarketSpec } from '../markets.js';
import { type OrderStatus, USDC } from '@lighter-ts/models/constants';
import { TIME_IN_FORCE } from '../protocol.js';
import { absBig } from '../util/decimal.js';
import { EventBus, type ExchangeListener } from './events.js';
import { settleDueBinaryMarkets } from './binary-expiry.js';
import type { ExchangeCore } from './exchange-core.js';
import { liquidateDue } from './liquidation.js';
import { SimMarket } from './market.js';
import { canAfford, checkClientIndex, checkOrderCaps, executeOrder } from './order-entry.js';
import { newAccountRecord, newOrderRecord } from './records.js';
import { isTriggerType, type NewOrderParams, validateNewOrder } from './order-rules.js';
import { checkTriggers, expireDue } from './triggers.js';
import type { SimAccount, SimLiquidation, SimOrder, SimTrade } from './types.js';

/** Options of {@link Exchange}. */
export interface ExchangeOptions {
  /** Collateral symbol shown in asset payloads; default USDC. */
  collateralSymbol?: string;
  markets: readonly MarketSpec[];
  /** Venue clock in ms (tests may shift it). */
  clock: () => number;
}

/** Matching engine and account state of the whole venue. */
export class Exchange implements ExchangeCore {
  readonly markets = new Map<number, SimMarket>();
  readonly accounts = new Map<number, SimAccount>();
  readonly orders = new Map<number, SimOrder>();
  readonly openOrdersByAccount = new Map<number, Set<SimOrder>>();
  readonly bus = new EventBus();
  height = 1;
  private nextOrderIndex = 281_474_976_710_656; // 2^48 = lighter-go MinOrderIndex (docs/protocol/transactions.md#orders)
  private tradeId = 1_000_000;
  private txSequence = 0;
  private seq = 0;
  private nextAccountIndex = 1000;
  /** Liquidations performed (REST `liquidations`). */
  readonly liquidations: SimLiquidation[] = [];
  private insurance: SimAccount | undefined;
  private readonly finished: number[] = [];
  /** Ids of funds movements (deposit/withdraw/transfer history). */
  fundsId = 3_000_000;
  private readonly clock: () => number;
  /** Symbol of the collateral asset (asset 3) in payloads: USDC, or USDG when impersonating Robinhood Chain. */
  readonly collateralSymbol: string;

  constructor(options: ExchangeOptions) {
    this.clock = options.clock;
    this.collateralSymbol = options.collateralSymbol ?? 'USDC';
    for (const spec of options.markets) this.markets.set(spec.marketIndex, new SimMarket(spec, this.clock()));
  }

  /** Venue time in ms. */
  now(): number {
    return this.clock();
  }

  /** Subscribes to engine events. */
  on(listener: ExchangeListener): () => void {
    return this.bus.on(listener);
  }

  market(marketIndex: number): SimMarket | undefined {
    return this.markets.get(marketIndex);
  }

  /** Open (resting or pending) orders of an account. */
  openOrders(accountIndex: number): Iterable<SimOrder> {
    return this.openOrdersByAccount.get(accountIndex) ?? [];
  }

  /** Pending mark-price triggers of a market. */
  *pendingTriggers(marketIndex: number): Iterable<SimOrder> {
    for (const set of this.openOrdersByAccount.values()) {
      for (const o of set) if (o.marketIndex === marketIndex && o.status === 'pending') yield o;
    }
  }

  nextTradeId(): number {
    return ++this.tradeId;
  }

  /** Next tx sequence index (Tx.sequence_index). */
  nextTxSequence(): number {
    return ++this.txSequence;
  }

  /** Advances the block height (one per accepted tx). */
  bumpHeight(): number {
    return ++this.height;
  }

  /** Creates an account with USDC collateral (micro-USDC). */
  createAccount(params: { collateral: bigint; l1Address: string; isMarketMaker?: boolean }): SimAccount {
    const index = this.nextAccountIndex++;
    const acct = newAccountRecord({
      index,
      l1Address: params.l1Address,
      collateral: params.collateral,
      isMarketMaker: params.isMarketMaker ?? false,
      createdAt: this.now(),
      depositId: () => ++this.fundsId,
    });
    this.accounts.set(index, acct);
    return acct;
  }

  /** Looks an account up. @throws VenueError 21100 when unknown. */
  account(accountIndex: number): SimAccount {
    const a = this.accounts.get(accountIndex);
    if (!a) throw new VenueError({ code: 21100 });
    return a;
  }

  private newOrder(p: NewOrderParams): SimOrder {
    return newOrderRecord(p, {
      orderIndex: this.nextOrderIndex++,
      seq: ++this.seq,
      height: this.height,
      now: this.now(),
    });
  }

  private register(o: SimOrder): void {
    this.orders.set(o.orderIndex, o);
    let set = this.openOrdersByAccount.get(o.owner);
    if (!set) this.openOrdersByAccount.set(o.owner, (set = new Set()));
    set.add(o);
    const acct = this.accounts.get(o.owner);
    if (acct) acct.totalOrderCount++;
  }

  /**
   * Validates and executes a new order (CreateOrder, docs/protocol/transactions.md#orders).
   * @throws VenueError for API-level rejections (nonce not consumed).
   */
  placeOrder(p: NewOrderParams): SimOrder {
    return this.placeOrderWithChildren(p, []);
  }

  /** Creates a pending child of a grouped order (trigger_status parent-order, docs/protocol/enums.md). */
  createChild(p: NewOrderParams): SimOrder {
    this.account(p.accountIndex);
    checkClientIndex(this, p);
    const child = this.newOrder(p);
    child.status = 'pending';
    child.triggerStatus = 'parent-order';
    this.register(child);
    return child;
  }

  /**
   * Forgets an order that never became visible (a grouped order whose tx failed at the API
   * level): no events, as if it had never been created.
   */
  discard(order: SimOrder): void {
    this.orders.delete(order.orderIndex);
    this.openOrdersByAccount.get(order.owner)?.delete(order);
    const acct = this.accounts.get(order.owner);
    if (acct) acct.totalOrderCount--;
  }

  /** Places a parent order whose fills activate `children` (OTO/OTOCO). */
  placeOrderWithChildren(p: NewOrderParams, children: SimOrder[]): SimOrder {
    const market = this.markets.get(p.marketIndex);
    validateNewOrder({ order: p, market, now: this.now(), allowZeroBase: p.allowZeroBase ?? false });
    const acct = this.account(p.accountIndex);
    checkClientIndex(this, p);
    if (!isTriggerType(p.type) && p.timeInForce !== TIME_IN_FORCE.IMMEDIATE_OR_CANCEL) checkOrderCaps(this, p);
    const order = this.newOrder(p);
    order.toTriggerOrderIndex0 = children[0]?.orderIndex ?? 0;
    order.toTriggerOrderIndex1 = children[1]?.orderIndex ?? 0;
    for (const c of children) c.parentOrderIndex = order.orderIndex;
    const resting = !isTriggerType(p.type) && p.timeInForce !== TIME_IN_FORCE.IMMEDIATE_OR_CANCEL;
    // docs/protocol/rest.md#transactions: maker orders without margin fail at the API level; takers go to the sequencer.
    if (resting && !p.reduceOnly && !canAfford(this, acct, market!, order)) {
      throw new VenueError({ code: market!.isPerp ? 21739 : 21304 });
    }
    this.register(order);
    if (isTriggerType(p.type)) {
      order.status = 'pending';
      order.triggerStatus = 'mark-price';
      this.touchOrder(order);
      this.touchAccount(order.owner);
      checkTriggers(this, market!);
    } else {
      this.execute(order, p.txHash ?? '');
    }
    return order;
  }

  /** Runs an activated order through post-only, reduce-only, margin and matching (`executeOrder`). */
  execute(order: SimOrder, txHash: string): void {
    executeOrder(this, order, txHash);
  }

  /** Converts a triggered SL/TP into a live order (trigger_status → ready). */
  fireTrigger(order: SimOrder): void {
    order.triggerStatus = 'ready';
    order.triggerTime = this.now();
    if (order.initialBase === 0n) {
      // position-tied child: size is the whole position at trigger time (docs/protocol/transactions.md#other-order-transactions)
      const size = absBig(this.accounts.get(order.owner)?.positions.get(order.marketIndex)?.size ?? 0n);
      order.initialBase = size;
      order.remainingBase = size;
    }
    if (order.toCancelOrderIndex0) {
      const sibling = this.orders.get(order.toCancelOrderIndex0);
      if (sibling && isOpen(sibling)) this.finishOrder(sibling, 'canceled-oco');
    }
    this.execute(order, '');
  }

  /** Moves an order to a final status and runs its group side effects. */
  finishOrder(order: SimOrder, status: OrderStatus): void {
    const market = this.markets.get(order.marketIndex);
    if (order.status === 'open' && market?.book.remove(order)) this.bookChanged(market, order);
    order.status = status;
    order.updatedAt = this.now();
    this.openOrdersByAccount.get(order.owner)?.delete(order);
    this.touchOrder(order);
    this.touchAccount(order.owner);
    for (const childIndex of [order.toTriggerOrderIndex0, order.toTriggerOrderIndex1]) {
      const child = childIndex ? this.orders.get(childIndex) : undefined;
      if (child?.status !== 'pending' || child.triggerStatus !== 'parent-order') continue;
      if (order.filledBase > 0n) {
        if (child.initialBase === 0n || child.initialBase > order.filledBase) {
          child.initialBase = order.filledBase;
          child.remainingBase = order.filledBase;
        }
        child.triggerStatus = 'mark-price';
        this.touchOrder(child);
      } else {
        this.finishOrder(child, 'canceled-child');
      }
    }
    if (market && status === 'filled') checkTriggers(this, market);
    this.retire(order);
  }

  /** Bounds memory: market-maker orders are forgotten when done, others after 20 000 newer ones. */
  private retire(order: SimOrder): void {
    if (order.toTriggerOrderIndex0 || order.toTriggerOrderIndex1 || order.toCancelOrderIndex0 || order.parentOrderIndex)
      return;
    if (this.accounts.get(order.owner)?.isMarketMaker) {
      this.orders.delete(order.orderIndex);
      return;
    }
    this.finished.push(order.orderIndex);
    if (this.finished.length > 20_000) {
      const old = this.finished.shift()!;
      this.orders.delete(old);
    }
  }

  /** Emits an order update. */
  touchOrder(order: SimOrder): void {
    this.bus.emit({ kind: 'order', order });
  }

  /** Emits an account update. */
  touchAccount(accountIndex: number): void {
    this.bus.emit({ kind: 'account', accountIndex });
  }

  /** Bumps the market nonce and reports the touched level (docs/protocol/websocket.md#order-book-sequencing). */
  bookChanged(market: SimMarket, order: SimOrder): void {
    market.nonce++;
    this.bus.emit({
      kind: 'book',
      marketIndex: market.index,
      isAsk: order.isAsk,
      price: order.price,
      nonce: market.nonce,
    });
  }

  emitTrade(trade: SimTrade): void {
    this.bus.emit({ kind: 'trade', trade });
  }

  /** Spot settlement: base asset against USDC collateral. */
  settleSpot(market: SimMarket, p: { buyer: SimAccount; seller: SimAccount; qty: bigint; quote: bigint }): void {
    const asset = market.spec.baseAssetId ?? 1;
    p.buyer.spotBalances.set(asset, (p.buyer.spotBalances.get(asset) ?? 0n) + p.qty);
    p.seller.spotBalances.set(asset, (p.seller.spotBalances.get(asset) ?? 0n) - p.qty);
    p.buyer.collateral -= p.quote;
    p.seller.collateral += p.quote;
  }

  /** Finds an open order of the account by order index or client order index (docs/protocol/transactions.md#orders). */
  findOpen(accountIndex: number, marketIndex: number, index: number): SimOrder | undefined {
    for (const o of this.openOrders(accountIndex)) {
      if (o.marketIndex !== marketIndex) continue;
      if (o.orderIndex === index || (o.clientOrderIndex !== 0 && o.clientOrderIndex === index)) return o;
    }
    return undefined;
  }

  /** Cancels every open order of an account (optionally one market). */
  cancelAllOpen(accountIndex: number, status: OrderStatus, marketIndex = -1): number {
    const list = [...this.openOrders(accountIndex)].filter((o) => marketIndex < 0 || o.marketIndex === marketIndex);
    for (const o of list) if (isOpen(o)) this.finishOrder(o, status);
    return list.length;
  }

  /** Sets the mark (and index) price and fires triggers (test control, CONTRACTS). */
  setMarkPrice(marketIndex: number, price: bigint): void {
    const m = this.markets.get(marketIndex);
    if (!m) throw new VenueError({ code: 21602 });
    m.markPrice = price;
    m.indexPrice = price;
    this.bus.emit({ kind: 'mark', marketIndex });
    checkTriggers(this, m);
    liquidateDue(this);
    for (const a of this.accounts.values()) if (a.positions.get(marketIndex)?.size) this.touchAccount(a.index);
  }

  /** The insurance fund account (created on first use; counterparty of liquidations). */
  insuranceFund(): SimAccount {
    this.insurance ??= this.createAccount({
      collateral: 10n ** 15n,
      l1Address: '0x0000000000000000000000000000000000000000',
      isMarketMaker: true,
    });
    return this.insurance;
  }

  /** Expiries, scheduled cancel-alls and triggers due now. */
  tick(): void {
    expireDue(this, this.now());
    for (const m of this.markets.values()) checkTriggers(this, m);
    settleDueBinaryMarkets(this);
  }

  /** Spot USDC asset helpers for account views. */
  usdcAssetId(): number {
    return USDC.assetIndex;
  }
}

/** True while an order can still trade or trigger. */
export function isOpen(o: SimOrder): boolean {
  return o.status === 'open' || o.status === 'pending' || o.status === 'in-progress';
}
