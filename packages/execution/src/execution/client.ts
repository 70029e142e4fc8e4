/**
 * LighterExecutionClient: Nautilus-style execution client for Lighter (docs/protocol/nautilus.md#parity-checklist).
 * Submit / modify / cancel / cancel-all (honouring side) / batches (sendTxBatch, cap 15) /
 * OTO-OCO-OTOCO brackets, order events from the private WS streams, and REST reconciliation.
 * Emission follows the outcome policy strictly (docs/protocol/nautilus.md#emission-rules, L9): OrderDenied before anything
 * is signed; OrderSubmitted right after signing; Rejected only on a structured venue answer;
 * unknown outcomes stay in flight and are resolved by the streams or a REST probe.
 */
import type { LighterHttpClient } from '@lighter-ts/http';
import type { LighterWsClient } from '@lighter-ts/streaming';
import type { AccountStateCache } from '../account/account-state.js';
import type { LighterCredentials, ResolvedClientConfig } from '../config/config.js';
import { EXECUTION_ERROR_CODE, ExecutionError } from '../errors.js';
import type { IdentityStore } from '../identity/store.js';
import type { InstrumentProvider } from '../instruments/provider.js';
import type { TxSequencer } from '../nonce/sequencer.js';
import type { OrderDispatcher, TrackedOrder } from '../orders/dispatcher.js';
import type { ContingencyType, NautilusOrder, OrderSide, NautilusOrderStatus } from '../orders/types.js';
import type {
  AccountState,
  AccountVenueLimits,
  ExecutionMassStatus,
  FillReport,
  OrderStatusReport,
  PositionStatusReport,
} from '../reports/types.js';
import type { Emitter } from '../util/emitter.js';
import * as accountCommands from './account-commands.js';
import type { AccountStreams } from './account-streams.js';
import { cancelSkipReason, type OrderCommands } from './order-commands.js';
import type { OrderSubmission } from './order-submission.js';
import type { ExecutionClientEvents, LighterExecutionClientOptions, ModifyOrderRequest } from './options.js';
import { buildExecutionParts } from './parts.js';
import * as session from './session.js';
import type { InflightProber } from './probes.js';
import {
  type CancelListResult,
  cancelList,
  type OrderCommandResult,
  type OrderListResult,
  single,
  type TxOutcomeSummary,
} from './results.js';
import * as recon from './reconciliation.js';

export type { ExecutionClientEvents, LighterExecutionClientOptions, ModifyOrderRequest } from './options.js';

/**
 * @example
 * const exec = new LighterExecutionClient({ config: { network: 'testnet' }, env: process.env });
 * exec.on('order', (e) => console.log(e.type, e.clientOrderId));
 * await exec.connect();
 * await exec.submitOrder({ clientOrderId: 'O-1', instrumentId: 'ETH-PERP.LIGHTER', side: 'BUY', type: 'LIMIT', quantity: '0.01', price: '2000', timeInForce: 'GTC', postOnly: true });
 * await exec.close();
 * @throws ExecutionConfigError from the constructor when credentials are missing or malformed
 */
export class LighterExecutionClient {
  /** The resolved configuration, credentials included (the private key is redacted from logs). */
  readonly config: ResolvedClientConfig & {
    /** The resolved account, API key slot and private key (redacted from logs). */
    readonly credentials: LighterCredentials;
  };
  /** Instruments of the venue, loaded on `connect()` and refreshed every `updateInstrumentsIntervalMins`. */
  readonly instruments: InstrumentProvider;
  /** ClientOrderId ↔ client order index ↔ venue order index store; survives restarts when persistent. */
  readonly identity: IdentityStore;
  /** Account balances / margins merged from the account streams (`accountState` events). */
  readonly account: AccountStateCache;
  readonly #events: Emitter<ExecutionClientEvents>;
  readonly #http: LighterHttpClient;
  readonly #ownsHttp: boolean;
  readonly #ws: LighterWsClient;
  readonly #ownsWs: boolean;
  readonly #ownsIdentity: boolean;
  readonly #sequencer: TxSequencer;
  readonly #dispatcher: OrderDispatcher;
  readonly #streams: AccountStreams;
  readonly #now: () => number;
  readonly #prober: InflightProber;
  readonly #commands: OrderCommands;
  readonly #submission: OrderSubmission;
  readonly #closer: AbortController;
  readonly #reconCtx: () => recon.ReconciliationContext;
  /** What the account-level commands (./account-commands.ts) need of this client. */
  readonly #accountCtx: accountCommands.AccountCommandContext;
  /** What the session start (./session.ts) needs of this client. */
  readonly #sessionCtx: session.SessionContext;
  #connected = false;
  #closing: Promise<void> | undefined;
  /** This client's api key is maker-only at the venue (read at connect, kept by setMakerOnlyApiKeys). */
  #makerOnlyKey = false;

  constructor(options: LighterExecutionClientOptions) {
    // The wiring lives in ./parts.ts (LighterLiveExecClientFactory builds through this constructor).
    const p = buildExecutionParts({ options, makerOnly: () => this.#makerOnlyKey });
    this.config = p.config;
    this.#events = p.events;
    this.#http = p.http;
    this.#ownsHttp = p.ownsHttp;
    this.#ws = p.ws;
    this.#ownsWs = p.ownsWs;
    this.identity = p.identity;
    this.#ownsIdentity = p.ownsIdentity;
    this.#sequencer = p.sequencer;
    this.instruments = p.instruments;
    this.account = p.account;
    this.#dispatcher = p.dispatcher;
    this.#prober = p.prober;
    this.#commands = p.commands;
    this.#submission = p.submission;
    this.#streams = p.streams;
    this.#now = p.now;
    this.#closer = p.closer;
    this.#reconCtx = p.reconCtx;
    this.#sessionCtx = {
      config: p.config,
      account: p.account,
      instruments: p.instruments,
      signer: p.signer,
      http: p.http,
      nonces: p.nonces,
      ws: p.ws,
      streams: p.streams,
      events: p.events,
      setMakerOnly: (makerOnly) => {
        this.#makerOnlyKey = makerOnly;
      },
    };
    this.#accountCtx = { pipeline: p.pipeline, signer: p.signer, instruments: p.instruments, now: p.now };
  }

  /** Adds an event listener; returns a remover. @throws never */
  on<K extends keyof ExecutionClientEvents>(
    event: K,
    listener: (payload: ExecutionClientEvents[K]) => void,
  ): () => void {
    return this.#events.on(event, listener);
  }

  /** True between a successful connect() and close(). */
  get connected(): boolean {
    return this.#connected;
  }

  /**
   * Instruments -> API key check (`apikeys`) -> nonce baseline -> WS -> 5 account streams, resolving once every stream has
   * delivered its first frame and the account state is known (parity R6, docs/protocol/client-behaviour.md).
   * @throws ExecutionError NOT_CONNECTED (gate timeout / closed), http / ws errors
   * @throws ApiKeyMismatchError the account's API key slot is empty or holds another key (nothing was sent)
   */
  async connect(params: { signal?: AbortSignal } = {}): Promise<void> {
    if (this.#closer.signal.aborted)
      throw new ExecutionError({ code: EXECUTION_ERROR_CODE.NOT_CONNECTED, message: 'client is closed' });
    if (this.#connected) return;
    const signal =
      params.signal === undefined ? this.#closer.signal : AbortSignal.any([params.signal, this.#closer.signal]);
    await session.openSession(this.#sessionCtx, signal);
    this.#connected = true;
  }

  /** True when the venue restricts this client's api key to maker-only traffic: takers are denied locally (`MAKER_ONLY_KEY`). */
  get makerOnlyKey(): boolean {
    return this.#makerOnlyKey;
  }

  /**
   * Replaces the account's set of maker-only api keys (`[]` clears it; indexes >= 4; the venue
   * allows one change per hour, premium accounts only). This client's own key status follows.
   * @example await client.setMakerOnlyApiKeys({ apiKeyIndexes: [client.config.credentials.apiKeyIndex] });
   * @throws LighterInputError (http) an index below 4 (before any I/O); LighterApiError the venue's refusal
   */
  async setMakerOnlyApiKeys(
    req: { apiKeyIndexes: readonly number[] },
    params: { signal?: AbortSignal } = {},
  ): Promise<void> {
    const creds = this.config.credentials;
    await this.#http.setMakerOnlyApiKeys(
      { accountIndex: creds.accountIndex, apiKeyIndexes: [...req.apiKeyIndexes] },
      params.signal === undefined ? {} : { signal: params.signal },
    );
    this.#makerOnlyKey = req.apiKeyIndexes.includes(creds.apiKeyIndex);
  }

  /**
   * Reads the account tier from `accountLimits` (an authenticated route) into the account state
   * (`account.venueLimits`, and `tier` of every AccountState from now on). The volume quota has no
   * read route: it comes with every accepted sendTx answer (docs/protocol/errors-and-limits.md#volume-quota).
   * @example const { tier, volumeQuotaRemaining } = await exec.refreshAccountLimits();
   * @throws the http client's errors (LighterApiError, rate limit, transport), AbortError
   */
  async refreshAccountLimits(params: { signal?: AbortSignal } = {}): Promise<AccountVenueLimits> {
    const limits = await this.#http.accountLimits(
      { accountIndex: this.config.credentials.accountIndex },
      params.signal === undefined ? {} : { signal: params.signal },
    );
    return this.account.onVenueLimits({ tier: limits.user_tier ?? null }, this.#now());
  }

  #requireConnected(): void {
    if (!this.#connected)
      throw new ExecutionError({
        code: EXECUTION_ERROR_CODE.NOT_CONNECTED,
        message: 'execution client is not connected',
      });
  }

  /**
   * Submits one order. Resolves after the send with the order's status (events tell the rest)
   * and the nonce / tx hash of the signed CreateOrder.
   * @throws ExecutionError NOT_CONNECTED; ORDER_DENIED for a duplicate ClientOrderId (no event)
   */
  async submitOrder(order: NautilusOrder, params: { signal?: AbortSignal } = {}): Promise<OrderCommandResult> {
    this.#requireConnected();
    return this.#submission.submit(order, params.signal);
  }

  /**
   * Submits up to 15 independent orders in one sendTxBatch, or a contingent bracket (OTO / OCO /
   * OTOCO) as one CreateGroupedOrders tx. Unsupported members are DENIED; the rest are sent.
   * @throws ExecutionError NOT_CONNECTED
   */
  async submitOrderList(params: {
    orders: readonly NautilusOrder[];
    contingency?: ContingencyType | 'OTOCO';
    signal?: AbortSignal;
  }): Promise<OrderListResult> {
    this.#requireConnected();
    return this.#submission.submitList(params);
  }

  /**
   * Modifies an order in place (same venue order index). Emits OrderPendingUpdate, then
   * OrderUpdated from the venue, or OrderModifyRejected on a definitive refusal (or once a probe
   * proves an unknown-outcome modify was not applied). Resolves with the status, the nonce / tx
   * hash of the signed ModifyOrder and the outcome; an order with a cancel or modify in flight
   * sends nothing (`outcome: 'skipped'`, `skipped` says why).
   * @throws ExecutionError NOT_CONNECTED / ORDER_DENIED (unknown order); OrderDeniedError for bad values
   */
  async modifyOrder(req: ModifyOrderRequest, params: { signal?: AbortSignal } = {}): Promise<OrderCommandResult> {
    this.#requireConnected();
    return this.#commands.modify({
      tracked: this.#tracked(req.clientOrderId),
      req,
      ...(params.signal === undefined ? {} : { signal: params.signal }),
    });
  }

  #tracked(clientOrderId: string): TrackedOrder {
    const t = this.#dispatcher.get(clientOrderId);
    if (t === undefined)
      throw new ExecutionError({
        code: EXECUTION_ERROR_CODE.ORDER_DENIED,
        message: `unknown ClientOrderId ${clientOrderId}`,
      });
    return t;
  }

  /**
   * Cancels one order (by venue order index, or its client order index before OrderAccepted).
   * Resolves with the status, the nonce / tx hash of the signed CancelOrder and the outcome.
   * Idempotent: an order already pending cancel (or not open) sends nothing and the result says
   * `outcome: 'skipped'` with `skipped: 'ALREADY_PENDING_CANCEL' | 'NOT_OPEN'`.
   * @throws ExecutionError NOT_CONNECTED / unknown ClientOrderId
   */
  async cancelOrder(
    req: { clientOrderId: string },
    params: { signal?: AbortSignal } = {},
  ): Promise<OrderCommandResult> {
    this.#requireConnected();
    const t = this.#tracked(req.clientOrderId);
    const skipped = cancelSkipReason(t);
    if (skipped !== undefined) return single({ status: t.machine.status, txs: [], outcome: 'skipped', skipped });
    const r = await this.#commands.cancelMany([t], params.signal);
    return single({
      status: t.machine.status,
      txs: r.txs,
      outcome: r.outcome ?? 'skipped',
      reason: r.reason,
      venueCode: r.venueCode,
      volumeQuotaRemaining: r.volumeQuotaRemaining,
    });
  }

  /**
   * Cancels several orders with sendTxBatch (chunks of 15); orders already pending cancel are skipped.
   * @returns the ClientOrderIds a cancel was sent for, every CancelOrder tx sent (nonce / tx hash, in nonce
   * order), the outcome, and the reason / venue code when the cancels were denied or refused
   * @throws ExecutionError NOT_CONNECTED / unknown ClientOrderId
   */
  async batchCancelOrders(
    req: { clientOrderIds: readonly string[] },
    params: { signal?: AbortSignal } = {},
  ): Promise<CancelListResult> {
    this.#requireConnected();
    return cancelListOf(
      await this.#commands.cancelMany(
        req.clientOrderIds.map((c) => this.#tracked(c)),
        params.signal,
      ),
    );
  }

  /**
   * Cancels every open order of an instrument, optionally only one side (parity E11: side
   * honoured); orders already pending cancel are skipped (their cancel is in flight).
   * @returns the ClientOrderIds a cancel was sent for, the txs, the outcome, and the reason / venue code
   * when the cancels were denied or refused
   * @throws ExecutionError NOT_CONNECTED
   */
  async cancelAllOrders(
    req: { instrumentId: string; side?: OrderSide },
    params: { signal?: AbortSignal } = {},
  ): Promise<CancelListResult> {
    this.#requireConnected();
    const open = this.#dispatcher.openOrders({
      instrumentId: req.instrumentId,
      ...(req.side === undefined ? {} : { side: req.side }),
    });
    return cancelListOf(await this.#commands.cancelMany(open, params.signal));
  }

  /**
   * Adapter-specific: signed UpdateLeverage (parity E15). `leverage` 20 = IMF 500 (5%); margin
   * mode cross (default) or isolated. Resolves with the send outcome (never throws on a venue refusal).
   * @throws ExecutionError NOT_CONNECTED / ORDER_DENIED (bad leverage, spot market, signer without signUpdateLeverage)
   */
  async updateLeverage(params: {
    instrumentId: string;
    leverage?: number;
    initialMarginFraction?: number;
    marginMode?: 'cross' | 'isolated';
    signal?: AbortSignal;
  }): Promise<TxOutcomeSummary> {
    this.#requireConnected();
    return accountCommands.updateLeverage(this.#accountCtx, params);
  }

  /**
   * Dead-man's switch (parity E16, exceeds): native CancelAllOrders with the scheduled TIF, firing
   * `inMs` from now (venue window 5 min .. 15 days, docs/protocol/transactions.md#other-order-transactions); `inMs: 0` aborts a
   * scheduled one. Re-arm it periodically to keep orders alive. The resulting cancels arrive as
   * ordinary OrderCanceled events. Resolves with the send outcome.
   * @throws ExecutionError NOT_CONNECTED / ORDER_DENIED (window, signer without signCancelAllOrders)
   */
  async scheduleCancelAll(params: { inMs: number; signal?: AbortSignal }): Promise<TxOutcomeSummary> {
    this.#requireConnected();
    return accountCommands.scheduleCancelAll(this.#accountCtx, params);
  }

  /** Status of a tracked order. @throws never */
  orderStatus(clientOrderId: string): NautilusOrderStatus | undefined {
    return this.#dispatcher.get(clientOrderId)?.machine.status;
  }

  /** Open orders this client tracks (optionally per instrument / side). @throws never */
  openOrders(filter: { instrumentId?: string; side?: OrderSide } = {}): {
    /** ClientOrderId of the open order. */
    clientOrderId: string;
    /** Venue order index, decimal string; undefined until the venue acknowledged the order. */
    venueOrderId: string | undefined;
    /** Current status: ACCEPTED, TRIGGERED, PARTIALLY_FILLED, PENDING_CANCEL or PENDING_UPDATE. */
    status: NautilusOrderStatus;
    /** The order as submitted. */
    order: NautilusOrder;
  }[] {
    return this.#dispatcher.openOrders(filter).map((t) => ({
      clientOrderId: t.order.clientOrderId,
      venueOrderId: t.machine.venueOrderId,
      status: t.machine.status,
      order: t.order,
    }));
  }

  /** Cached merged account state (no REST source exists, parity R8). @throws never */
  queryAccount(): AccountState | undefined {
    return this.account.state;
  }

  /**
   * `query_order` (parity R8): looks the order up over REST, applies what the venue says to the
   * local state (events for anything missed) and returns the report. Not found leaves the order as is.
   * @throws ExecutionError for an unknown ClientOrderId; http errors
   */
  async queryOrder(params: { clientOrderId: string; signal?: AbortSignal }): Promise<OrderStatusReport | undefined> {
    const t = this.#tracked(params.clientOrderId);
    const signal = params.signal ?? this.#closer.signal;
    const row = await recon.findOrderRow(this.#reconCtx(), {
      instrumentId: t.order.instrumentId,
      clientOrderId: t.order.clientOrderId,
      signal,
    });
    if (row === undefined) return undefined;
    this.#dispatcher.handleOrderRow(row, 'rest-probe');
    return this.generateOrderStatusReport({ instrumentId: t.order.instrumentId, venueOrderId: row.orderId, signal });
  }

  /** @see recon.generateOrderStatusReport @throws http errors */
  generateOrderStatusReport(params: {
    instrumentId: string;
    clientOrderId?: string;
    venueOrderId?: string;
    signal?: AbortSignal;
  }): Promise<OrderStatusReport | undefined> {
    return recon.generateOrderStatusReport(this.#reconCtx(), params);
  }

  /**
   * Bulk order reports; reports for this client's own orders (incl. from a previous session via
   * the identity store) are adopted so they can be canceled / modified by ClientOrderId.
   * @throws http errors
   */
  async generateOrderStatusReports(
    params: { instrumentId?: string; openOnly?: boolean; startMs?: number; endMs?: number; signal?: AbortSignal } = {},
  ): Promise<OrderStatusReport[]> {
    const reports = await recon.generateOrderStatusReports(this.#reconCtx(), params);
    for (const r of reports) if (r.clientOrderId !== undefined) this.#dispatcher.adopt(r);
    return reports;
  }

  /** @see recon.generateFillReports @throws http errors */
  generateFillReports(
    params: {
      instrumentId?: string;
      venueOrderId?: string;
      startMs?: number;
      endMs?: number;
      signal?: AbortSignal;
    } = {},
  ): Promise<FillReport[]> {
    return recon.generateFillReports(this.#reconCtx(), params);
  }

  /** @see recon.generatePositionStatusReports @throws ExecutionError for an unknown instrument */
  generatePositionStatusReports(params: { instrumentId?: string } = {}): PositionStatusReport[] {
    return recon.generatePositionStatusReports(this.#reconCtx(), params);
  }

  /** @see recon.generateMassStatus @throws never */
  generateMassStatus(params: { lookbackMins?: number; signal?: AbortSignal } = {}): Promise<ExecutionMassStatus> {
    const lookback =
      params.lookbackMins ??
      (this.config.reconciliationLookbackMins > 0 ? this.config.reconciliationLookbackMins : undefined);
    return recon.generateMassStatus(this.#reconCtx(), {
      ...(lookback === undefined ? {} : { lookbackMins: lookback }),
      ...(params.signal === undefined ? {} : { signal: params.signal }),
      onError: (part, e) =>
        this.#events.emit(
          'error',
          new ExecutionError({
            code: EXECUTION_ERROR_CODE.NOT_CONNECTED,
            message: `mass status part ${part} failed`,
            cause: e,
          }),
        ),
    });
  }

  /**
   * Stops streams and timers, flushes the identity store, closes owned clients. Idempotent.
   * @throws never
   */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      this.#connected = false;
      this.#closer.abort();
      this.#prober.close();
      this.instruments.close();
      this.#streams.stop();
      this.#sequencer.close();
      try {
        await (this.#ownsIdentity ? (this.identity.close?.() ?? this.identity.persist()) : this.identity.persist());
      } catch (e) {
        this.#events.emit('error', e);
      }
      if (this.#ownsWs) await this.#ws.close();
      if (this.#ownsHttp) await this.#http.close();
    })();
    return this.#closing;
  }
}

/** The list result of a cancelMany (outcome `skipped` when nothing needed a cancel). */
function cancelListOf(r: Awaited<ReturnType<OrderCommands['cancelMany']>>): CancelListResult {
  return cancelList({
    clientOrderIds: r.sentFor.map((t) => t.order.clientOrderId),
    txs: r.txs,
    outcome: r.outcome ?? 'skipped',
    reason: r.reason,
    venueCode: r.venueCode,
    volumeQuotaRemaining: r.volumeQuotaRemaining,
  });
}
