/**
 * `startSimulator`: a local Lighter venue on loopback (REST under /api/v1, WS at /stream). This module owns the
 * lifecycle: it validates the options, wires engine, REST router, WS hub and timers, listens, and closes them all;
 * the options are declared in `simulator-options.ts`, the handle's contract in `simulator-handle.ts`, and the test
 * controls that write state without a signer in `direct-controls.ts`.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { customNetwork, WS_LIMITS } from '@lighter-ts/models/constants';
import { ADMIN_PREFIX, createAdminHandler } from './admin.js';
import { createAuthChecker } from './auth.js';
import { placeDirectOrder, readQuota, seedAccount, setQuota } from './direct-controls.js';
import { runFunding } from './engine/account-actions.js';
import { settleBinaryMarket } from './engine/binary.js';
import { Exchange } from './engine/exchange.js';
import { VolumeQuotaLedger } from './engine/volume-quota.js';
import { SimulatorInputError } from './errors.js';
import { FaultController } from './faults.js';
import { MarketMakers } from './market-maker.js';
import { DEFAULT_MARKETS, validateMarkets } from './markets.js';
import { CHAIN_ID, LIMITS } from './protocol.js';
import { ReadOnlyTokenStore } from './read-only-tokens.js';
import type { RouteEnv } from './rest/context.js';
import { RateLimiter } from './rest/rate-limit.js';
import { createRequestListener } from './rest/router.js';
import type { Simulator } from './simulator-handle.js';
import { impersonation, type SimulatorOptions } from './simulator-options.js';
import type { IntakeContext } from './tx/intake.js';
import { createSigningBackend } from './tx/signing-backend.js';
import { formatScaled, parseScaled } from './util/decimal.js';
import { SeededRandom } from './util/prng.js';
import { WsHub } from './ws/hub.js';

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
    createAccount: (params) => seedAccount({ exchange, signing }, params),
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
    setAccountTier: (p) => setQuota({ exchange, quota }, p),
    accountQuota: (accountIndex) => readQuota({ exchange, quota }, accountIndex),
    placeOrder: (p) => placeDirectOrder({ exchange, marketOf }, p),
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
