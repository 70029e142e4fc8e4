/**
 * Layer 2: the pure-TypeScript Lighter signer (every tx type, auth tokens, L1 messages) and its primitives.
 *
 * @packageDocumentation
 * @module @lighter-ts/signing
 */
// Public API of @lighter-ts/signing: every export is named here (no `export *`).

// Cryptographic primitives (src/primitives.ts).
export {
  GOLDILOCKS_P,
  fieldElementFromInt,
  type Gfp5,
  gfp5,
  gfp5Add,
  gfp5Equals,
  gfp5FromLeBytes,
  gfp5Inv,
  gfp5Mul,
  gfp5Sub,
  gfp5ToLeBytes,
  ECGFP5_ORDER,
  scalarFromGfp5,
  scalarFromLeBytes,
  scalarToLeBytes,
  decodePoint,
  encodePoint,
  precomputeGeneratorTable,
  poseidon2Permute,
  type HashOut,
  hashNToMNoPad,
  hashNoPad,
  hashToQuinticExtension,
  hashTwoToOne,
  type SchnorrSignParams,
  schnorrSign,
  type SchnorrVerifyParams,
  schnorrVerify,
  PrimitiveInputError,
  isPrimitiveInputError,
  parsePrivateKey,
  privateKeyToHex,
  publicKeyFromPrivateKey,
  generatePrivateKey,
  privateKeyFromSeed,
  randomScalar,
  bytesToHex,
  hexToBytes,
} from './primitives.js';

// Errors.
export {
  SIGNING_ERROR_CODE,
  type SigningErrorCode,
  SigningError,
  SigningInputError,
  AuthTokenError,
  isSigningError,
  isSigningInputError,
  isAuthTokenError,
} from './errors.js';

// Signing-specific constants (shared enums such as TX_TYPE, ORDER_TYPE, CHAIN_ID live in
// @lighter-ts/models).
export {
  SIGNABLE_TX_TYPES,
  type SignableTxType,
  SELF_TRADE_EQUALITY,
  TX_LIMITS,
  DEFAULT_EXPIRED_AT_OFFSET_MS,
  DEFAULT_ORDER_EXPIRY_OFFSET_MS,
} from './tx/constants.js';

// Signer.
export {
  createSigner,
  type CreateSignerOptions,
  type Signer,
  type SignedTx,
  type SendTxForm,
  type L1SigningParams,
} from './signer.js';
export type { IntegerInput, FlagInput } from './validate.js';
export type { TxCommonParams, OrderParams } from './tx/common.js';
export type { AttributeEntry, L2TxAttributes, L2TxAttributesInput } from './tx/attributes.js';
export type { CommonTxInfo, OrderInfo } from './tx/spec.js';
export type { CreateOrderParams, CreateOrderTxInfo } from './tx/create-order.js';
export type { CancelOrderParams, CancelOrderTxInfo } from './tx/cancel-order.js';
export type { CancelAllOrdersParams, CancelAllOrdersTxInfo } from './tx/cancel-all-orders.js';
export type { ModifyOrderParams, ModifyOrderTxInfo } from './tx/modify-order.js';
export type { CreateGroupedOrdersParams, CreateGroupedOrdersTxInfo } from './tx/create-grouped-orders.js';
export type { UpdateLeverageParams, UpdateLeverageTxInfo } from './tx/update-leverage.js';
export type { UpdateMarginParams, UpdateMarginTxInfo } from './tx/update-margin.js';
export type { WithdrawParams, WithdrawTxInfo } from './tx/withdraw.js';
export type { TransferParams, TransferTxInfo } from './tx/transfer.js';
export type { ChangePubKeyParams, ChangePubKeyTxInfo } from './tx/change-pub-key.js';
export type { CreateSubAccountParams, CreateSubAccountTxInfo } from './tx/create-sub-account.js';
export type { CreatePublicPoolParams, CreatePublicPoolTxInfo } from './tx/create-public-pool.js';
export type { UpdatePublicPoolParams, UpdatePublicPoolTxInfo } from './tx/update-public-pool.js';
export type { MintSharesParams, MintSharesTxInfo } from './tx/mint-shares.js';
export type { BurnSharesParams, BurnSharesTxInfo } from './tx/burn-shares.js';
export type { StakeAssetsParams, StakeAssetsTxInfo } from './tx/stake-assets.js';
export type { UnstakeAssetsParams, UnstakeAssetsTxInfo } from './tx/unstake-assets.js';
export type { UpdateAccountConfigParams, UpdateAccountConfigTxInfo } from './tx/update-account-config.js';
export type {
  UpdateAccountAssetConfigParams,
  UpdateAccountAssetConfigTxInfo,
} from './tx/update-account-asset-config.js';
export type { ApproveIntegratorParams, ApproveIntegratorTxInfo } from './tx/approve-integrator.js';

// Verifier side (simulator).
export {
  decodeTxInfo,
  encodeTxInfo,
  hashDecodedTx,
  verifyTxSignature,
  type DecodedTx,
  type TxKind,
  type TxHashResult,
} from './tx/registry.js';
export { attachL1Signature } from './tx-info-l1.js';

// Auth tokens.
export {
  authTokenMessage,
  authTokenMessageHash,
  verifyAuthToken,
  type VerifiedAuthToken,
  DEFAULT_AUTH_TOKEN_TTL_SECONDS,
} from './auth-token.js';

// L1 (Ethereum) messages and signatures.
export { changePubKeyL1Message, transferL1Message, approveIntegratorL1Message } from './l1/messages.js';
export {
  signL1Message,
  recoverL1Address,
  l1AddressFromPrivateKey,
  personalMessageDigest,
} from './l1/personal-sign.js';
export {
  l1SignerFromPrivateKey,
  signL1MessageWith,
  toL1Signer,
  withL1Signature,
  type L1Signer,
  type L1SignerInput,
} from './l1/l1-signer.js';

// Vector checking (also the `lighter-verify-vectors` CLI).
