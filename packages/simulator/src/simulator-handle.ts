/**
 * The handle `startSimulator` returns and the records it hands out (created accounts, direct orders, quota state):
 * the test-facing contract of a running simulator, apart from the code that implements it.
 */
import type { Network } from '@lighter-ts/models/constants';
import type { SimAccountTier } from './engine/volume-quota.js';
import type { FaultController } from './faults.js';
import type { MarketSpec } from './markets.js';

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
