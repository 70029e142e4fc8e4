// The Signer: binds (network, account, API key, private key) and signs every tx type.
// The private scalar lives in a #private field: never enumerable, never serialised.
import {
  NETWORK_ALIASES,
  NETWORK_NAMES,
  NETWORKS,
  type Network,
  type NetworkId,
  type NetworkName,
} from '@lighter-ts/models/constants';
import { buildAuthToken, DEFAULT_AUTH_TOKEN_TTL_SECONDS } from './auth-token.js';
import { SigningError, SigningInputError, isSigningInputError } from './errors.js';
import { l1MessageOf } from './l1/tx-messages.js';
import { signL1Message } from './l1/personal-sign.js';
import { type Gfp5, parsePrivateKey, publicKeyFromPrivateKey, randomScalar, schnorrSign } from './primitives.js';
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
import { type DecodedTx, type TxKind, checkChainId, hashDecodedTx, specOf, toDecoded } from './tx/registry.js';
import { type TxInfoRecord, encodeInfo, infoFromParams, validateInfo } from './tx/spec.js';
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

/** Options of {@link createSigner}. */
export interface CreateSignerOptions {
  /**
   * The deployment this key signs for (`'lighter-mainnet'`, `'robinhood-testnet'`, … or a custom
   * `Network`). Gives the chain id and binds every signed tx and auth token to the network's
   * `networkId`, so clients on another network refuse them (the two testnets share chain id 300).
   */
  network?: NetworkName | Network;
  /**
   * L2 chain id (304 Lighter mainnet, 300 both testnets, 466324 Robinhood Chain).
   * @deprecated pass `network`; a signer built from a chain id alone binds its txs by chain id only,
   * which cannot tell the two testnets apart. When both are given they must agree.
   */
  chainId?: number | bigint;
  /** Account index, -1 … 2^48-2. */
  accountIndex: number | bigint;
  /** API key slot, 0 … 254. */
  apiKeyIndex: number | bigint;
  /** 40-byte API private key as hex (optional 0x), or the scalar itself. */
  privateKey: string | bigint;
  /** Source of the Schnorr nonce k in [1, n). Default: fresh `randomScalar()` per signature. Pin only in tests. */
  nonceK?: () => bigint;
  /** Clock in Unix ms for default ExpiredAt / OrderExpiry -1 / auth deadline. Default Date.now. */
  now?: () => number;
}

/** Form fields of `POST /api/v1/sendTx` (docs/protocol/signing.md#tx-info-json). `price_protection` is left to the server default. */
export interface SendTxForm {
  /** Form field `tx_type`: the L2 tx type code (14 CreateOrder, 15 CancelOrder, …; models' `TX_TYPE`). */
  readonly tx_type: number;
  /** Form field `tx_info`: the signed tx_info JSON text, sent as is. */
  readonly tx_info: string;
}

/** A signed transaction, ready for sendTx. */
export interface SignedTx {
  /** The network the signer was built for; undefined for a signer built from a chain id alone. */
  readonly networkId: string | undefined;
  /** The L2 chain id signed into the hash. */
  readonly chainId: number;
  /** Tx type name (`'CreateOrder'`, `'CancelOrder'`, …), the discriminant of `decoded`. */
  readonly kind: TxKind;
  /** L2 tx type code (models' `TX_TYPE`), as sent in `tx_type`. */
  readonly txType: number;
  /** Exact tx_info JSON (Go field order, Sig base64). */
  readonly txInfo: string;
  /** Hex (no 0x) of the 40-byte message hash; what the venue reports as tx hash. */
  readonly txHash: string;
  /** The Poseidon2 message hash as a GF(p^5) element: what the Schnorr signature signs. */
  readonly messageHash: Gfp5;
  /** Nonce signed into the tx (per account and API key; docs/protocol/transactions.md#nonces). */
  readonly nonce: bigint;
  /** Unix ms. */
  readonly expiredAt: bigint;
  /** 80-byte Schnorr signature s‖e. */
  readonly signature: Uint8Array;
  /** The decoded form (typed union) of what was signed. */
  readonly decoded: DecodedTx;
  /** L1 message body for ChangePubKey, Transfer and ApproveIntegrator (to personal_sign). */
  readonly l1Message?: string;
  /** The form fields of `POST /api/v1/sendTx` for this tx. */
  readonly sendTx: SendTxForm;
}

/** Extra L1 inputs for txs that carry an `L1Sig`. */
export interface L1SigningParams {
  /** Ethereum private key of the account's L1 address; when given, L1Sig is produced here. */
  ethPrivateKey?: string;
}

/**
 * A signer bound to one API key. It never exposes its private key.
 *
 * Every `sign*` method validates its named parameter object (widths, sentinels and the
 * official `Validate()` rules) before hashing, signs with a fresh nonce k, and returns the
 * exact `tx_info` JSON, the tx hash and the sendTx form fields.
 *
 * @example const tx = signer.signCancelOrder({ marketIndex: 0, orderIndex: 281474976710656n, nonce: 8 });
 * @throws {SigningInputError} from every `sign*` method, naming the rejected field
 */
export interface Signer {
  /** L2 chain id signed into every tx hash (304 Lighter mainnet, 300 both testnets, 466324 Robinhood Chain). */
  readonly chainId: number;
  /** The network this signer is bound to (undefined when built from a chain id alone, deprecated). */
  readonly network: Network | undefined;
  /** `network.networkId`: what its txs and auth tokens are bound to. */
  readonly networkId: string | undefined;
  /** Account index (-1 … 2^48-2, exact as a number). */
  readonly accountIndex: number;
  /** API key slot (0 … 254) this key signs for. */
  readonly apiKeyIndex: number;
  /** Public key, 80 lowercase hex chars without 0x. */
  readonly publicKeyHex: string;
  /** CreateOrder (14). `orderExpiry: -1` = now + 28 days. @example signer.signCreateOrder({ marketIndex: 0, baseAmount: 10n, price: 3000, isAsk: true, orderType: 1, timeInForce: 0, orderExpiry: 0, nonce }) */
  signCreateOrder(p: CreateOrderParams): SignedTx;
  /** CancelOrder (15) by venue order index or client order index. @example signer.signCancelOrder({ marketIndex: 0, orderIndex: 12345, nonce }) */
  signCancelOrder(p: CancelOrderParams): SignedTx;
  /** ModifyOrder (17). @example signer.signModifyOrder({ marketIndex: 0, orderIndex: 12345, baseAmount: 2000, price: 51000, nonce }) */
  signModifyOrder(p: ModifyOrderParams): SignedTx;
  /** CancelAllOrders (16); `attributes.cancelAllMarketIndex` limits it to one market. @example signer.signCancelAllOrders({ timeInForce: 0, nonce }) */
  signCancelAllOrders(p: CancelAllOrdersParams): SignedTx;
  /** CreateGroupedOrders (28): OTO (1), OCO (2), OTOCO (3). @example signer.signCreateGroupedOrders({ groupingType: 1, orders: [parent, takeProfit], nonce }) */
  signCreateGroupedOrders(p: CreateGroupedOrdersParams): SignedTx;
  /** UpdateLeverage (20); IMF = 10 000 / leverage. @example signer.signUpdateLeverage({ marketIndex: 0, initialMarginFraction: 1000, marginMode: 0, nonce }) */
  signUpdateLeverage(p: UpdateLeverageParams): SignedTx;
  /** UpdateMargin (29), isolated positions. @example signer.signUpdateMargin({ marketIndex: 0, usdcAmount: 100_000_000n, direction: 1, nonce }) */
  signUpdateMargin(p: UpdateMarginParams): SignedTx;
  /** Withdraw (13) to the account's own L1 address. @example signer.signWithdraw({ assetIndex: 3, routeType: 0, amount: 1_000_000n, nonce }) */
  signWithdraw(p: WithdrawParams): SignedTx;
  /** Transfer (12); pass `ethPrivateKey` (or `l1Sig`) unless both accounts share a master. @example signer.signTransfer({ toAccountIndex: 2002, assetIndex: 3, fromRouteType: 0, toRouteType: 0, amount: 1n, nonce, ethPrivateKey }) */
  signTransfer(p: TransferParams & L1SigningParams): SignedTx;
  /** ChangePubKey (8): registers `pubKey` (default: this signer's key) in slot `apiKeyIndex`. @example signer.signChangePubKey({ nonce, ethPrivateKey }) */
  signChangePubKey(p: ChangePubKeyParams & L1SigningParams): SignedTx;
  /** ChangePubKey (8) with a 40-zero-byte key: revokes slot `apiKeyIndex`. @example signer.signRevokePubKey({ apiKeyIndex: 7, nonce, ethPrivateKey }) */
  signRevokePubKey(p: Omit<ChangePubKeyParams, 'pubKey'> & L1SigningParams): SignedTx;
  /** CreateSubAccount (9), master accounts only. @example signer.signCreateSubAccount({ nonce }) */
  signCreateSubAccount(p: CreateSubAccountParams): SignedTx;
  /** CreatePublicPool (10). @example signer.signCreatePublicPool({ operatorFee: 100000, initialTotalShares: 1000000, minOperatorShareRate: 500, nonce }) */
  signCreatePublicPool(p: CreatePublicPoolParams): SignedTx;
  /** UpdatePublicPool (11). @example signer.signUpdatePublicPool({ publicPoolIndex, status: 1, operatorFee: 50000, minOperatorShareRate: 100, nonce }) */
  signUpdatePublicPool(p: UpdatePublicPoolParams): SignedTx;
  /** MintShares (18). @example signer.signMintShares({ publicPoolIndex, shareAmount: 1000n, nonce }) */
  signMintShares(p: MintSharesParams): SignedTx;
  /** BurnShares (19). @example signer.signBurnShares({ publicPoolIndex, shareAmount: 1000n, nonce }) */
  signBurnShares(p: BurnSharesParams): SignedTx;
  /** StakeAssets (35). @example signer.signStakeAssets({ stakingPoolIndex, shareAmount: 100000n, nonce }) */
  signStakeAssets(p: StakeAssetsParams): SignedTx;
  /** UnstakeAssets (36). @example signer.signUnstakeAssets({ stakingPoolIndex, shareAmount: 5n, nonce }) */
  signUnstakeAssets(p: UnstakeAssetsParams): SignedTx;
  /** UpdateAccountConfig (41). @example signer.signUpdateAccountConfig({ accountTradingMode: 1, nonce }) */
  signUpdateAccountConfig(p: UpdateAccountConfigParams): SignedTx;
  /** UpdateAccountAssetConfig (42). @example signer.signUpdateAccountAssetConfig({ assetIndex: 3, assetMarginMode: 1, nonce }) */
  signUpdateAccountAssetConfig(p: UpdateAccountAssetConfigParams): SignedTx;
  /** ApproveIntegrator (45); needs an L1 signature. @example signer.signApproveIntegrator({ integratorAccountIndex, maxPerpsTakerFee: 1000, maxPerpsMakerFee: 0, maxSpotTakerFee: 0, maxSpotMakerFee: 0, approvalExpiry, nonce, ethPrivateKey }) */
  signApproveIntegrator(p: ApproveIntegratorParams & L1SigningParams): SignedTx;
  /**
   * Auth token `deadline:account:apiKey:sigHex` (docs/protocol/signing.md#auth-tokens); deadline in Unix
   * seconds, default now + 10 min.
   * @example ws.subscribe({ channel: 'account_all_orders/1001', auth: signer.createAuthToken() })
   */
  createAuthToken(p?: { deadline?: number | bigint }): string;
}

/**
 * The network of a signer: from `network` (checked against a `chainId` given too), or none (chain id only).
 * Names are looked up in the models table; a `Network` object is taken as is, checking only what signing
 * uses (id and chain id), so the signer bundle does not carry URL validation.
 */
function signerNetwork(o: CreateSignerOptions): Network | undefined {
  const n = o.network;
  if (n === undefined) {
    if (o.chainId === undefined)
      throw new SigningInputError(
        'network',
        "is required (e.g. 'lighter-mainnet', 'robinhood-mainnet' or a custom Network)",
      );
    checkKnownChainId(o.chainId);
    return undefined;
  }
  let network: Network;
  if (typeof n === 'string') {
    const id = Object.hasOwn(NETWORK_ALIASES, n) ? NETWORK_ALIASES[n as keyof typeof NETWORK_ALIASES] : n;
    if (!Object.hasOwn(NETWORKS, id))
      throw new SigningInputError(
        'network',
        `unknown network '${n}' (use one of ${NETWORK_NAMES.join(', ')} or a Network)`,
      );
    network = NETWORKS[id as NetworkId];
  } else {
    if (n === null || typeof n !== 'object')
      throw new SigningInputError('network', 'must be a network name or a Network');
    if (typeof n.networkId !== 'string' || n.networkId === '')
      throw new SigningInputError('network.networkId', 'must be a non-empty string');
    checkChainId(n.chainId, 'network.chainId');
    const named: Network | undefined = Object.hasOwn(NETWORKS, n.networkId)
      ? NETWORKS[n.networkId as NetworkId]
      : undefined;
    if (named && named.chainId !== n.chainId) {
      throw new SigningInputError(
        'network.chainId',
        `network '${n.networkId}' signs with chain id ${named.chainId}, received ${n.chainId}`,
      );
    }
    network = n;
  }
  if (o.chainId !== undefined && Number(checkChainId(o.chainId)) !== network.chainId) {
    throw new SigningInputError(
      'chainId',
      `${String(o.chainId)} contradicts network '${network.networkId}' (chain id ${network.chainId})`,
    );
  }
  return network;
}

/**
 * A bare chain id (the deprecated form) must be one a Lighter deployment signs with: any other value
 * (an Ethereum chain id such as 1, a typo) would sign happily and come back from the venue as
 * `21120 invalid signature` with no hint (docs/protocol/networks.md#hosts-and-chain-ids). A deployment
 * with its own chain id (a simulator) is described by a custom `network`, which carries it explicitly.
 */
function checkKnownChainId(chainId: unknown): void {
  const id = Number(checkChainId(chainId));
  const networks = Object.values(NETWORKS) as Network[];
  if (networks.some((n) => n.chainId === id)) return;
  const known = [...new Set(networks.map((n) => n.chainId))]
    .map(
      (c) =>
        `${c} (${networks
          .filter((n) => n.chainId === c)
          .map((n) => n.networkId)
          .join(', ')})`,
    )
    .join(', ');
  throw new SigningInputError(
    'chainId',
    `${id} is not the chain id of any Lighter network; known: ${known}. For another deployment pass network: customNetwork({ httpUrl, wsUrl, chainId })`,
  );
}

/** Reject non-object parameters before any field is read. */
function asParams<T>(p: T): T {
  if (p === null || typeof p !== 'object') throw new SigningInputError('params', 'must be a parameter object');
  return p;
}

/**
 * What was wrong with a rejected private key, described by its shape only (never its digits): the most
 * common mistake is an Ethereum key (32 bytes) where the 40-byte Lighter API key belongs
 * (docs/protocol/signing.md#keys).
 */
function describeKeyShape(key: unknown): string {
  if (typeof key === 'bigint') return 'got a bigint outside [1, n)';
  if (typeof key !== 'string') return `got ${key === null ? 'null' : typeof key}`;
  const body = key.startsWith('0x') || key.startsWith('0X') ? key.slice(2) : key;
  if (!/^[0-9a-fA-F]*$/.test(body)) return `got ${body.length} characters that are not all hex digits`;
  if (body.length % 2 !== 0) return `got an odd number of hex digits (${body.length})`;
  const bytes = body.length / 2;
  if (bytes === 40) return 'got 40 bytes that reduce to zero mod n';
  return `got ${bytes} bytes; an Ethereum key is 32 bytes, a Lighter API key is 40 bytes`;
}

function wrapKeyError(e: unknown, key: unknown): never {
  if (isSigningInputError(e))
    throw new SigningInputError('privateKey', `is not a valid 40-byte API private key: ${describeKeyShape(key)}`);
  throw e;
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
