/**
 * The options of `startSimulator` and the one option that needs resolving before anything starts: which Lighter
 * deployment, if any, the simulator impersonates. Everything a caller can tune lives here; the server lifecycle that
 * reads these options is in `simulator.ts`.
 */
import { type Network, type NetworkName, resolveNetwork } from '@lighter-ts/models/constants';
import { SimulatorInputError } from './errors.js';
import type { MarketMakerOptions } from './market-maker.js';
import type { MarketSpec } from './markets.js';
import type { SimRateLimitOptions } from './rest/rate-limit.js';

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
  rateLimit?: SimRateLimitOptions;
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

/** The network to impersonate, resolved by the models table (SimulatorInputError naming it when unknown). */
export function impersonation(network: NetworkName | Network | undefined): Network | undefined {
  if (network === undefined) return undefined;
  try {
    return resolveNetwork(network);
  } catch (e) {
    throw new SimulatorInputError({ field: 'network', message: (e as Error).message });
  }
}
