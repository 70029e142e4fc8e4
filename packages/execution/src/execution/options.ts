/**
 * The public contract types of the execution client: its events, its constructor options and the modify request.
 * One job: name what a user passes and receives, so the client (./client.ts) and its wiring (./parts.ts) both
 * import them without importing each other.
 */
import type { LighterHttpClient } from '@lighter-ts/http';
import type { LighterWsClient } from '@lighter-ts/streaming';
import type { LighterClientConfigInput } from '../config/config.js';
import type { IdentityStore } from '../identity/store.js';
import type { NonceManager } from '../nonce/nonce-manager.js';
import type { OrderEvent } from '../orders/events.js';
import type { OrderRetention } from '../orders/retention.js';
import type { AccountState, FillReport, OrderStatusReport } from '../reports/types.js';
import type { TopOfBook } from '../translate/order-translation.js';
import type { ExecSigner } from './contracts.js';
import type { OrderInFlightTimeout } from './probes.js';

/** Events of the execution client. */
export interface ExecutionClientEvents {
  /** Every order event (Nautilus names), in order per ClientOrderId. */
  order: OrderEvent;
  /** Merged account state (after both assets and user_stats arrived). */
  accountState: AccountState;
  /** Orders this client did not place (external orders, parity R9). */
  orderStatusReport: OrderStatusReport;
  /** Fills of orders this client did not place. */
  fillReport: FillReport;
  /**
   * A command (submit / cancel / modify) whose outcome is still unknown after `inflightTimeoutMs`:
   * the orders stay in their pending state and keep being probed; a strategy may act (e.g. stop quoting).
   */
  inflightTimeout: OrderInFlightTimeout;
  /** Non-fatal problems (refresh failures, probe failures, unbuildable venue rows, listener exceptions). */
  error: unknown;
}

/** Options of {@link LighterExecutionClient}. */
export interface LighterExecutionClientOptions {
  /** Client configuration: network, credentials (else from `env`), quotas, slippage cap, ids. */
  readonly config: LighterClientConfigInput;
  /** Env used for credential fallback; pass `process.env` explicitly (never read implicitly). */
  readonly env?: Record<string, string | undefined>;
  /** Default: `createSigner` from @lighter-ts/signing with the resolved credentials. */
  readonly signer?: ExecSigner;
  /** Default: a client owned (and closed) by this one. */
  readonly http?: LighterHttpClient;
  /** Default: a client owned (and closed) by this one. */
  readonly ws?: LighterWsClient;
  /**
   * Default: a {@link FileIdentityStore} journal at `identityStorePath`, or in the per-user state
   * directory (see `defaultIdentityStorePath`; `$XDG_STATE_HOME` / `%LOCALAPPDATA%` are read from `env`).
   * An injected store is flushed but not closed by `close()`.
   */
  readonly identityStore?: IdentityStore;
  /** Journal file of the default identity store; default under the per-user state directory, never the working directory. */
  readonly identityStorePath?: string;
  /** Default: optimistic manager reading `nextNonce` at start and after 21104 only. */
  readonly nonceManager?: NonceManager;
  /** Top of book for market-order price caps (e.g. `(id) => dataClient.topOfBook(id)`). */
  readonly quoteSource?: (instrumentId: string) => TopOfBook | undefined;
  /** Client id reported in mass status. Default `LIGHTER`. */
  readonly clientId?: string;
  /**
   * Bounded state: terminal orders are evicted (registry and identity journal) after
   * `terminalOrderTtlMs` (default 10 min) or beyond `maxTerminalOrders` (default 10 000); each
   * order keeps its first and latest `maxEventsPerOrder` events (default 64). Open orders are never evicted.
   */
  readonly retention?: OrderRetention;
  /** First delay before an unknown outcome is looked up over REST (then doubling, up to 16x). Default 2 000 ms. */
  readonly inflightProbeMs?: number;
  /** How long a command may stay unresolved before an `inflightTimeout` event. Default 30 000 ms. */
  readonly inflightTimeoutMs?: number;
  /** Tx validity (`ExpiredAt` = signing time + this). Default {@link TX_EXPIRY_MS} (5 min). */
  readonly txExpiryMs?: number;
  /** Clock in ms since the epoch (default `Date.now`; tests inject one). */
  readonly now?: () => number;
  /**
   * Also trade binary-option (Up/Down) markets: load them from the `events` route as `BinaryOption` instruments
   * (docs/protocol/binary-options.md#events; `orderBookDetails` does not list them). Their positions (`bo_positions`)
   * then show in position reports. Default false.
   */
  readonly loadBinaryOptions?: boolean;
}

/** Modify request: any of quantity / price / trigger (trigger-only is allowed, NT `a9739c10fa`). */
export interface ModifyOrderRequest {
  /** ClientOrderId of the order to modify. */
  readonly clientOrderId: string;
  /** New quantity, decimal string on the lot; absent keeps the current one. */
  readonly quantity?: string;
  /** New limit price, decimal string on the tick; absent keeps the current one (or, for a trigger-only modify of a market-type stop, recomputes the capped price). */
  readonly price?: string;
  /** New trigger price, decimal string on the tick; absent keeps the current one. */
  readonly triggerPrice?: string;
}
