/**
 * `startSimulator`: a local Lighter venue on loopback (REST under /api/v1, WS at /stream).
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { runFunding } from './engine/account-actions.js';
import { settleBinaryMarket } from './engine/binary.js';
import { Exchange } from './engine/exchange.js';
import type { SimAccount } from './engine/types.js';
import { SimulatorInputError } from './errors.js';
import { FaultController } from './faults.js';
import { MarketMakers, type MarketMakerOptions } from './market-maker.js';
import { DEFAULT_MARKETS, type MarketSpec, validateMarkets } from './markets.js';
import { customNetwork, type Network, type NetworkName, resolveNetwork, WS_LIMITS } from '@lighter-ts/models/constants';
import { ADMIN_PREFIX, createAdminHandler } from './admin.js';
import { CHAIN_ID, LIMITS, ORDER_TYPE, TIME_IN_FORCE } from './protocol.js';
import { ReadOnlyTokenStore } from './read-only-tokens.js';
import { createAuthChecker } from './auth.js';
import type { RouteEnv } from './rest/context.js';
import { RateLimiter, type RateLimitOptions } from './rest/rate-limit.js';
import { createRequestListener } from './rest/router.js';
import type { IntakeContext } from './tx/intake.js';
import { createSigningBackend } from './tx/signing-backend.js';
import { formatScaled, parseScaled } from './util/decimal.js';
import { SeededRandom } from './util/prng.js';
import { type SimAccountTier, VolumeQuotaLedger } from './engine/volume-quota.js';
import { WsHub } from './ws/hub.js';

/** Options of {@link startSimulator}. */
export interface SimulatorOptions {
  /** TCP port; 0 (default) = ephemeral. */
  port?: number;
  /** Bind address; default 127.0.0.1. */
  host?: string;
  /** PRNG seed for market makers and ids; default 1. */
  seed?: number;
  /**
   * Impersonate a Lighter deployment (`'robinhood-mainnet'`, …): its signing chain id is what signatures
   * are checked against, its collateral symbol (USDG on Robinhood Chain) appears in asset payloads, and
   * `sim.network` carries its `networkId` with the simulator's own URLs. Default: none (a custom network).
   */
  network?: NetworkName | Network;
  /** Chain id signed into txs; default the impersonated network's, else 300. Must agree with `network`. */
  chainId?: number;
  /** Markets; default ETH perp 0, BTC perp 1, ETH/USDC spot 2048. */
  markets?: readonly MarketSpec[];
  /** Synthetic liquidity: false disables, an object tunes it. Default true. */
  marketMakers?: boolean | MarketMakerOptions;
  /** WS order-book batch interval (ms); default 50 (docs/protocol/websocket.md#order-book-sequencing). */
  flushIntervalMs?: number;
  /** Server app-level ping interval (ms); default 0 = off. Silent clients are closed with 1008 "no pong". */
  pingIntervalMs?: number;
  /** REST rate limiting with venue weights (docs/protocol/errors-and-limits.md#rate-limits); default off. */
  rateLimit?: RateLimitOptions;
  /** Automatic funding rounds on every perp market (`rate` as for `runFunding`); default off. */
  funding?: {
    /** Time between two rounds, ms (at least 10). */
    intervalMs: number;
    /** Funding rate of every round as a decimal fraction (`'0.0001'` = 0.01 %, at most 8 places); > 0: longs pay. */
    rate: string;
  };
  /**
   * Largest `sendTxBatch` per path, above which the venue answers 21514; default 50 for both
   * (docs/protocol/websocket.md#sending-transactions). `{ rest: 15, ws: 15 }` is the strict mode of the official asyncapi.
   */
  maxBatch?: {
    /** Largest batch on REST `POST /api/v1/sendTxBatch`, 1..50; default 50. */
    rest?: number;
    /** Largest batch on the WS `jsonapi/sendtxbatch` message, 1..50; default 50. */
    ws?: number;
  };
  /**
   * Where a resting order without margin is refused. Default `'sequencer'`, as the venue does: the
   * API answers 200 and the sequencer drops the order without consuming its nonce
   * (docs/protocol/transactions.md#nonces). `'api'`: 21739 at once. Spot balance checks (21304) are API refusals either way.
   */
  noMarginRefusal?: 'sequencer' | 'api';
  /**
   * Volume quota of Premium/Plus accounts (docs/protocol/errors-and-limits.md#volume-quota): the quota a new
   * L1 address starts with (default 1 000) and the free-request interval (default 15 000 ms; `false` = none,
   * so every order-placing tx is counted). Accounts start Standard (no quota); see `setAccountTier`.
   */
  volumeQuota?: {
    /** Quota (in counted txs) a new L1 address starts with; default 1 000. */
    initial?: number;
    /** One order-placing tx per this many ms is free of quota; default 15 000; `false`: none is free. */
    freeTxIntervalMs?: number | false;
  };
  /**
   * WS limits (docs/protocol/errors-and-limits.md#websocket-limits), default the venue's (`WS_LIMITS` of models):
   * open connections (23003 and close beyond), subscriptions and distinct accounts per connection (23001 / 23002).
   */
  wsLimits?: {
    /** Open WS connections in all (every client is loopback, so per IP is all); default the venue's 255. */
    connections?: number;
    /** Channels one connection may subscribe to (23001 beyond); default the venue's 500. */
    subscriptionsPerConnection?: number;
    /** Distinct accounts one connection may follow (23002 beyond); default the venue's 500. */
    accountsPerConnection?: number;
  };
}

/** Tier and volume quota of an account's L1 address, as the venue holds them. */
export interface AccountQuotaState {
  /** Account tier as `changeAccountTier` names it: `standard` (no quota), `premium` or `plus`. */
  tier: SimAccountTier;
  /** Remaining volume quota (meaningful for Premium/Plus; Standard accounts do not spend it). */
  remaining: number;
}

/** Account created for tests, with its API key (slot `apiKeyIndex`) registered. */
export interface CreatedAccount {
  /** Index of the new master account (counting up from the simulator's first free index). */
  accountIndex: number;
  /** Ethereum address (0x…, 40 hex digits) that owns the account; accounts of one address share tier and quota. */
  l1Address: string;
  /** API key slot the key is registered in (0..254); default 3. */
  apiKeyIndex: number;
  /** 40-byte private key, hex (as @lighter-ts/signing prints it). */
  privateKey: string;
  /** 40-byte public key, hex. */
  publicKey: string;
  /** Ethereum key of `l1Address` (for L1-signed txs such as ChangePubKey); absent when `l1Address` was given. */
  l1PrivateKey?: string;
}

/** A resting order placed directly by a test (no signing). */
export interface DirectOrderParams {
  /** Account that owns the order (any account of this simulator, market makers included). */
  accountIndex: number;
  /** Market id (perp, spot or binary). */
  marketIndex: number;
  /** true: sell (ask; Down on a binary market), false: buy (bid; Up). */
  isAsk: boolean;
  /** Limit price, a decimal string in the market's price decimals (`'3000.00'`). */
  price: string;
  /** Size, a decimal string in the market's size decimals (`'0.0100'`). */
  size: string;
  /** `gtt` (default: rests 28 days), `ioc` (the unfilled rest is canceled) or `post-only`. */
  timeInForce?: 'gtt' | 'ioc' | 'post-only';
  /** Only reduce an open position (perps); default false. */
  reduceOnly?: boolean;
}

/** Handle of a running simulator. */
export interface Simulator {
  /** Base URL of the REST API, `http://127.0.0.1:<port>` (routes under `/api/v1`, admin under `/__sim`). */
  readonly httpUrl: string;
  /** WebSocket URL, `ws://127.0.0.1:<port>/stream`. */
  readonly wsUrl: string;
  /** TCP port REST and WS share (ephemeral unless `port` was given). */
  readonly port: number;
  /** Chain id signatures are checked against (300 unless a network is impersonated). */
  readonly chainId: number;
  /**
   * The network clients should be given: the impersonated deployment's identity (networkId, chain id,
   * collateral) on this simulator's URLs, or a custom network when none is impersonated.
   */
  readonly network: Network;
  /** Seed of the simulator's PRNG (market makers, ids): the same seed replays the same synthetic market. */
  readonly seed: number;
  /** Fault injection: REST errors and delays, WS drops, gaps, duplicates, tx refusals and drops. */
  readonly faults: FaultController;
  /** Market specs in use. */
  readonly markets: readonly MarketSpec[];
  /** Creates a funded account with a registered API key. */
  createAccount(params?: {
    collateral?: string;
    l1Address?: string;
    apiKeyIndex?: number;
    privateKey?: string;
    spotBalances?: Record<number, string>;
  }): Promise<CreatedAccount>;
  /** Sets mark (and index) price of a market, firing SL/TP triggers. */
  setMarkPrice(marketIndex: number, price: string): void;
  /** Mark price of a market as a decimal string. */
  markPrice(marketIndex: number): string;
  /** Shifts the venue clock forward (expiry, scheduled cancel-all) and runs due work. */
  advanceTime(ms: number): void;
  /** Venue time (ms). */
  now(): number;
  /** Applies one funding round with `rate` (fraction, e.g. '0.0001'; > 0: longs pay). */
  runFunding(params: { marketIndex: number; rate: string }): void;
  /**
   * Settles a binary-option market as the operator would (docs/protocol/binary-options.md#settlement): cancels its
   * open orders and pays every position out at `price` (a decimal, 0 ..cap, `'1.00'` = Up wins with cap 100 and 2
   * price decimals). Returns each account's settlement PnL in USDC.
   */
  settleBinaryMarket(params: { marketIndex: number; price: string }): {
    /** Settlement PnL per account index, USDC with 6 decimals (`'4.500000'`); accounts without a position absent. */
    pnl: Record<number, string>;
  };
  /**
   * Sets the tier and/or the remaining volume quota of the account's L1 address (shared by its
   * sub-accounts), bypassing `changeAccountTier`'s refusals.
   * @throws SimulatorInputError for an unknown account, tier or a negative quota
   */
  setAccountTier(params: { accountIndex: number; tier?: SimAccountTier; remaining?: number }): AccountQuotaState;
  /** Tier and remaining volume quota of the account's L1 address. @throws SimulatorInputError for an unknown account */
  accountQuota(accountIndex: number): AccountQuotaState;
  /** Places an order directly in the engine (for seeding books in tests); returns its order index. */
  placeOrder(params: DirectOrderParams): {
    /** The venue order index (2^48 and up). */
    orderIndex: number;
    /** Order status as the venue spells it (`open`, `filled`, `canceled`, …; docs/protocol/enums.md). */
    status: string;
  };
  /** Market makers: pause/resume the timer or run one quoting round. */
  readonly marketMakers: {
    /** Stops the synthetic quoting and trading (books keep their orders). */
    pause(): void;
    /** Restarts it after `pause`. */
    resume(): void;
    /** Runs one market-maker round now (deterministic tests). */
    step(): void;
    /** Account indexes of the market makers (to tell their orders and trades apart). */
    accountIndexes(): number[];
  };
  /** Open WS connections (`id` = session_id of the connected frame). */
  connections(): {
    /** The connection's `session_id`, as sent in its `connected` frame. */
    id: string;
    /** Its channels, in the inbound spelling with `:` separators (`order_book:0`, `account_all:7`). */
    subscriptions: string[];
  }[];
  /** Flushes pending WS updates now (normally every 50 ms). */
  flush(): void;
  /** Stops everything: sockets, timers, servers. Idempotent. */
  close(): Promise<void>;
}

/** The network to impersonate, resolved by the models table (SimulatorInputError naming it when unknown). */
function impersonation(network: NetworkName | Network | undefined): Network | undefined {
  if (network === undefined) return undefined;
  try {
    return resolveNetwork(network);
  } catch (e) {
    throw new SimulatorInputError({ field: 'network', message: (e as Error).message });
  }
}

/**
 * Starts a simulator on loopback.
 * @example
 * const sim = await startSimulator({ seed: 7 });
 * const acct = await sim.createAccount({ collateral: '10000' });
 * await fetch(`${sim.httpUrl}/api/v1/nextNonce?account_index=${acct.accountIndex}&api_key_index=${acct.apiKeyIndex}`);
 * await sim.close();
 * @throws SimulatorInputError on invalid options.
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new SimulatorInputError({ field: 'port', message: 'must be 0..65535' });
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new SimulatorInputError({ field: 'seed', message: 'must be an integer' });
  const impersonated = impersonation(options.network);
  const chainId = options.chainId ?? impersonated?.chainId ?? CHAIN_ID.TESTNET;
  // 0 is no chain id any signer accepts (SIGN: chain id >= 1), so it is refused here too.
  if (!Number.isInteger(chainId) || chainId <= 0)
    throw new SimulatorInputError({
      field: 'chainId',
      message: `must be a positive integer, received ${String(chainId)}`,
    });
  if (impersonated && chainId !== impersonated.chainId) {
    throw new SimulatorInputError({
      field: 'chainId',
      message: `${chainId} contradicts network '${impersonated.networkId}' (chain id ${impersonated.chainId})`,
    });
  }
  const markets = options.markets ?? DEFAULT_MARKETS;
  validateMarkets(markets);
  const host = options.host ?? '127.0.0.1';
  if (options.funding !== undefined) {
    if (!(options.funding.intervalMs >= 10))
      throw new SimulatorInputError({ field: 'funding.intervalMs', message: 'must be >= 10' });
    if (!/^-?\d+(\.\d{1,8})?$/.test(options.funding.rate)) {
      throw new SimulatorInputError({ field: 'funding.rate', message: 'must be a decimal string with <= 8 places' });
    }
  }

  let clockOffset = 0;
  const exchange = new Exchange({
    markets,
    clock: () => Date.now() + clockOffset,
    collateralSymbol: impersonated?.collateral.symbol,
  });
  const rng = new SeededRandom(seed);
  const signing = createSigningBackend();
  const faults = new FaultController();
  const maxBatch = { rest: options.maxBatch?.rest ?? LIMITS.MAX_BATCH, ws: options.maxBatch?.ws ?? LIMITS.MAX_BATCH };
  for (const [path, n] of Object.entries(maxBatch)) {
    if (!Number.isInteger(n) || n < 1 || n > LIMITS.MAX_BATCH)
      throw new SimulatorInputError({
        field: `maxBatch.${path}`,
        message: `must be 1..${LIMITS.MAX_BATCH}, received ${String(n)}`,
      });
  }
  const vq = options.volumeQuota ?? {};
  if (vq.initial !== undefined && !(Number.isSafeInteger(vq.initial) && vq.initial >= 0)) {
    throw new SimulatorInputError({
      field: 'volumeQuota.initial',
      message: `must be an integer >= 0, received ${String(vq.initial)}`,
    });
  }
  if (vq.freeTxIntervalMs !== undefined && vq.freeTxIntervalMs !== false && !(vq.freeTxIntervalMs >= 0)) {
    throw new SimulatorInputError({
      field: 'volumeQuota.freeTxIntervalMs',
      message: `must be >= 0 or false, received ${String(vq.freeTxIntervalMs)}`,
    });
  }
  const quota = new VolumeQuotaLedger({ exchange, ...vq });
  // every fill earns quota for both owners (docs/protocol/errors-and-limits.md#volume-quota)
  exchange.bus.on((e) => {
    if (e.kind === 'trade') quota.onTrade(e.trade);
  });
  const intake: IntakeContext = {
    exchange,
    chainId,
    signing,
    maxBatch,
    noMarginRefusal: options.noMarginRefusal ?? 'sequencer',
    quota,
    takeTxFault: () => faults.takeTx(),
    takeTxDrop: () => faults.takeTxDrop(),
  };

  const readOnlyTokens = new ReadOnlyTokenStore(exchange);
  const checkAuth = createAuthChecker({ exchange, signing, readOnlyTokens });
  const wsLimits = {
    connections: options.wsLimits?.connections ?? WS_LIMITS.CONNECTIONS_PER_IP,
    subscriptionsPerConnection: options.wsLimits?.subscriptionsPerConnection ?? WS_LIMITS.SUBSCRIPTIONS_PER_CONNECTION,
    accountsPerConnection: options.wsLimits?.accountsPerConnection ?? WS_LIMITS.ACCOUNTS_PER_CONNECTION,
  };
  for (const [k, v] of Object.entries(wsLimits)) {
    if (!Number.isInteger(v) || v < 1)
      throw new SimulatorInputError({
        field: `wsLimits.${k}`,
        message: `must be a positive integer, received ${String(v)}`,
      });
  }

  const env: RouteEnv = { exchange, chainId, intake, checkAuth, readOnlyTokens };
  const timers = new Set<NodeJS.Timeout>();
  if (options.rateLimit !== undefined && !(options.rateLimit.weightPerMinute > 0)) {
    throw new SimulatorInputError({ field: 'rateLimit.weightPerMinute', message: 'must be > 0' });
  }
  const limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : undefined;
  const api = createRequestListener(env, faults, timers, limiter);
  const admin = createAdminHandler({
    faults,
    createAccount: (p) => sim.createAccount(p),
    settleBinaryMarket: (p) => sim.settleBinaryMarket(p),
    setAccountTier: (p) => sim.setAccountTier(p),
  });
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith(ADMIN_PREFIX)) void admin(req, res);
    else api(req, res);
  });
  server.keepAliveTimeout = 1000;
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const hub = new WsHub({
    exchange,
    faults,
    intake,
    checkAuth,
    flushIntervalMs: options.flushIntervalMs ?? 50,
    pingIntervalMs: options.pingIntervalMs ?? 0,
    limits: wsLimits,
  });
  server.on('upgrade', (req, socket, head) => hub.handleUpgrade(req, socket, head));

  const mmOpt = options.marketMakers ?? true;
  const mm = mmOpt === false ? undefined : new MarketMakers(exchange, rng, mmOpt === true ? {} : mmOpt);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address();
  const boundPort = typeof addr === 'object' && addr ? addr.port : port;
  hub.start();
  mm?.start();
  const ticker = setInterval(() => exchange.tick(), 100);
  ticker.unref();
  let fundingTimer: NodeJS.Timeout | undefined;
  if (options.funding) {
    const { intervalMs, rate } = options.funding;
    fundingTimer = setInterval(() => {
      for (const m of exchange.markets.values()) if (m.isPerp) runFunding(exchange, { marketIndex: m.index, rate });
    }, intervalMs);
    fundingTimer.unref();
  }

  let closing: Promise<void> | undefined;
  const marketOf = (i: number) => {
    const m = exchange.market(i);
    if (!m) throw new SimulatorInputError({ field: 'marketIndex', message: `unknown market ${i}` });
    return m;
  };
  const hostForUrl = host.includes(':') ? `[${host}]` : host;

  const httpUrl = `http://${hostForUrl}:${boundPort}`;
  const wsUrl = `ws://${hostForUrl}:${boundPort}/stream`;
  const sim: Simulator = {
    httpUrl,
    wsUrl,
    port: boundPort,
    chainId,
    network: impersonated
      ? customNetwork({ ...impersonated, httpUrl, wsUrl, displayName: `${impersonated.displayName} (simulated)` })
      : customNetwork({ httpUrl, wsUrl, chainId, displayName: 'Lighter simulator' }),
    seed,
    faults,
    markets,
    async createAccount(params = {}) {
      const collateral = params.collateral ?? '100000';
      let micro: bigint;
      try {
        micro = parseScaled(collateral, 6);
      } catch {
        throw new SimulatorInputError({ field: 'collateral', message: 'must be a decimal string with <= 6 places' });
      }
      if (micro < 0n) throw new SimulatorInputError({ field: 'collateral', message: 'must be >= 0' });
      const apiKeyIndex = params.apiKeyIndex ?? 3;
      if (!Number.isInteger(apiKeyIndex) || apiKeyIndex < 0 || apiKeyIndex > 254) {
        throw new SimulatorInputError({ field: 'apiKeyIndex', message: 'must be 0..254' });
      }
      const keys = params.privateKey
        ? { privateKey: params.privateKey, publicKey: signing.publicKeyOf(params.privateKey) }
        : signing.newKeyPair();
      const l1 = params.l1Address === undefined ? signing.newL1Key() : undefined;
      const l1Address = params.l1Address ?? l1!.l1Address;
      if (!/^0x[0-9a-fA-F]{40}$/.test(l1Address))
        throw new SimulatorInputError({ field: 'l1Address', message: 'must be 0x + 40 hex' });
      const acct: SimAccount = exchange.createAccount({ collateral: micro, l1Address });
      acct.apiKeys.set(apiKeyIndex, {
        apiKeyIndex,
        publicKey: keys.publicKey,
        nonce: 0,
        transactionTime: exchange.now() * 1000,
      });
      for (const [asset, amount] of Object.entries(params.spotBalances ?? {})) {
        const m = [...exchange.markets.values()].find((x) => !x.isPerp && (x.spec.baseAssetId ?? 1) === Number(asset));
        acct.spotBalances.set(Number(asset), parseScaled(amount, m?.spec.sizeDecimals ?? 8));
      }
      exchange.touchAccount(acct.index);
      const created: CreatedAccount = {
        accountIndex: acct.index,
        l1Address,
        apiKeyIndex,
        privateKey: keys.privateKey,
        publicKey: keys.publicKey,
      };
      if (l1) created.l1PrivateKey = l1.ethPrivateKey;
      return created;
    },
    settleBinaryMarket(params) {
      const m = marketOf(params.marketIndex);
      const priceTicks = Number(parseScaled(params.price, m.spec.priceDecimals));
      const pnl = settleBinaryMarket(exchange, { marketIndex: params.marketIndex, priceTicks });
      return { pnl: Object.fromEntries([...pnl].map(([a, v]) => [a, formatScaled(v, 6)])) };
    },
    setMarkPrice(marketIndex, price) {
      const m = marketOf(marketIndex);
      exchange.setMarkPrice(marketIndex, parseScaled(price, m.spec.priceDecimals));
    },
    markPrice(marketIndex) {
      const m = marketOf(marketIndex);
      return `${m.markPrice}`
        .padStart(m.spec.priceDecimals + 1, '0')
        .replace(new RegExp(`(\\d{${m.spec.priceDecimals}})$`), '.$1');
    },
    advanceTime(ms) {
      if (!(ms >= 0)) throw new SimulatorInputError({ field: 'ms', message: 'must be >= 0' });
      clockOffset += ms;
      exchange.tick();
    },
    now: () => exchange.now(),
    runFunding(params) {
      runFunding(exchange, params);
    },
    setAccountTier(p) {
      const acct = exchange.accounts.get(p.accountIndex);
      if (!acct)
        throw new SimulatorInputError({ field: 'accountIndex', message: `unknown account ${String(p.accountIndex)}` });
      if (p.tier !== undefined && !['standard', 'premium', 'plus'].includes(p.tier)) {
        throw new SimulatorInputError({
          field: 'tier',
          message: `must be standard, premium or plus, received ${String(p.tier)}`,
        });
      }
      if (p.remaining !== undefined && !(Number.isSafeInteger(p.remaining) && p.remaining >= 0)) {
        throw new SimulatorInputError({
          field: 'remaining',
          message: `must be an integer >= 0, received ${String(p.remaining)}`,
        });
      }
      const e = quota.set({
        l1Address: acct.l1Address,
        ...(p.tier === undefined ? {} : { tier: p.tier }),
        ...(p.remaining === undefined ? {} : { remaining: p.remaining }),
      });
      return { tier: e.tier, remaining: e.remaining };
    },
    accountQuota(accountIndex) {
      const acct = exchange.accounts.get(accountIndex);
      if (!acct)
        throw new SimulatorInputError({ field: 'accountIndex', message: `unknown account ${String(accountIndex)}` });
      const e = quota.entry(acct.l1Address);
      return { tier: e.tier, remaining: e.remaining };
    },
    placeOrder(p) {
      const m = marketOf(p.marketIndex);
      const tif = p.timeInForce ?? 'gtt';
      const ioc = tif === 'ioc';
      const o = exchange.placeOrder({
        accountIndex: p.accountIndex,
        apiKeyIndex: 0,
        marketIndex: p.marketIndex,
        clientOrderIndex: 0,
        baseAmount: parseScaled(p.size, m.spec.sizeDecimals),
        price: parseScaled(p.price, m.spec.priceDecimals),
        isAsk: p.isAsk,
        type: ORDER_TYPE.LIMIT,
        timeInForce: ioc
          ? TIME_IN_FORCE.IMMEDIATE_OR_CANCEL
          : tif === 'post-only'
            ? TIME_IN_FORCE.POST_ONLY
            : TIME_IN_FORCE.GOOD_TILL_TIME,
        reduceOnly: p.reduceOnly ?? false,
        triggerPrice: 0n,
        orderExpiry: ioc ? 0 : exchange.now() + 28 * 86_400_000,
        nonce: 0,
      });
      return { orderIndex: o.orderIndex, status: o.status };
    },
    marketMakers: {
      pause: () => mm?.stop(),
      resume: () => mm?.start(),
      step: () => mm?.step(),
      accountIndexes: () => mm?.accountIndexes() ?? [],
    },
    connections: () => [...hub.connections.values()].map((c) => ({ id: c.id, subscriptions: [...c.subs.keys()] })),
    flush: () => hub.flush(),
    close() {
      closing ??= (async () => {
        mm?.stop();
        clearInterval(ticker);
        if (fundingTimer) clearInterval(fundingTimer);
        for (const t of timers) clearTimeout(t);
        timers.clear();
        faults.clear();
        await hub.close();
        for (const s of sockets) s.destroy();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        exchange.bus.clear();
      })();
      return closing;
    },
  };
  return sim;
}
