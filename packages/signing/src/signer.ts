// The Signer: binds (network, account, API key, private key) and signs every tx type.
// The private scalar lives in a #private field: never enumerable, never serialised.
import type { Network } from '@lighter-ts/models/constants';
import { buildAuthToken, DEFAULT_AUTH_TOKEN_TTL_SECONDS } from './auth-token.js';
import { SigningError, SigningInputError, isSigningInputError } from './errors.js';
import { l1MessageOf } from './l1/tx-messages.js';
import { signL1Message } from './l1/personal-sign.js';
import { type Gfp5, parsePrivateKey, publicKeyFromPrivateKey, randomScalar, schnorrSign } from './primitives.js';
import { signerNetwork, wrapKeyError } from './signer-options.js';
import type { CreateSignerOptions, L1SigningParams, SignedTx, Signer } from './signer-types.js';
import type { ApproveIntegratorParams } from './tx/approve-integrator.js';
import { attributesFromInput } from './tx/attributes.js';
import type { CancelAllOrdersParams } from './tx/cancel-all-orders.js';
import type { CancelOrderParams } from './tx/cancel-order.js';
import type { ChangePubKeyParams } from './tx/change-pub-key.js';
import { DEFAULT_EXPIRED_AT_OFFSET_MS, DEFAULT_ORDER_EXPIRY_OFFSET_MS, TX_LIMITS, TX_TYPE } from './tx/constants.js';
import type { CreateGroupedOrdersParams } from './tx/create-grouped-orders.js';
import type { CreateOrderParams } from './tx/create-order.js';
import type { CreatePublicPoolParams } from './tx/create-public-pool.js';
import type { CreateSubAccountParams } from './tx/create-sub-account.js';
import type { BurnSharesParams } from './tx/burn-shares.js';
import type { MintSharesParams } from './tx/mint-shares.js';
import type { ModifyOrderParams } from './tx/modify-order.js';
import { type TxKind, checkChainId, hashDecodedTx, specOf, toDecoded } from './tx/registry.js';
import { type TxInfoRecord, infoFromParams, validateInfo } from './tx/spec.js';
import { encodeInfo } from './tx/spec-json.js';
import type { StakeAssetsParams } from './tx/stake-assets.js';
import type { TransferParams } from './tx/transfer.js';
import type { UnstakeAssetsParams } from './tx/unstake-assets.js';
import type { UpdateAccountAssetConfigParams } from './tx/update-account-asset-config.js';
import type { UpdateAccountConfigParams } from './tx/update-account-config.js';
import type { UpdateLeverageParams } from './tx/update-leverage.js';
import type { UpdateMarginParams } from './tx/update-margin.js';
import type { UpdatePublicPoolParams } from './tx/update-public-pool.js';
import type { WithdrawParams } from './tx/withdraw.js';
import { bytesToHex, intInRange, toInteger } from './validate.js';

// The public shapes moved to signer-types.ts; re-exported so `./signer.js` stays the one import for users of the signer.
export type { CreateSignerOptions, L1SigningParams, SendTxForm, SignedTx, Signer } from './signer-types.js';

/** Reject non-object parameters before any field is read. */
function asParams<T>(p: T): T {
  if (p === null || typeof p !== 'object') throw new SigningInputError('params', 'must be a parameter object');
  return p;
}

class LighterSigner implements Signer {
  readonly #sk: bigint;
  readonly #nonceK: () => bigint;
  readonly #now: () => number;
  readonly #pk: Uint8Array;
  readonly chainId: number;
  readonly network: Network | undefined;
  readonly networkId: string | undefined;
  readonly accountIndex: number;
  readonly apiKeyIndex: number;
  readonly publicKeyHex: string;

  constructor(o: CreateSignerOptions) {
    if (o === null || typeof o !== 'object') throw new SigningInputError('options', 'must be an options object');
    this.network = signerNetwork(o);
    this.networkId = this.network?.networkId;
    this.chainId = this.network ? this.network.chainId : Number(checkChainId(o.chainId));
    this.accountIndex = Number(
      intInRange(o.accountIndex, 'accountIndex', TX_LIMITS.MIN_ACCOUNT_INDEX, TX_LIMITS.MAX_ACCOUNT_INDEX),
    );
    this.apiKeyIndex = Number(intInRange(o.apiKeyIndex, 'apiKeyIndex', 0n, TX_LIMITS.MAX_API_KEY_INDEX));
    let sk: bigint;
    try {
      if (typeof o.privateKey === 'string') sk = parsePrivateKey(o.privateKey);
      else if (typeof o.privateKey === 'bigint') {
        sk = o.privateKey;
        publicKeyFromPrivateKey(sk); // range check
      } else throw new SigningInputError('privateKey', 'must be a hex string or bigint');
    } catch (e) {
      wrapKeyError(e, o.privateKey);
    }
    this.#sk = sk;
    this.#pk = publicKeyFromPrivateKey(sk);
    this.publicKeyHex = bytesToHex(this.#pk);
    this.#nonceK = o.nonceK ?? randomScalar;
    this.#now = o.now ?? Date.now;
  }

  #schnorr(messageHash: Gfp5): Uint8Array {
    const k = this.#nonceK();
    try {
      return schnorrSign({ privateKey: this.#sk, messageHash, k });
    } catch (e) {
      if (isSigningInputError(e)) throw new SigningError('nonce source returned an invalid k', { cause: e });
      throw e;
    }
  }

  #nowMs(): bigint {
    return BigInt(Math.floor(this.#now()));
  }

  #sign(txType: number, params: object, eth?: string): SignedTx {
    const spec = specOf(txType);
    if (params === null || typeof params !== 'object')
      throw new SigningInputError('params', 'must be a parameter object');
    const p = params as Record<string, unknown>;
    const expiredAt =
      p.expiredAt === undefined
        ? this.#nowMs() + BigInt(DEFAULT_EXPIRED_AT_OFFSET_MS)
        : toInteger(p.expiredAt, 'ExpiredAt');
    const attributes = attributesFromInput(p.attributes as Parameters<typeof attributesFromInput>[0]);
    if (eth !== undefined && p.l1Sig !== undefined && p.l1Sig !== '') {
      throw new SigningInputError('l1Sig', 'pass either l1Sig or ethPrivateKey, not both');
    }
    // ChangePubKey names the slot it changes, which may differ from the signing key's slot.
    const apiKeyIndex =
      spec.txType === TX_TYPE.CHANGE_PUB_KEY && p.apiKeyIndex !== undefined
        ? intInRange(p.apiKeyIndex, 'ApiKeyIndex', 0n, TX_LIMITS.MAX_API_KEY_INDEX)
        : BigInt(this.apiKeyIndex);
    const info = infoFromParams(spec, p, {
      accountIndex: BigInt(this.accountIndex),
      apiKeyIndex,
      nonce: p.nonce,
      expiredAt,
      attributes,
    }) as Record<string, unknown>;
    validateInfo(spec, info as TxInfoRecord);
    const chainId = BigInt(this.chainId);
    const l1Message = l1MessageOf(spec.txType, info as TxInfoRecord, chainId);
    if (eth !== undefined && l1Message !== undefined)
      info.L1Sig = signL1Message({ message: l1Message, ethPrivateKey: eth });
    const unsigned = toDecoded(spec, info as TxInfoRecord);
    const h = hashDecodedTx({ decoded: unsigned, chainId });
    const signature = this.#schnorr(h.messageHash);
    const signedInfo = { ...info, Sig: signature } as TxInfoRecord;
    const txInfo = encodeInfo(spec, signedInfo);
    return {
      networkId: this.networkId,
      chainId: this.chainId,
      kind: spec.kind as TxKind,
      txType: spec.txType,
      txInfo,
      txHash: h.txHash,
      messageHash: h.messageHash,
      nonce: signedInfo.Nonce as bigint,
      expiredAt,
      signature,
      decoded: toDecoded(spec, signedInfo),
      ...(l1Message === undefined ? {} : { l1Message }),
      sendTx: { tx_type: spec.txType, tx_info: txInfo },
    };
  }

  #withOrderExpiry<T extends { orderExpiry: unknown }>(o: T): T {
    if (o === null || typeof o !== 'object') return o;
    if (o.orderExpiry === -1 || o.orderExpiry === -1n || o.orderExpiry === '-1') {
      return { ...o, orderExpiry: this.#nowMs() + BigInt(DEFAULT_ORDER_EXPIRY_OFFSET_MS) };
    }
    return o;
  }

  signCreateOrder(p: CreateOrderParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.CREATE_ORDER, this.#withOrderExpiry(p));
  }
  signCancelOrder(p: CancelOrderParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.CANCEL_ORDER, p);
  }
  signModifyOrder(p: ModifyOrderParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.MODIFY_ORDER, p);
  }
  signCancelAllOrders(p: CancelAllOrdersParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.CANCEL_ALL_ORDERS, p);
  }
  signCreateGroupedOrders(p: CreateGroupedOrdersParams): SignedTx {
    asParams(p);
    const orders = Array.isArray(p.orders) ? p.orders.map((o) => this.#withOrderExpiry(o)) : p.orders;
    return this.#sign(TX_TYPE.CREATE_GROUPED_ORDERS, { ...p, orders });
  }
  signUpdateLeverage(p: UpdateLeverageParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.UPDATE_LEVERAGE, p);
  }
  signUpdateMargin(p: UpdateMarginParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.UPDATE_MARGIN, p);
  }
  signWithdraw(p: WithdrawParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.WITHDRAW, p);
  }
  signTransfer(p: TransferParams & L1SigningParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.TRANSFER, p, p.ethPrivateKey);
  }
  signChangePubKey(p: ChangePubKeyParams & L1SigningParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.CHANGE_PUB_KEY, { ...p, pubKey: p.pubKey ?? this.#pk }, p.ethPrivateKey);
  }
  signRevokePubKey(p: Omit<ChangePubKeyParams, 'pubKey'> & L1SigningParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.CHANGE_PUB_KEY, { ...p, pubKey: new Uint8Array(40) }, p.ethPrivateKey);
  }
  signCreateSubAccount(p: CreateSubAccountParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.CREATE_SUB_ACCOUNT, p);
  }
  signCreatePublicPool(p: CreatePublicPoolParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.CREATE_PUBLIC_POOL, p);
  }
  signUpdatePublicPool(p: UpdatePublicPoolParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.UPDATE_PUBLIC_POOL, p);
  }
  signMintShares(p: MintSharesParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.MINT_SHARES, p);
  }
  signBurnShares(p: BurnSharesParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.BURN_SHARES, p);
  }
  signStakeAssets(p: StakeAssetsParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.STAKE_ASSETS, p);
  }
  signUnstakeAssets(p: UnstakeAssetsParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.UNSTAKE_ASSETS, p);
  }
  signUpdateAccountConfig(p: UpdateAccountConfigParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.UPDATE_ACCOUNT_CONFIG, p);
  }
  signUpdateAccountAssetConfig(p: UpdateAccountAssetConfigParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.UPDATE_ACCOUNT_ASSET_CONFIG, p);
  }
  signApproveIntegrator(p: ApproveIntegratorParams & L1SigningParams): SignedTx {
    asParams(p);
    return this.#sign(TX_TYPE.APPROVE_INTEGRATOR, p, p.ethPrivateKey);
  }

  createAuthToken(p: { deadline?: number | bigint } = {}): string {
    const deadline = p.deadline ?? Math.floor(this.#now() / 1000) + DEFAULT_AUTH_TOKEN_TTL_SECONDS;
    return buildAuthToken({
      privateKey: this.#sk,
      deadline,
      accountIndex: this.accountIndex,
      apiKeyIndex: this.apiKeyIndex,
      k: this.#nonceK(),
    });
  }

  toString(): string {
    return `Signer(network=${this.networkId ?? 'unbound'}, chainId=${this.chainId}, account=${this.accountIndex}, apiKey=${this.apiKeyIndex}, privateKey=[redacted])`;
  }
  toJSON(): Record<string, unknown> {
    return {
      networkId: this.networkId,
      chainId: this.chainId,
      accountIndex: this.accountIndex,
      apiKeyIndex: this.apiKeyIndex,
      publicKeyHex: this.publicKeyHex,
      privateKey: '[redacted]',
    };
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}

/**
 * Create a signer bound to one API key on one network. Construction only parses the key (no I/O).
 *
 * @example
 * const signer = createSigner({ network: 'robinhood-testnet', accountIndex: 1001, apiKeyIndex: 3, privateKey: '0x…' });
 * const tx = signer.signCreateOrder({ marketIndex: 0, clientOrderIndex: 1, baseAmount: 1000, price: 50000,
 *   isAsk: false, orderType: ORDER_TYPE.LIMIT, timeInForce: TIME_IN_FORCE.GOOD_TILL_TIME, orderExpiry: -1, nonce: 7 });
 * await http.sendTx({ txType: tx.txType, txInfo: tx.txInfo });
 * @throws {SigningInputError} for a malformed key, network, chain id, account or API key index (field `network`,
 *   `network.httpUrl`, `chainId`, …), or a `chainId` that contradicts `network`
 */
export function createSigner(options: CreateSignerOptions): Signer {
  return new LighterSigner(options);
}
