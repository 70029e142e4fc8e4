// Lookup of tx specs by type code, and the verifier-side API used by the simulator:
// decode a tx_info, recompute its hash, check its Schnorr signature (CONTRACTS.md).
import { SigningInputError } from '../errors.js';
import { type Gfp5, schnorrVerify } from '../primitives.js';
import { parseJsonExact } from '../tx-info-json.js';
import { hexToBytes, intInRange } from '../validate.js';
import { type ApproveIntegratorTxInfo, approveIntegratorSpec } from './approve-integrator.js';
import { attributeElements, type L2TxAttributes } from './attributes.js';
import { type BurnSharesTxInfo, burnSharesSpec } from './burn-shares.js';
import { type CancelAllOrdersTxInfo, cancelAllOrdersSpec } from './cancel-all-orders.js';
import { type CancelOrderTxInfo, cancelOrderSpec } from './cancel-order.js';
import { type ChangePubKeyTxInfo, changePubKeySpec } from './change-pub-key.js';
import { type CreateGroupedOrdersTxInfo, createGroupedOrdersSpec } from './create-grouped-orders.js';
import { type CreateOrderTxInfo, createOrderSpec } from './create-order.js';
import { type CreatePublicPoolTxInfo, createPublicPoolSpec } from './create-public-pool.js';
import { type CreateSubAccountTxInfo, createSubAccountSpec } from './create-sub-account.js';
import { gfp5Hex, messageHashOf } from './hash.js';
import { type MintSharesTxInfo, mintSharesSpec } from './mint-shares.js';
import { type ModifyOrderTxInfo, modifyOrderSpec } from './modify-order.js';
import { decodeInfo, encodeInfo } from './spec-json.js';
import { type TxInfoRecord, type TxSpec, txElements, validateInfo } from './spec.js';
import { type StakeAssetsTxInfo, stakeAssetsSpec } from './stake-assets.js';
import { type TransferTxInfo, transferSpec } from './transfer.js';
import { type UnstakeAssetsTxInfo, unstakeAssetsSpec } from './unstake-assets.js';
import { type UpdateAccountAssetConfigTxInfo, updateAccountAssetConfigSpec } from './update-account-asset-config.js';
import { type UpdateAccountConfigTxInfo, updateAccountConfigSpec } from './update-account-config.js';
import { type UpdateLeverageTxInfo, updateLeverageSpec } from './update-leverage.js';
import { type UpdateMarginTxInfo, updateMarginSpec } from './update-margin.js';
import { type UpdatePublicPoolTxInfo, updatePublicPoolSpec } from './update-public-pool.js';
import { type WithdrawTxInfo, withdrawSpec } from './withdraw.js';

/** Every signable tx type, keyed by its code. */
export const TX_SPECS: ReadonlyMap<number, TxSpec> = new Map(
  [
    changePubKeySpec,
    createSubAccountSpec,
    createPublicPoolSpec,
    updatePublicPoolSpec,
    transferSpec,
    withdrawSpec,
    createOrderSpec,
    cancelOrderSpec,
    cancelAllOrdersSpec,
    modifyOrderSpec,
    mintSharesSpec,
    burnSharesSpec,
    updateLeverageSpec,
    createGroupedOrdersSpec,
    updateMarginSpec,
    stakeAssetsSpec,
    unstakeAssetsSpec,
    updateAccountConfigSpec,
    updateAccountAssetConfigSpec,
    approveIntegratorSpec,
  ].map((s) => [s.txType, s]),
);

interface D<K extends string, T extends number, I> {
  readonly kind: K;
  readonly txType: T;
  readonly info: I;
}

/** A validated, decoded tx_info: a union discriminated by `kind` (or `txType`). */
export type DecodedTx =
  | D<'ChangePubKey', 8, ChangePubKeyTxInfo>
  | D<'CreateSubAccount', 9, CreateSubAccountTxInfo>
  | D<'CreatePublicPool', 10, CreatePublicPoolTxInfo>
  | D<'UpdatePublicPool', 11, UpdatePublicPoolTxInfo>
  | D<'Transfer', 12, TransferTxInfo>
  | D<'Withdraw', 13, WithdrawTxInfo>
  | D<'CreateOrder', 14, CreateOrderTxInfo>
  | D<'CancelOrder', 15, CancelOrderTxInfo>
  | D<'CancelAllOrders', 16, CancelAllOrdersTxInfo>
  | D<'ModifyOrder', 17, ModifyOrderTxInfo>
  | D<'MintShares', 18, MintSharesTxInfo>
  | D<'BurnShares', 19, BurnSharesTxInfo>
  | D<'UpdateLeverage', 20, UpdateLeverageTxInfo>
  | D<'CreateGroupedOrders', 28, CreateGroupedOrdersTxInfo>
  | D<'UpdateMargin', 29, UpdateMarginTxInfo>
  | D<'StakeAssets', 35, StakeAssetsTxInfo>
  | D<'UnstakeAssets', 36, UnstakeAssetsTxInfo>
  | D<'UpdateAccountConfig', 41, UpdateAccountConfigTxInfo>
  | D<'UpdateAccountAssetConfig', 42, UpdateAccountAssetConfigTxInfo>
  | D<'ApproveIntegrator', 45, ApproveIntegratorTxInfo>;

/** Name of a signable tx kind. */
export type TxKind = DecodedTx['kind'];

/** Spec of a tx type code. @throws {SigningInputError} (field `tx_type`) for unknown codes */
export function specOf(txType: unknown): TxSpec {
  const t = Number(intInRange(txType, 'tx_type', 0n, 255n));
  const spec = TX_SPECS.get(t);
  if (spec === undefined) throw new SigningInputError('tx_type', `tx type ${t} is not an L2 type this signer knows`);
  return spec;
}

/** Wrap a validated record as a DecodedTx. */
export function toDecoded(spec: TxSpec, info: TxInfoRecord): DecodedTx {
  return { kind: spec.kind, txType: spec.txType, info } as unknown as DecodedTx;
}

/**
 * Parse and validate a tx_info JSON string with the same width and range checks the
 * signer applies (the official Validate() rules). Tolerates any JSON whitespace.
 *
 * @example const d = decodeTxInfo({ txType: 14, txInfo }); if (d.kind === 'CreateOrder') d.info.Price
 * @throws {SigningInputError} naming the offending field
 */
export function decodeTxInfo(params: { txType: number | bigint; txInfo: string }): DecodedTx {
  const spec = specOf(params.txType);
  if (typeof params.txInfo !== 'string') throw new SigningInputError('tx_info', 'must be a JSON string');
  const info = decodeInfo(spec, parseJsonExact(params.txInfo));
  validateInfo(spec, info);
  return toDecoded(spec, info);
}

/**
 * Re-serialise a decoded tx exactly as the Go signer writes it.
 * @example encodeTxInfo(decodeTxInfo({ txType, txInfo })) === txInfo // for Go-made input
 * @throws never
 */
export function encodeTxInfo(decoded: DecodedTx): string {
  return encodeInfo(specOf(decoded.txType), decoded.info as unknown as TxInfoRecord);
}

/** Result of {@link hashDecodedTx}. */
export interface TxHashResult {
  /** Hex (no 0x) of the 40-byte signed message hash; what Lighter reports as tx hash. */
  readonly txHash: string;
  /** The signed message hash (body hash aggregated with the attributes hash, docs/protocol/signing.md#tx-attributes). */
  readonly messageHash: Gfp5;
  /** Hash of the field elements alone. */
  readonly bodyHash: Gfp5;
  /** Hash of the attribute block, or null when no attribute is non-nil. */
  readonly attributesHash: Gfp5 | null;
  /** The hashed field elements (canonical, < p). */
  readonly elements: readonly bigint[];
}

/** Check a chain id: a positive integer that fits one field element. */
export function checkChainId(chainId: unknown, field = 'chainId'): bigint {
  return intInRange(chainId, field, 1n, 2n ** 32n - 1n);
}

/**
 * Recompute the tx hash of a decoded tx (docs/protocol/signing.md#transaction-hashes).
 * @example hashDecodedTx({ decoded, chainId: 300 }).txHash
 * @throws {SigningInputError} for a bad chain id
 */
export function hashDecodedTx(params: { decoded: DecodedTx; chainId: number | bigint }): TxHashResult {
  const spec = specOf(params.decoded.txType);
  const info = params.decoded.info as unknown as TxInfoRecord;
  const elements = txElements(spec, info, checkChainId(params.chainId));
  const h = messageHashOf(elements, attributeElements(info.L2TxAttributes as L2TxAttributes));
  return { txHash: gfp5Hex(h.messageHash), ...h, elements };
}

/**
 * Check the tx's Schnorr signature against an API public key (40 bytes, hex or bytes).
 * Returns false for a missing/malformed Sig or a key that is not a curve point.
 *
 * @example verifyTxSignature({ decoded, chainId: 300, publicKey: '0x…' }) // true
 * @throws {SigningInputError} when publicKey is not 40 bytes of hex
 */
export function verifyTxSignature(params: {
  decoded: DecodedTx;
  chainId: number | bigint;
  publicKey: string | Uint8Array;
}): boolean {
  const pk = params.publicKey instanceof Uint8Array ? params.publicKey : hexToBytes(params.publicKey, 'publicKey', 40);
  if (pk.length !== 40) throw new SigningInputError('publicKey', 'must be 40 bytes');
  const sig = params.decoded.info.Sig;
  if (sig === null) return false;
  const { messageHash } = hashDecodedTx(params);
  return schnorrVerify({ publicKey: pk, messageHash, signature: sig });
}
