/**
 * Structural contracts of the lower layers as the execution client uses them. The real
 * `@lighter-ts/signing` Signer satisfies {@link ExecSigner}; tests and alternative signers
 * (e.g. a WASM signer) can be injected.
 */
import type { CreateOrderParams } from '../translate/order-translation.js';

/** What the client needs from a signed tx (a subset of signing's `SignedTx`). */
export interface ExecSignedTx {
  /** Venue tx type code (14 CreateOrder, 15 CancelOrder, …; docs/protocol/transactions.md#orders). */
  readonly txType: number;
  /** The signed tx body as the JSON text sendTx posts. */
  readonly txInfo: string;
  /** Hex hash of the signed tx (the venue reports the same one). */
  readonly txHash: string;
  /** Nonce the tx was signed with. */
  readonly nonce: bigint | number;
  /** Network the tx was signed for (signing's `SignedTx.networkId`); checked again by the http client. */
  readonly networkId?: string | undefined;
  /** Chain id signed into the tx (docs/protocol/networks.md#hosts-and-chain-ids). */
  readonly chainId?: number | undefined;
}

type Int = number | bigint;
/** L2 tx attributes this client may attach (signing's `L2TxAttributesInput` subset). */
export interface ExecTxAttributes {
  /** Integrator account earning fees on the order (attribute; 0 = none). */
  integratorAccountIndex?: Int;
  /** Integrator taker fee in ppm (0 … 1 000 000). */
  integratorTakerFee?: Int;
  /** Integrator maker fee in ppm (0 … 1 000 000). */
  integratorMakerFee?: Int;
  /** Ask the venue to skip the strictly-increasing nonce check for this tx. */
  skipNonce?: boolean;
  /** CancelAllOrders only: one market (255 = all). */
  cancelAllMarketIndex?: Int;
  /** Self-trade prevention mode code (models `SELF_TRADE_BEHAVIOR`). */
  selfTradeBehaviorMode?: Int;
  /** Self-trade equality code: same account or same master account (signing `SELF_TRADE_EQUALITY`). */
  selfTradeEqualityMode?: Int;
}

interface Common {
  /** Nonce to sign (from the sequencer). */
  nonce: Int;
  /** `ExpiredAt` of the tx, Unix ms (the pipeline sets it). */
  expiredAt?: Int;
  /** L2 tx attributes to attach, when any. */
  attributes?: ExecTxAttributes;
}

/** The slice of `@lighter-ts/signing`'s Signer used here (named parameter objects, docs/protocol/signing.md#transaction-hashes). */
export interface ExecSigner {
  /** Network the signer is bound to; the client refuses a signer of another network at construction. */
  readonly networkId?: string | undefined;
  /** Chain id the signer signs with; the client refuses one that differs from the config's network. */
  readonly chainId?: number | undefined;
  /**
   * Public key of the signing key (hex, as `apikeys` lists it). When present, `connect()` checks that the
   * account's slot holds it; a signer without it (e.g. a remote signer) skips that check.
   */
  readonly publicKeyHex?: string | undefined;
  /** Signs a CreateOrder tx. @throws on out-of-range fields (the pipeline denies the order) */
  signCreateOrder(p: CreateOrderParams & Common): ExecSignedTx;
  /** Signs a CancelOrder tx (`orderIndex` = venue or client order index). */
  signCancelOrder(p: { marketIndex: Int; orderIndex: Int } & Common): ExecSignedTx;
  /** Signs a ModifyOrder tx. */
  signModifyOrder(
    p: { marketIndex: Int; orderIndex: Int; baseAmount: Int; price: Int; triggerPrice?: Int } & Common,
  ): ExecSignedTx;
  /** Signs a CreateGroupedOrders tx (OTO / OCO / OTOCO). */
  signCreateGroupedOrders(p: { groupingType: Int; orders: readonly CreateOrderParams[] } & Common): ExecSignedTx;
  /** Mints an auth token for the private streams and REST routes. */
  createAuthToken(p?: { deadline?: number | bigint }): string;
  /** Optional: needed only for `LighterExecutionClient.scheduleCancelAll` (dead-man's switch). */
  signCancelAllOrders?(p: { timeInForce: Int; time?: Int } & Common): ExecSignedTx;
  /** Optional: needed only for `LighterExecutionClient.updateLeverage`. */
  signUpdateLeverage?(p: { marketIndex: Int; initialMarginFraction: Int; marginMode: Int } & Common): ExecSignedTx;
}

/** Tx validity: now + 5 min (parity S7, NT). */
export const TX_EXPIRY_MS = 5 * 60_000;
