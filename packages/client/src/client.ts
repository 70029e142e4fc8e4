/**
 * LighterTradingClient: one object, one call per action, for scripts and bots that do not want the
 * Nautilus-style contracts of @lighter-ts/execution. It composes the layers below it (models for
 * scaling, signing for txs, http for REST, streaming for subscriptions) and adds only what a caller
 * would otherwise write by hand: symbol lookup, exact scaling, a nonce sequencer and result values.
 */
import { createAuthTokenProvider, LighterHttpClient } from '@lighter-ts/http';
import {
  assertSameNetwork,
  CANCEL_ALL_TIME_IN_FORCE,
  MAX_SAFE_CLIENT_ORDER_INDEX,
  type Network,
  resolveNetwork,
} from '@lighter-ts/models';
import { createSigner, type Signer } from '@lighter-ts/signing';
import {
  accountAllChannel,
  accountAllOrdersChannel,
  LighterWsClient,
  orderBookChannel,
  type OrderBookEvent,
  type PayloadEvent,
  type Subscription,
  tradeChannel,
  type TradeEvent,
} from '@lighter-ts/streaming';
import {
  type Balances,
  accountOf,
  type OpenOrder,
  type Position,
  toBalances,
  toOpenOrders,
  toPositions,
} from './account.js';
import { inputError, TRADING_CLIENT_ERROR_CODE, TradingClientError } from './errors.js';
import { MarketDirectory, type MarketInfo, type MarketRef } from './markets.js';
import { KeySequencer, type NonceSource } from './nonces.js';
import { checkClientOrderIndex, orderFields, type PlaceOrderParams } from './orders.js';
import { type LighterTradingClientOptions, requireKey } from './options.js';
import { type OrderRef, orderIndexOf } from './order-ref.js';
import type { TxCommandResult } from './results.js';
import { scalePrice, scaleSize } from './scaling.js';
import { sendCommand } from './send.js';
import { attach, type SubscribeCallbacks } from './subscriptions.js';

// The options and the order reference moved to options.ts and order-ref.ts; re-exported for the index.
export type { LighterTradingClientOptions } from './options.js';
export type { OrderRef } from './order-ref.js';

const MAX_TX_TTL_MS = 599_000;

/**
 * A trading client bound to one network, account and API key. Construction is inert (no I/O).
 *
 * @example
 * const client = new LighterTradingClient({ network: 'testnet', accountIndex, apiKeyIndex, apiPrivateKey });
 * const r = await client.placeOrder({ market: 'ETH', side: 'buy', size: '0.01', price: '2000', postOnly: true });
 * if (r.status !== 'accepted') console.error(r.status, 'reason' in r ? r.reason : r.message);
 * await client.close();
 * @throws {TradingClientError} `CLIENT_INPUT` for missing or malformed options (naming the field)
 * @throws {NetworkMismatchError} (models) when `signer` was made for another network, naming both
 * @throws {SigningInputError} (signing) for a malformed `apiPrivateKey` (described by shape, never echoed)
 */
export class LighterTradingClient {
  /** The resolved network every tx is signed for (hosts and chain id). */
  readonly network: Network;
  /** Venue account index this client trades. */
  readonly accountIndex: number;
  /** API key slot whose key signs this client's txs. */
  readonly apiKeyIndex: number;
  readonly #signer: Signer;
  readonly #http: LighterHttpClient;
  readonly #markets: MarketDirectory;
  readonly #sequencer: KeySequencer;
  readonly #txTtlMs: number;
  readonly #now: () => number;
  #ws: LighterWsClient | undefined;
  #nextClientOrderIndex: bigint;
  #closing: Promise<void> | undefined;

  constructor(options: LighterTradingClientOptions) {
    if (options === null || typeof options !== 'object')
      throw inputError('options', 'expected { network, accountIndex, apiKeyIndex, apiPrivateKey }');
    this.network = resolveNetwork(options.network);
    this.#signer =
      options.signer ??
      createSigner({
        network: this.network,
        accountIndex: options.accountIndex,
        apiKeyIndex: options.apiKeyIndex,
        privateKey: requireKey(options.apiPrivateKey),
      });
    // A signer for another chain would sign txs the venue answers with 21120 "invalid signature": refuse it here, naming both.
    assertSameNetwork({ network: this.network, item: this.#signer, kind: 'signer' });
    if (this.#signer.accountIndex !== options.accountIndex)
      throw inputError('accountIndex', `the signer is for account ${this.#signer.accountIndex}`, options.accountIndex);
    if (this.#signer.apiKeyIndex !== options.apiKeyIndex)
      throw inputError('apiKeyIndex', `the signer is for API key ${this.#signer.apiKeyIndex}`, options.apiKeyIndex);
    this.accountIndex = this.#signer.accountIndex;
    this.apiKeyIndex = this.#signer.apiKeyIndex;
    const ttl = options.txTtlMs ?? 60_000;
    if (!Number.isSafeInteger(ttl) || ttl < 1_000 || ttl > MAX_TX_TTL_MS)
      throw inputError('txTtlMs', `expected an integer in 1000 … ${MAX_TX_TTL_MS}`, ttl);
    this.#txTtlMs = ttl;
    this.#now = options.now ?? Date.now;
    this.#http = new LighterHttpClient({
      network: this.network,
      auth: createAuthTokenProvider({ signer: this.#signer }),
      rateLimitAccount: this.accountIndex,
    });
    this.#markets = new MarketDirectory({
      fetchDetails: (signal) => this.#http.orderBookDetails({}, signal === undefined ? {} : { signal }),
    });
    const http = this.#http;
    const source: NonceSource = options.nonceSource ?? {
      fetchNextNonce: async (signal) =>
        BigInt(
          (
            await http.nextNonce(
              { accountIndex: this.accountIndex, apiKeyIndex: this.apiKeyIndex },
              signal === undefined ? {} : { signal },
            )
          ).nonce,
        ),
    };
    this.#sequencer = new KeySequencer({ source });
    // Time-based start so indexes from a restarted bot do not collide with its earlier orders.
    this.#nextClientOrderIndex = (BigInt(Math.floor(this.#now())) * 100n) % BigInt(MAX_SAFE_CLIENT_ORDER_INDEX);
  }

  /** True once close() was called. */
  get closed(): boolean {
    return this.#closing !== undefined;
  }

  #assertOpen(): void {
    if (this.#closing)
      throw new TradingClientError({ code: TRADING_CLIENT_ERROR_CODE.CLOSED, message: 'the trading client is closed' });
  }

  #freshClientOrderIndex(): bigint {
    this.#nextClientOrderIndex =
      this.#nextClientOrderIndex >= BigInt(MAX_SAFE_CLIENT_ORDER_INDEX) ? 1n : this.#nextClientOrderIndex + 1n;
    return this.#nextClientOrderIndex;
  }

  #send(p: {
    build: Parameters<typeof sendCommand>[0]['build'];
    clientOrderIndex?: bigint | undefined;
    signal?: AbortSignal | undefined;
  }): Promise<TxCommandResult> {
    return sendCommand({ sequencer: this.#sequencer, http: this.#http, txTtlMs: this.#txTtlMs, now: this.#now, ...p });
  }

  /**
   * Every market of the venue (symbol, id, decimals, minimums), loaded once.
   * @example (await client.markets()).map((m) => m.symbol) // ['ETH', 'BTC', 'ETH/USDC']
   * @throws {TradingClientError} `CLIENT_CLOSED`; http errors of `orderBookDetails`
   */
  markets(params: { signal?: AbortSignal } = {}): Promise<readonly MarketInfo[]> {
    this.#assertOpen();
    return this.#markets.list(params.signal);
  }

  /**
   * The market with that symbol or id.
   * @example (await client.market({ market: 'ETH' })).priceDecimals // 2
   * @throws {TradingClientError} `CLIENT_UNKNOWN_MARKET` naming the reference and the known symbols
   */
  market(params: { market: MarketRef; signal?: AbortSignal }): Promise<MarketInfo> {
    this.#assertOpen();
    return this.#markets.resolve(params);
  }

  /**
   * Place one order. Prices and sizes are decimal strings on the market's tick and lot; nothing is rounded.
   * @example await client.placeOrder({ market: 'ETH', side: 'buy', size: '0.01', price: '2000', postOnly: true })
   * @throws {TradingClientError} `CLIENT_NOT_ON_INCREMENT` (value and increment named), `CLIENT_UNKNOWN_MARKET`, `CLIENT_INPUT`, `CLIENT_CLOSED`
   */
  async placeOrder(params: PlaceOrderParams): Promise<TxCommandResult> {
    this.#assertOpen();
    const market = await this.#markets.resolve({
      market: params.market,
      ...(params.signal ? { signal: params.signal } : {}),
    });
    const clientOrderIndex =
      params.clientOrderIndex === undefined
        ? this.#freshClientOrderIndex()
        : checkClientOrderIndex(params.clientOrderIndex);
    const fields = orderFields({ params, market, clientOrderIndex, nowMs: this.#now() });
    if ('denied' in fields) return { status: 'denied', reason: fields.denied, clientOrderIndex };
    return this.#send({
      build: ({ nonce, expiredAt }) => this.#signer.signCreateOrder({ ...fields, nonce, expiredAt }),
      clientOrderIndex,
      signal: params.signal,
    });
  }

  /**
   * Cancel one order by your client order index or the venue's order index.
   * @example await client.cancelOrder({ market: 'ETH', clientOrderIndex: r.clientOrderIndex })
   * @throws {TradingClientError} `CLIENT_INPUT` (neither or both indexes), `CLIENT_UNKNOWN_MARKET`, `CLIENT_CLOSED`
   */
  async cancelOrder(params: { market: MarketRef; signal?: AbortSignal } & OrderRef): Promise<TxCommandResult> {
    this.#assertOpen();
    const market = await this.#markets.resolve({
      market: params.market,
      ...(params.signal ? { signal: params.signal } : {}),
    });
    const { index, clientOrderIndex } = orderIndexOf(params);
    return this.#send({
      build: ({ nonce, expiredAt }) =>
        this.#signer.signCancelOrder({ marketIndex: market.marketIndex, orderIndex: index, nonce, expiredAt }),
      clientOrderIndex,
      signal: params.signal,
    });
  }

  /**
   * Change the size and price of a resting order (same order, same priority rules as the venue's ModifyOrder).
   * @example await client.modifyOrder({ market: 'ETH', clientOrderIndex: 7n, size: '0.02', price: '1990' })
   * @throws {TradingClientError} `CLIENT_NOT_ON_INCREMENT`, `CLIENT_INPUT`, `CLIENT_UNKNOWN_MARKET`, `CLIENT_CLOSED`
   */
  async modifyOrder(
    params: { market: MarketRef; size: string; price: string; signal?: AbortSignal } & OrderRef,
  ): Promise<TxCommandResult> {
    this.#assertOpen();
    const market = await this.#markets.resolve({
      market: params.market,
      ...(params.signal ? { signal: params.signal } : {}),
    });
    const { index, clientOrderIndex } = orderIndexOf(params);
    const baseAmount = scaleSize({ market, size: params.size });
    const price = scalePrice({ market, price: params.price });
    return this.#send({
      build: ({ nonce, expiredAt }) =>
        this.#signer.signModifyOrder({
          marketIndex: market.marketIndex,
          orderIndex: index,
          baseAmount,
          price,
          nonce,
          expiredAt,
        }),
      clientOrderIndex,
      signal: params.signal,
    });
  }

  /**
   * Cancel every open order of the account, on every market.
   * @example await client.cancelAll()
   * @throws {TradingClientError} `CLIENT_CLOSED`
   */
  async cancelAll(params: { signal?: AbortSignal } = {}): Promise<TxCommandResult> {
    this.#assertOpen();
    return this.#send({
      build: ({ nonce, expiredAt }) =>
        this.#signer.signCancelAllOrders({
          timeInForce: CANCEL_ALL_TIME_IN_FORCE.IMMEDIATE,
          time: 0,
          nonce,
          expiredAt,
        }),
      signal: params.signal,
    });
  }

  /**
   * The account's resting orders, on one market or all.
   * @example (await client.openOrders({ market: 'ETH' })).map((o) => o.clientOrderIndex)
   * @throws {TradingClientError} `CLIENT_UNKNOWN_MARKET`, `CLIENT_CLOSED`; http errors
   */
  async openOrders(params: { market?: MarketRef; signal?: AbortSignal } = {}): Promise<OpenOrder[]> {
    this.#assertOpen();
    const call = params.signal === undefined ? {} : { signal: params.signal };
    const markets = await this.#markets.list(params.signal);
    const marketId =
      params.market === undefined
        ? undefined
        : (await this.#markets.resolve({ market: params.market, ...call })).marketIndex;
    const res = await this.#http.accountActiveOrders(
      { accountIndex: this.accountIndex, ...(marketId === undefined ? {} : { marketId }) },
      call,
    );
    return toOpenOrders({ rows: res.orders, markets });
  }

  /**
   * The account's open positions (zero positions left out).
   * @example (await client.positions()).find((p) => p.symbol === 'ETH')?.size
   * @throws {TradingClientError} `CLIENT_CLOSED`; http errors
   */
  async positions(params: { signal?: AbortSignal } = {}): Promise<Position[]> {
    this.#assertOpen();
    const [markets, account] = await Promise.all([this.#markets.list(params.signal), this.#account(params.signal)]);
    return toPositions({ account, markets });
  }

  /**
   * Collateral, available balance and asset balances.
   * @example (await client.balances()).collateral // '100000.000000'
   * @throws {TradingClientError} `CLIENT_CLOSED`; http errors
   */
  async balances(params: { signal?: AbortSignal } = {}): Promise<Balances> {
    this.#assertOpen();
    return toBalances(await this.#account(params.signal));
  }

  async #account(signal?: AbortSignal) {
    const res = await this.#http.account(
      { by: 'index', value: String(this.accountIndex) },
      signal === undefined ? {} : { signal },
    );
    return accountOf({ accounts: res.accounts, accountIndex: this.accountIndex });
  }

  async #connected(signal?: AbortSignal): Promise<LighterWsClient> {
    this.#assertOpen();
    this.#ws ??= new LighterWsClient({
      network: this.network,
      auth: createAuthTokenProvider({ signer: this.#signer }),
    });
    await this.#ws.connect(signal === undefined ? {} : { signal });
    return this.#ws;
  }

  /**
   * The market's order book, kept exact: each event carries the live `book`. Use `onData`, or `for await` the result.
   * @example for await (const e of await client.subscribeBook({ market: 'ETH', signal })) console.log(e.book.bestBid())
   * @throws {TradingClientError} `CLIENT_UNKNOWN_MARKET`, `CLIENT_CLOSED`; streaming connect errors
   */
  async subscribeBook(
    params: { market: MarketRef } & SubscribeCallbacks<OrderBookEvent>,
  ): Promise<Subscription<OrderBookEvent>> {
    const market = await this.market({ market: params.market, ...(params.signal ? { signal: params.signal } : {}) });
    const ws = await this.#connected(params.signal);
    return attach({ sub: ws.subscribe(orderBookChannel({ marketIndex: market.marketIndex })), ...params });
  }

  /**
   * Public trades of a market. Use `onData`, or `for await` the result.
   * @example await client.subscribeTrades({ market: 'ETH', onData: (e) => console.log(e.trades) })
   * @throws {TradingClientError} `CLIENT_UNKNOWN_MARKET`, `CLIENT_CLOSED`; streaming connect errors
   */
  async subscribeTrades(
    params: { market: MarketRef } & SubscribeCallbacks<TradeEvent>,
  ): Promise<Subscription<TradeEvent>> {
    const market = await this.market({ market: params.market, ...(params.signal ? { signal: params.signal } : {}) });
    const ws = await this.#connected(params.signal);
    return attach({ sub: ws.subscribe(tradeChannel({ marketIndex: market.marketIndex })), ...params });
  }

  /**
   * The account's positions, trades and funding as the venue pushes them (`account_all`, authenticated; orders: {@link subscribeOrders}).
   * @example await client.subscribeAccount({ onData: (e) => console.log(e.data) })
   * @throws {TradingClientError} `CLIENT_CLOSED`; streaming connect errors
   */
  async subscribeAccount(
    params: SubscribeCallbacks<PayloadEvent<'account_all'>> = {},
  ): Promise<Subscription<PayloadEvent<'account_all'>>> {
    const ws = await this.#connected(params.signal);
    return attach({ sub: ws.subscribe(accountAllChannel({ accountIndex: this.accountIndex })), ...params });
  }

  /**
   * The account's orders on every market as the venue pushes them (`account_all_orders`, authenticated):
   * each frame carries the orders that changed, keyed by market id.
   * @example for await (const e of await client.subscribeOrders({ signal })) console.log(e.data.orders)
   * @throws {TradingClientError} `CLIENT_CLOSED`; streaming connect errors
   */
  async subscribeOrders(
    params: SubscribeCallbacks<PayloadEvent<'account_all_orders'>> = {},
  ): Promise<Subscription<PayloadEvent<'account_all_orders'>>> {
    const ws = await this.#connected(params.signal);
    return attach({ sub: ws.subscribe(accountAllOrdersChannel({ accountIndex: this.accountIndex })), ...params });
  }

  /**
   * Close the socket and the REST client; pending calls reject, subscriptions end. Idempotent.
   * @example await client.close()
   * @throws never
   */
  close(): Promise<void> {
    this.#closing ??= Promise.all([this.#ws?.close(), this.#http.close()]).then(() => undefined);
    return this.#closing;
  }
}
