/**
 * Transaction intake: the checks the API server runs before the engine (account, api key,
 * a well-formed ExpiredAt, nonce per (account, api key), field ranges, signature with the chain id), then
 * dispatch to the engine. API-level errors do not consume the nonce (docs/protocol/rest.md#transactions).
 */
import { TX_LIMITS } from '@lighter-ts/signing';
import type { Exchange } from '../engine/exchange.js';
import type { VolumeQuotaLedger } from '../engine/volume-quota.js';
import type { SimAccount, SimTx } from '../engine/types.js';
import { VenueError } from '../errors.js';
import { LIMITS, TX_ATTRIBUTE, TX_TYPE } from '../protocol.js';
import { attributes, header, intField, optIntField, parseTxInfo, safeNumber, type TxHeader } from './decode.js';
import { dispatchTx } from './dispatch.js';
import { behindGap, checkMakerOnly, checkNonce, isSequencerMarginDrop, recordDrop } from './sequencer-rules.js';
import type { SigningBackend, VerifiedTx } from './signing-backend.js';

/** What intake needs from its surroundings. */
export interface IntakeContext {
  exchange: Exchange;
  chainId: number;
  signing: SigningBackend;
  /** Fault hook: a venue error to answer instead of processing (consumed when returned). */
  takeTxFault?: () => { code: number; message?: string } | undefined;
  /** Fault hook: true when the sequencer drops this tx after the API accepted it (consumed when returned). */
  takeTxDrop?: () => boolean;
  /** Tier and volume quota per L1 address, charged by the sendTx / sendTxBatch handlers (docs/protocol/errors-and-limits.md#volume-quota). */
  quota?: VolumeQuotaLedger;
  /** Largest batch accepted per path (docs/protocol/websocket.md#sending-transactions: 50, 15 in strict mode); default 50. */
  maxBatch?: { rest: number; ws: number };
  /**
   * Where a resting order without margin is refused: `'sequencer'` (default, as the venue does: 200
   * from the API, then dropped without consuming the nonce) or `'api'` (21739 at once).
   */
  noMarginRefusal?: 'sequencer' | 'api';
}

/** Accepted tx. */
export interface TxReceipt {
  txHash: string;
  accountIndex: number;
  apiKeyIndex: number;
  nonce: number;
}

const SUPPORTED = new Set<number>(Object.values(TX_TYPE));

/** Largest valid `ExpiredAt`: the signer's bound (lighter-go `MaxTimestamp`, 2^48 - 1 ms). */
const MAX_EXPIRED_AT = Number(TX_LIMITS.MAX_TIMESTAMP);

const APPROVAL_FEES = ['MaxPerpsTakerFee', 'MaxPerpsMakerFee', 'MaxSpotTakerFee', 'MaxSpotMakerFee'] as const;

function isZeroFeeApproval(obj: Record<string, unknown>): boolean {
  return APPROVAL_FEES.every((k) => optIntField(obj, k, 0n) === 0n);
}

/** Resolves the signing key: registered key, or (undefined) the new key of a ChangePubKey (docs/protocol/transactions.md#api-keys). */
function signingKey(acct: SimAccount, h: TxHeader, txType: number): string | undefined {
  if (txType === TX_TYPE.CHANGE_PUB_KEY) return undefined;
  const key = acct.apiKeys.get(h.apiKeyIndex);
  if (!key) throw new VenueError({ code: 21109 });
  return key.publicKey;
}

/**
 * Validates and executes one signed tx.
 * @throws VenueError with the venue code (21104 nonce, 21120 signature, ...).
 */
export function processTx(ctx: IntakeContext, p: { txType: number; txInfo: unknown }): TxReceipt {
  const fault = ctx.takeTxFault?.();
  if (fault) throw new VenueError({ code: fault.code, message: fault.message });
  const ex = ctx.exchange;
  if (!Number.isInteger(p.txType) || !SUPPORTED.has(p.txType)) throw new VenueError({ code: 21505 });
  const { text, obj } = parseTxInfo(p.txInfo);
  const h = header(obj);
  if (h.accountIndex < 0) throw new VenueError({ code: 21102 });
  const acct = ex.accounts.get(h.accountIndex);
  if (!acct) throw new VenueError({ code: 21100 });
  if (h.apiKeyIndex < 0 || h.apiKeyIndex > LIMITS.MAX_API_KEY_INDEX) throw new VenueError({ code: 21110 });
  const now = ex.now();
  // docs/protocol/transactions.md#expired-transactions: the API refuses a malformed ExpiredAt (lighter-go Validate:
  // below 0 or above 2^48-1); one that has merely passed is taken (200) and dropped by the sequencer below
  if (h.expiredAt < 0 || h.expiredAt > MAX_EXPIRED_AT)
    throw new VenueError({ code: 21711, message: 'invalid expiry: ExpiredAt is invalid' });
  const attrs = attributes(obj);
  const publicKey = signingKey(acct, h, p.txType);
  const keySlot = acct.apiKeys.get(h.apiKeyIndex);
  const skipNonce = attrs.get(TX_ATTRIBUTE.SKIP_TX_NONCE) === 1n;
  const nonceRule = { slot: keySlot, nonce: h.nonce, skipNonce };
  checkNonce(nonceRule);
  checkMakerOnly({
    acct,
    apiKeyIndex: h.apiKeyIndex,
    txType: p.txType,
    obj,
    orderTimeInForce: (i) => ex.orders.get(i)?.timeInForce,
  });
  let verified: VerifiedTx;
  try {
    verified = ctx.signing.verifyTx({ txType: p.txType, txInfo: text, chainId: ctx.chainId, publicKey });
  } catch (cause) {
    throw new VenueError({ code: 21501, message: `invalid tx info: ${(cause as Error).message ?? ''}`, cause });
  }
  if (!verified.valid) throw new VenueError({ code: 21120 });
  if (verified.l1Signer !== undefined) {
    const sameOwner =
      p.txType === TX_TYPE.TRANSFER &&
      ex.accounts.get(safeNumber(intField(obj, 'ToAccountIndex'), 'ToAccountIndex'))?.l1Address.toLowerCase() ===
        acct.l1Address.toLowerCase();
    // docs/protocol/signing.md#l1-signers: NautilusTrader approves and revokes at zero fees with an empty
    // L1Sig; the simulator takes that, and wants the owner's signature for any approval with a fee
    const zeroFeeApproval =
      p.txType === TX_TYPE.APPROVE_INTEGRATOR && verified.l1Signer === null && isZeroFeeApproval(obj);
    // ChangePubKey always, Transfer unless between accounts of one L1 owner (docs/protocol/transactions.md#other-order-transactions, docs/protocol/signing.md#l1-messages)
    if (!sameOwner && !zeroFeeApproval && verified.l1Signer !== acct.l1Address.toLowerCase())
      throw new VenueError({ code: 21504 });
  }
  const txHash = verified.txHash;
  const receipt: TxReceipt = { txHash, accountIndex: h.accountIndex, apiKeyIndex: h.apiKeyIndex, nonce: h.nonce };
  // docs/protocol/transactions.md#nonces: a tx can pass the API (200) and be dropped by the sequencer
  // without consuming its nonce (its ExpiredAt passed before the sequencer reached it, or a resting order
  // without margin); the later nonces the API server then lets through are dropped for the gap until the
  // client re-signs. The simulator's sequencer reaches a tx as soon as the API took it, so "expired by then"
  // is "expired on arrival" here.
  if (ctx.takeTxDrop?.() || behindGap(nonceRule) || h.expiredAt <= now) {
    recordDrop(nonceRule);
    return receipt;
  }
  const selfTrade = Number(attrs.get(TX_ATTRIBUTE.SELF_TRADE_BEHAVIOR_MODE) ?? 0n);
  let eventInfo: Record<string, unknown>;
  try {
    eventInfo = dispatchTx(ex, { txType: p.txType, obj, h, txHash, selfTrade, attrs });
  } catch (error) {
    if (ctx.noMarginRefusal === 'api' || !isSequencerMarginDrop({ error, txType: p.txType })) throw error;
    recordDrop(nonceRule);
    return receipt;
  }
  // accepted: the nonce is consumed (sequencer-level outcomes such as canceled-post-only included)
  if (p.txType === TX_TYPE.CHANGE_PUB_KEY) {
    acct.apiKeys.set(h.apiKeyIndex, {
      apiKeyIndex: h.apiKeyIndex,
      publicKey: verified.pubKey ?? '',
      nonce: h.nonce + 1,
      transactionTime: now * 1000,
    });
  } else if (keySlot) {
    // after a SkipNonce tx the strict sequence continues from it; a committed tx closes any gap
    keySlot.nonce = h.nonce + 1;
    delete keySlot.apiNonce;
  }
  recordTx(ex, acct, { txType: p.txType, text, h, txHash, eventInfo });
  return receipt;
}

function recordTx(
  ex: Exchange,
  acct: SimAccount,
  p: { txType: number; text: string; h: TxHeader; txHash: string; eventInfo: Record<string, unknown> },
): void {
  const now = ex.now();
  const height = ex.bumpHeight();
  const tx: SimTx = {
    hash: p.txHash,
    type: p.txType,
    info: p.text,
    eventInfo: JSON.stringify(p.eventInfo),
    status: 2,
    transactionIndex: 0,
    l1Address: acct.l1Address,
    accountIndex: acct.index,
    nonce: p.h.nonce,
    expireAt: p.h.expiredAt,
    blockHeight: height,
    queuedAt: now,
    executedAt: now,
    sequenceIndex: ex.nextTxSequence(),
    apiKeyIndex: p.h.apiKeyIndex,
    transactionTime: now * 1000,
  };
  acct.txs.push(tx);
  if (acct.txs.length > 1000) acct.txs.splice(0, acct.txs.length - 1000);
  ex.bus.emit({ kind: 'tx', tx });
}

/**
 * Validates and executes a batch: same account and key (21121), consecutive nonces (21105), at most
 * `ctx.maxBatch[path]` txs (default {@link LIMITS.MAX_BATCH}; 21514), equal lengths (21513)
 * (docs/protocol/websocket.md#sending-transactions).
 */
export function processTxBatch(
  ctx: IntakeContext,
  p: { txTypes: unknown; txInfos: unknown; path: 'rest' | 'ws' },
): TxReceipt[] {
  if (!Array.isArray(p.txTypes) || !Array.isArray(p.txInfos)) throw new VenueError({ code: 21501 });
  if (p.txTypes.length !== p.txInfos.length) throw new VenueError({ code: 21513 });
  if (p.txTypes.length === 0) throw new VenueError({ code: 21501 });
  const max = ctx.maxBatch?.[p.path] ?? LIMITS.MAX_BATCH;
  if (p.txTypes.length > max)
    throw new VenueError({ code: 21514, message: `maximum ${max} transactions allowed per batch` });
  const headers = p.txInfos.map((i) => header(parseTxInfo(i).obj));
  const first = headers[0]!;
  for (let i = 1; i < headers.length; i++) {
    const h = headers[i]!;
    if (h.accountIndex !== first.accountIndex || h.apiKeyIndex !== first.apiKeyIndex)
      throw new VenueError({ code: 21121 });
    if (h.nonce !== headers[i - 1]!.nonce + 1) throw new VenueError({ code: 21105 });
  }
  const infos = p.txInfos;
  return p.txTypes.map((t, i) => processTx(ctx, { txType: Number(t), txInfo: infos[i] }));
}
