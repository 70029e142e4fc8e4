/**
 * Engine records. Amounts are integers: base in lots (10^-size_decimals), prices in ticks
 * (10^-price_decimals), money in micro-USDC (10^-6, docs/protocol/transactions.md#other-order-transactions).
 */
import type { OrderStatus } from '@lighter-ts/models/constants';
import type { TriggerStatus } from '../protocol.js';

/** A resting, pending or finished order. */
export interface SimOrder {
  orderIndex: number;
  clientOrderIndex: number;
  marketIndex: number;
  owner: number;
  apiKeyIndex: number;
  isAsk: boolean;
  type: number;
  timeInForce: number;
  reduceOnly: boolean;
  price: bigint;
  triggerPrice: bigint;
  initialBase: bigint;
  remainingBase: bigint;
  filledBase: bigint;
  filledQuote: bigint;
  orderExpiry: number;
  status: OrderStatus;
  triggerStatus: TriggerStatus;
  triggerTime: number;
  nonce: number;
  createdAt: number;
  updatedAt: number;
  blockHeight: number;
  /** µs (docs/protocol/rest.md#conventions). */
  transactionTime: number;
  parentOrderIndex: number;
  toTriggerOrderIndex0: number;
  toTriggerOrderIndex1: number;
  toCancelOrderIndex0: number;
  /** Self-trade behaviour, tx attribute 6 (docs/protocol/transactions.md#attributes). */
  selfTradeMode: number;
  /** Monotonic arrival sequence for time priority. */
  seq: number;
}

/** A perp position of one account in one market. */
export interface SimPosition {
  marketIndex: number;
  /** Signed size in lots: > 0 long, < 0 short. */
  size: bigint;
  /** Absolute entry notional (micro-USDC) of the open size. */
  entryQuote: bigint;
  realizedPnl: bigint;
  fundingPaid: bigint;
  /** Initial margin fraction in 1/10000 (UpdateLeverage). */
  initialMarginFraction: number;
  /** 0 cross, 1 isolated (docs/protocol/rest.md#response-models). */
  marginMode: number;
  allocatedMargin: bigint;
}

/** One fill. */
export interface SimTrade {
  tradeId: number;
  txHash: string;
  type: 'trade' | 'liquidation' | 'deleverage' | 'market-settlement';
  marketIndex: number;
  size: bigint;
  price: bigint;
  usdAmount: bigint;
  askId: number;
  bidId: number;
  askClientId: number;
  bidClientId: number;
  askAccountId: number;
  bidAccountId: number;
  isMakerAsk: boolean;
  blockHeight: number;
  timestamp: number;
  transactionTime: number;
  /** Fee rates in ppm (docs/protocol/rest.md#response-models). */
  takerFee: number;
  makerFee: number;
  takerPositionSizeBefore: bigint;
  takerEntryQuoteBefore: bigint;
  takerInitialMarginFractionBefore: number;
  takerPositionSignChanged: boolean;
  makerPositionSizeBefore: bigint;
  makerEntryQuoteBefore: bigint;
  makerInitialMarginFractionBefore: number;
  makerPositionSignChanged: boolean;
}

/** A funding payment of one position (PositionFunding, docs/protocol/rest.md#response-models). */
export interface SimPositionFunding {
  timestamp: number;
  marketIndex: number;
  fundingId: number;
  /** Signed micro-USDC change to the account (negative = paid). */
  change: bigint;
  /** Rate as decimal string. */
  rate: string;
  positionSize: bigint;
  side: 'long' | 'short';
}

/** One funding round of a market (Funding, docs/protocol/rest.md#response-models). */
export interface SimFundingRound {
  /** Seconds (docs/protocol/rest.md#conventions). */
  timestamp: number;
  marketIndex: number;
  rate: string;
  /** Value paid per unit of base, decimal string. */
  value: string;
  direction: 'long' | 'short';
}

/** A processed transaction (Tx, docs/protocol/rest.md#response-models). */
export interface SimTx {
  hash: string;
  type: number;
  info: string;
  eventInfo: string;
  /** 0 Failed, 1 Pending, 2 Executed (docs/protocol/rest.md#response-models). */
  status: number;
  transactionIndex: number;
  l1Address: string;
  accountIndex: number;
  nonce: number;
  expireAt: number;
  blockHeight: number;
  queuedAt: number;
  executedAt: number;
  sequenceIndex: number;
  apiKeyIndex: number;
  transactionTime: number;
}

/** A registered API key slot. */
export interface SimApiKey {
  apiKeyIndex: number;
  /** Hex of the 40-byte public key. */
  publicKey: string;
  /** Next nonce to use (the sequencer's: committed txs only). */
  nonce: number;
  /**
   * The API server's next strict nonce when it ran ahead of the sequencer: set by a sequencer
   * drop, cleared by the next committed tx (docs/protocol/transactions.md#nonces).
   */
  apiNonce?: number;
  transactionTime: number;
}

/** A funds movement shown by the deposit/withdraw/transfer history routes (docs/protocol/rest.md#transactions). */
export interface SimFundsMove {
  id: number;
  kind: 'deposit' | 'withdraw' | 'transfer-in' | 'transfer-out';
  assetId: number;
  /** micro-USDC */
  amount: bigint;
  fee: bigint;
  timestamp: number;
  counterparty: number;
  txHash: string;
}

/** A simulated account. */
export interface SimAccount {
  index: number;
  l1Address: string;
  /** 0 master, 1 sub (docs/protocol/rest.md#response-models). */
  accountType: number;
  /** Cross collateral, micro-USDC. */
  collateral: bigint;
  apiKeys: Map<number, SimApiKey>;
  /** Api key indexes restricted to maker-only traffic (docs/protocol/transactions.md#maker-only-api-keys). */
  makerOnlyApiKeys?: Set<number>;
  positions: Map<number, SimPosition>;
  /** Spot balances by asset id, in the asset's own scale (base lots for spot bases). */
  spotBalances: Map<number, bigint>;
  cancelAllTime: number;
  cancelAllMarketIndex: number;
  createdAt: number;
  /** Market maker accounts are hidden from nothing, but flagged for stats. */
  isMarketMaker: boolean;
  txs: SimTx[];
  fundings: SimPositionFunding[];
  totalOrderCount: number;
  funds: SimFundsMove[];
  /** ApproveIntegrator records by integrator account (absent until the first approval). */
  integratorApprovals?: Map<number, SimIntegratorApproval>;
}

/** An integrator this account approved (docs/protocol/transactions.md#integrators); fees in ppm, expiry Unix ms. */
export interface SimIntegratorApproval {
  integratorAccountIndex: number;
  maxPerpsTakerFee: number;
  maxPerpsMakerFee: number;
  maxSpotTakerFee: number;
  maxSpotMakerFee: number;
  approvalExpiry: number;
}

/** One liquidation (REST `liquidations`). */
export interface SimLiquidation {
  id: number;
  accountIndex: number;
  marketIndex: number;
  price: bigint;
  size: bigint;
  executedAt: number;
}
