/**
 * The initial shape of the venue's records: a fresh order as entry creates it (status in-progress, nothing filled,
 * no group links) and a fresh account with its collateral deposit in the funds history. `Exchange` owns the
 * counters (order index, sequence, funds id) and passes the values it allotted.
 */
import { USDC } from '@lighter-ts/models/constants';
import type { NewOrderParams } from './order-rules.js';
import type { SimAccount, SimOrder } from './types.js';

/**
 * A new order record for `p`, with the ids and times the exchange allotted.
 * @example const o = newOrderRecord(p, { orderIndex: 2 ** 48, seq: 1, height: 1, now: Date.now() });
 * @throws never
 */
export function newOrderRecord(
  p: NewOrderParams,
  at: {
    /** Venue order index (2^48 and up). */
    orderIndex: number;
    /** Creation sequence number (time priority). */
    seq: number;
    /** Block height at creation. */
    height: number;
    /** Venue time, ms. */
    now: number;
  },
): SimOrder {
  return {
    orderIndex: at.orderIndex,
    clientOrderIndex: p.clientOrderIndex,
    marketIndex: p.marketIndex,
    owner: p.accountIndex,
    apiKeyIndex: p.apiKeyIndex,
    isAsk: p.isAsk,
    type: p.type,
    timeInForce: p.timeInForce,
    reduceOnly: p.reduceOnly,
    price: p.price,
    triggerPrice: p.triggerPrice,
    initialBase: p.baseAmount,
    remainingBase: p.baseAmount,
    filledBase: 0n,
    filledQuote: 0n,
    orderExpiry: p.orderExpiry,
    status: 'in-progress',
    triggerStatus: 'na',
    triggerTime: 0,
    nonce: p.nonce,
    createdAt: at.now,
    updatedAt: at.now,
    blockHeight: at.height,
    transactionTime: at.now * 1000,
    parentOrderIndex: 0,
    toTriggerOrderIndex0: 0,
    toTriggerOrderIndex1: 0,
    toCancelOrderIndex0: 0,
    selfTradeMode: p.selfTradeMode ?? 0,
    seq: at.seq,
  };
}

/**
 * A new account record holding `collateral` (micro-USDC), its deposit recorded when non-zero.
 * @example const a = newAccountRecord({ index: 1000, l1Address, collateral: 10n ** 9n, isMarketMaker: false, createdAt: Date.now(), depositId: () => 1 });
 * @throws never
 */
export function newAccountRecord(p: {
  /** Account index the exchange allotted. */
  index: number;
  /** Owner's Ethereum address. */
  l1Address: string;
  /** Collateral, micro-USDC. */
  collateral: bigint;
  /** A market maker of the simulator. */
  isMarketMaker: boolean;
  /** Venue time, ms. */
  createdAt: number;
  /** Allots the id of the initial deposit. */
  depositId: () => number;
}): SimAccount {
  const index = p.index;
  const acct: SimAccount = {
    index,
    l1Address: p.l1Address,
    accountType: 0,
    collateral: p.collateral,
    apiKeys: new Map(),
    positions: new Map(),
    spotBalances: new Map(),
    cancelAllTime: 0,
    cancelAllMarketIndex: -1,
    createdAt: p.createdAt,
    isMarketMaker: p.isMarketMaker,
    txs: [],
    fundings: [],
    totalOrderCount: 0,
    funds: [],
  };
  if (p.collateral > 0n) {
    acct.funds.push({
      id: p.depositId(),
      kind: 'deposit',
      assetId: USDC.assetIndex,
      amount: p.collateral,
      fee: 0n,
      timestamp: acct.createdAt,
      counterparty: index,
      txHash: '',
    });
  }
  return acct;
}
