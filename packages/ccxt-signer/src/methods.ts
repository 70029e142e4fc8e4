/**
 * The signer methods ccxt's `lighter` exchange calls (`loadLighterLibrary`, `lighterCreateClient`,
 * `lighterSign*`, `lighterCreateAuthToken`, `lighterGenerateApiKey`), implemented with
 * `@lighter-ts/signing` instead of lighter-go's WASM globals. Keys live in this object, per
 * (account index, API key index), as the WASM module keeps one client per pair; nothing is put on
 * `globalThis`, so two ccxt instances never share keys.
 */
import {
  type SignedTx,
  type Signer,
  SigningInputError,
  createSigner,
  generatePrivateKey,
  privateKeyToHex,
  publicKeyFromPrivateKey,
  bytesToHex,
} from '@lighter-ts/signing';
import {
  type CcxtRequest,
  ccxtAttributes,
  createOrderOf,
  int,
  memoOf,
  optInt,
  orderOf,
  pubKeyText,
} from './requests.js';

/** What ccxt keeps as "the signer" of an (account, API key) pair; opaque to ccxt. */
export interface CcxtSignerHandle {
  /** Lighter account index ccxt created the signer for; undefined until ccxt has loaded the account. */
  readonly accountIndex: number | undefined;
  /** API key slot (0 … 254) ccxt created the signer for; undefined until known. */
  readonly apiKeyIndex: number | undefined;
}

/** `[txType, txInfo]` as ccxt destructures it. */
export type CcxtSignedPair = [number, string];
/** `[txType, txInfo, messageToSign]` for the transactions that also need an L1 signature. */
export type CcxtSignedTriple = [number, string, string];

/** The methods, by the names ccxt 4.5.x calls on its `lighter` instance. */
export interface CcxtLighterSignerMethods {
  /** ccxt's library loader: nothing to load here; with `createClient` it stores the key as {@link CcxtLighterSignerMethods.lighterCreateClient} does. */
  loadLighterLibrary(
    libraryPath: unknown,
    chainId: number,
    privateKey: string,
    apiKeyIndex: number,
    accountIndex: number,
    createClient?: boolean,
  ): Promise<CcxtSignerHandle>;
  /** Stores the API key of (account, API key index) for `chainId` and returns the handle ccxt keeps. */
  lighterCreateClient(
    signer: unknown,
    chainId: number,
    privateKey: string,
    apiKeyIndex: number,
    accountIndex: number,
  ): CcxtSignerHandle;
  /** A fresh API key pair, `[privateKey, publicKey]` as hex strings. */
  lighterGenerateApiKey(signer?: unknown): [string, string];
  /** An auth token (`deadline:account:apiKey:signature`) valid until the request's `deadline`. */
  lighterCreateAuthToken(signer: unknown, request: CcxtRequest): string;
  /** Signs CreateOrder (tx type 14) from ccxt's request fields; returns `[txType, txInfo]`. */
  lighterSignCreateOrder(signer: unknown, request: CcxtRequest): CcxtSignedPair;
  /** Signs CreateGroupedOrders (28: OTO / OCO / OTOCO); returns `[txType, txInfo]`. */
  lighterSignCreateGroupedOrders(signer: unknown, request: CcxtRequest): CcxtSignedPair;
  /** Signs CancelOrder (15); returns `[txType, txInfo]`. */
  lighterSignCancelOrder(signer: unknown, request: CcxtRequest): CcxtSignedPair;
  /** Signs CancelAllOrders (16: immediate, scheduled or abort); returns `[txType, txInfo]`. */
  lighterSignCancelAllOrders(signer: unknown, request: CcxtRequest): CcxtSignedPair;
  /** Signs ModifyOrder (17); returns `[txType, txInfo]`. */
  lighterSignModifyOrder(signer: unknown, request: CcxtRequest): CcxtSignedPair;
  /** Signs Withdraw (13); returns `[txType, txInfo]`. */
  lighterSignWithdraw(signer: unknown, request: CcxtRequest): CcxtSignedPair;
  /** Signs Transfer (12), with the L1 signature ccxt passes; returns `[txType, txInfo]`. */
  lighterSignTransfer(signer: unknown, request: CcxtRequest): CcxtSignedPair;
  /** Signs CreateSubAccount (9); returns `[txType, txInfo]`. */
  lighterSignCreateSubAccount(signer: unknown, request: CcxtRequest): CcxtSignedPair;
  /** Signs UpdateLeverage (20); returns `[txType, txInfo]`. */
  lighterSignUpdateLeverage(signer: unknown, request: CcxtRequest): CcxtSignedPair;
  /** Signs UpdateMargin (29); returns `[txType, txInfo]`. */
  lighterSignUpdateMargin(signer: unknown, request: CcxtRequest): CcxtSignedPair;
  /** Signs ApproveIntegrator (45); returns `[txType, txInfo, l1Message]` for the wallet to sign. */
  lighterSignApproveIntegrator(signer: unknown, request: CcxtRequest): CcxtSignedTriple;
  /** Signs ChangePubKey (8) registering the API key; returns `[txType, txInfo, l1Message]` for the wallet to sign. */
  lighterSignChangePubkey(signer: unknown, request: CcxtRequest): CcxtSignedTriple;
}

const pair = (t: SignedTx): CcxtSignedPair => [t.txType, t.txInfo];
const triple = (t: SignedTx): CcxtSignedTriple => [t.txType, t.txInfo, t.l1Message ?? ''];

/**
 * Builds a fresh set of signer methods with its own key store.
 * @example Object.assign(exchange, createCcxtSignerMethods()); // see useLighterTsSigner
 * @throws never itself; each method throws SigningInputError naming the bad field (and, for a pair
 *   with no key loaded, the account and API key index: never the key)
 */
export function createCcxtSignerMethods(): CcxtLighterSignerMethods {
  const signers = new Map<string, Signer>();
  const keyOf = (account: unknown, apiKey: unknown) => `${String(account)}:${String(apiKey)}`;
  const signerFor = (r: CcxtRequest): Signer => {
    const s = signers.get(keyOf(int(r, 'account_index'), int(r, 'api_key_index')));
    if (!s) {
      throw new SigningInputError(
        'api_key_index',
        `no API private key loaded for account_index ${String(r.account_index)} api_key_index ${String(r.api_key_index)}`,
      );
    }
    return s;
  };
  const common = (r: CcxtRequest, withIntegrator = false) => ({
    nonce: int(r, 'nonce'),
    attributes: ccxtAttributes(r, { withIntegrator }),
  });

  const methods: CcxtLighterSignerMethods = {
    // ccxt passes a WASM path here; there is nothing to load, so the path is ignored
    async loadLighterLibrary(_libraryPath, chainId, privateKey, apiKeyIndex, accountIndex, createClient = false) {
      if (createClient) return methods.lighterCreateClient(undefined, chainId, privateKey, apiKeyIndex, accountIndex);
      return { accountIndex, apiKeyIndex };
    },
    lighterCreateClient(_signer, chainId, privateKey, apiKeyIndex, accountIndex) {
      signers.set(keyOf(accountIndex, apiKeyIndex), createSigner({ chainId, accountIndex, apiKeyIndex, privateKey }));
      return { accountIndex, apiKeyIndex };
    },
    lighterGenerateApiKey() {
      const sk = generatePrivateKey();
      return [privateKeyToHex(sk), bytesToHex(publicKeyFromPrivateKey(sk))];
    },
    lighterCreateAuthToken(_signer, r) {
      return signerFor(r).createAuthToken({ deadline: BigInt(int(r, 'deadline')) });
    },
    lighterSignCreateOrder: (_s, r) => pair(signerFor(r).signCreateOrder(createOrderOf(r))),
    lighterSignCreateGroupedOrders(_s, r) {
      const orders = r.orders;
      if (!Array.isArray(orders)) throw new SigningInputError('orders', 'must be an array of order requests');
      const first = (orders[0] ?? {}) as CcxtRequest;
      return pair(
        signerFor(r).signCreateGroupedOrders({
          groupingType: int(r, 'grouping_type'),
          orders: orders.map((o) => orderOf(o as CcxtRequest)),
          nonce: int(r, 'nonce'),
          // ccxt reads the integrator fields from the grouped request itself, not from the orders
          attributes: ccxtAttributes({ ...first, ...r }, { withIntegrator: true }),
        }),
      );
    },
    lighterSignCancelOrder: (_s, r) =>
      pair(
        signerFor(r).signCancelOrder({
          marketIndex: int(r, 'market_index'),
          orderIndex: int(r, 'order_index'),
          ...common(r),
        }),
      ),
    lighterSignCancelAllOrders(_s, r) {
      const market = BigInt(optInt(r, 'cancel_all_market_index', 255));
      const c = common(r);
      return pair(
        signerFor(r).signCancelAllOrders({
          timeInForce: int(r, 'time_in_force'),
          time: int(r, 'time'),
          nonce: c.nonce,
          // 255 is the Go signer's NilMarketIndex (every market): the attribute is then left out
          attributes: market === 255n ? c.attributes : { ...c.attributes, cancelAllMarketIndex: market },
        }),
      );
    },
    lighterSignModifyOrder: (_s, r) =>
      pair(
        signerFor(r).signModifyOrder({
          marketIndex: int(r, 'market_index'),
          orderIndex: int(r, 'index'),
          baseAmount: int(r, 'base_amount'),
          price: int(r, 'price'),
          triggerPrice: optInt(r, 'trigger_price', 0),
          ...common(r, true),
        }),
      ),
    lighterSignWithdraw: (_s, r) =>
      pair(
        signerFor(r).signWithdraw({
          assetIndex: int(r, 'asset_index'),
          routeType: int(r, 'route_type'),
          amount: int(r, 'amount'),
          ...common(r),
        }),
      ),
    lighterSignTransfer: (_s, r) =>
      pair(
        signerFor(r).signTransfer({
          toAccountIndex: int(r, 'to_account_index'),
          assetIndex: int(r, 'asset_index'),
          fromRouteType: int(r, 'from_route_type'),
          toRouteType: int(r, 'to_route_type'),
          amount: int(r, 'amount'),
          usdcFee: optInt(r, 'usdc_fee', 0),
          memo: memoOf(r.memo),
          ...common(r),
        }),
      ),
    lighterSignCreateSubAccount: (_s, r) => pair(signerFor(r).signCreateSubAccount(common(r))),
    lighterSignUpdateLeverage: (_s, r) =>
      pair(
        signerFor(r).signUpdateLeverage({
          marketIndex: int(r, 'market_index'),
          initialMarginFraction: int(r, 'initial_margin_fraction'),
          marginMode: int(r, 'margin_mode'),
          ...common(r),
        }),
      ),
    lighterSignUpdateMargin: (_s, r) =>
      pair(
        signerFor(r).signUpdateMargin({
          marketIndex: int(r, 'market_index'),
          usdcAmount: int(r, 'usdc_amount'),
          direction: int(r, 'direction'),
          ...common(r),
        }),
      ),
    // ccxt adds the L1 signature itself (signL1AndPrepareTxInfo over messageToSign)
    lighterSignApproveIntegrator: (_s, r) =>
      triple(
        signerFor(r).signApproveIntegrator({
          integratorAccountIndex: int(r, 'integrator_account_index'),
          // ccxt sends its one taker/maker pair for both perps and spot, as its WASM call does
          maxPerpsTakerFee: int(r, 'integrator_taker_fee'),
          maxPerpsMakerFee: int(r, 'integrator_maker_fee'),
          maxSpotTakerFee: int(r, 'integrator_taker_fee'),
          maxSpotMakerFee: int(r, 'integrator_maker_fee'),
          approvalExpiry: int(r, 'approval_expiry'),
          ...common(r),
        }),
      ),
    lighterSignChangePubkey: (_s, r) =>
      triple(signerFor(r).signChangePubKey({ pubKey: pubKeyText(r.pubkey), ...common(r) })),
  };
  return methods;
}
