/**
 * The execution client's wiring: builds every collaborator of a {@link LighterExecutionClient} from its options
 * (resolved config, signer, http and ws clients, identity store, nonce manager, sequencer, tx pipeline, order
 * dispatcher, in-flight prober, order commands and submission, account streams) and connects their callbacks.
 * One job: construction. The client keeps the public contract and delegates here; nothing here does I/O
 * (construction is inert), the parts start talking to the venue on `connect()`.
 */
import { type LighterHttpClient, createAuthTokenProvider, isLighterApiError } from '@lighter-ts/http';
import { assertSameNetwork, VENUE_ERROR_CODE } from '@lighter-ts/models';
import { LighterWsClient } from '@lighter-ts/streaming';
import { AccountStateCache } from '../account/account-state.js';
import { assetRowsOf, positionRowsOf, userStatsOf } from '../account/account-frames.js';
import { type LighterCredentials, type ResolvedClientConfig, resolveExecConfig } from '../config/config.js';
import { EXECUTION_ERROR_CODE, ExecutionError } from '../errors.js';
import type { IdentityStore } from '../identity/store.js';
import { type InstrumentProvider, instrumentProviderOver } from '../instruments/provider.js';
import { type NonceManager, OptimisticNonceManager } from '../nonce/nonce-manager.js';
import { TxSequencer } from '../nonce/sequencer.js';
import { OrderDispatcher } from '../orders/dispatcher.js';
import { resolveOrderRetention } from '../orders/retention.js';
import type { AccountState } from '../reports/types.js';
import { Emitter } from '../util/emitter.js';
import { orderRowsOfFrame, tradeRowsOfFrame } from '../venue/frame-rows.js';
import { AccountStreams } from './account-streams.js';
import { type ExecSigner, TX_EXPIRY_MS } from './contracts.js';
import { defaultIdentityStore, defaultHttpClient, defaultSigner } from './defaults.js';
import { OrderCommands } from './order-commands.js';
import { OrderSubmission } from './order-submission.js';
import type { ExecutionClientEvents, LighterExecutionClientOptions } from './options.js';
import { InflightProber } from './probes.js';
import type { ReconciliationContext } from './reconciliation.js';
import { TxPipeline } from './tx-pipeline.js';

/** Every collaborator of an execution client, wired together; see {@link buildExecutionParts}. */
export interface ExecutionParts {
  /** The resolved configuration, credentials included (the private key is redacted from logs). */
  readonly config: ResolvedClientConfig & {
    /** The resolved account, API key slot and private key (redacted from logs). */
    readonly credentials: LighterCredentials;
  };
  /** The client's event emitter (listener exceptions are re-emitted as `error`). */
  readonly events: Emitter<ExecutionClientEvents>;
  /** The signer (injected, or the default one bound to the credentials). */
  readonly signer: ExecSigner;
  /** REST client (injected, or owned). */
  readonly http: LighterHttpClient;
  /** True when `http` was built here, so the client closes it. */
  readonly ownsHttp: boolean;
  /** WebSocket client (injected, or owned). */
  readonly ws: LighterWsClient;
  /** True when `ws` was built here, so the client closes it. */
  readonly ownsWs: boolean;
  /** ClientOrderId ↔ client order index ↔ venue order index store. */
  readonly identity: IdentityStore;
  /** True when `identity` was built here, so the client closes it (an injected one is only flushed). */
  readonly ownsIdentity: boolean;
  /** Nonce manager of this (account, api key). */
  readonly nonces: NonceManager;
  /** The one sequencer every tx of this key goes through. */
  readonly sequencer: TxSequencer;
  /** Reserve nonce, sign, send, classify: the one send path. */
  readonly pipeline: TxPipeline;
  /** Instruments of the venue. */
  readonly instruments: InstrumentProvider;
  /** Account balances / margins merged from the account streams. */
  readonly account: AccountStateCache;
  /** Tracked orders and their state machines. */
  readonly dispatcher: OrderDispatcher;
  /** Looks up unknown outcomes over REST. */
  readonly prober: InflightProber;
  /** Cancel and modify commands. */
  readonly commands: OrderCommands;
  /** Submit commands (single, batch, brackets). */
  readonly submission: OrderSubmission;
  /** The five private account streams. */
  readonly streams: AccountStreams;
  /** Clock in ms since the epoch. */
  readonly now: () => number;
  /** Aborted by `close()`: stops the prober and the drop recovery. */
  readonly closer: AbortController;
  /** A fresh reconciliation context over these parts. */
  readonly reconCtx: () => ReconciliationContext;
}

/**
 * Builds and wires the parts of an execution client from its options. Inert: no I/O.
 * @example
 * const parts = buildExecutionParts({ options: { config: { network: 'testnet' }, env: process.env }, makerOnly: () => false });
 * parts.events.on('order', (e) => console.log(e.type));
 * @throws ExecutionConfigError when credentials or config values are missing or malformed (names the field)
 * @throws ExecutionError ORDER_DENIED for a `txExpiryMs` below 1000 or not an integer
 * @throws LighterError (models) when an injected signer, http or ws client is of another network
 */
export function buildExecutionParts(params: {
  /** The client's options. */
  options: LighterExecutionClientOptions;
  /** Whether the venue restricts this client's api key to maker-only traffic (the client keeps that state). */
  makerOnly: () => boolean;
}): ExecutionParts {
  const options = params.options;
  const config = resolveExecConfig({
    config: options.config,
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  const cfg = config;
  const creds = cfg.credentials;
  const retention = resolveOrderRetention(options.retention);
  const now = options.now ?? Date.now;
  const closer = new AbortController();
  const events: Emitter<ExecutionClientEvents> = new Emitter({ onListenerError: (e) => events.emit('error', e) });
  const signer = options.signer ?? defaultSigner({ network: cfg.network, credentials: creds });
  // A signer, http or ws client of another network is refused here, before anything is signed or sent.
  assertSameNetwork({ network: cfg.network, item: signer, kind: 'signer' });
  if (options.http) assertSameNetwork({ network: cfg.network, item: options.http.network, kind: 'client' });
  if (options.ws?.network) assertSameNetwork({ network: cfg.network, item: options.ws.network, kind: 'client' });
  const ownsHttp = options.http === undefined;
  const auth = createAuthTokenProvider({ signer, ttlSeconds: 7 * 3600 });
  const http = options.http ?? defaultHttpClient({ config: cfg, auth });
  const ownsWs = options.ws === undefined;
  const ws =
    options.ws ??
    new LighterWsClient({
      network: cfg.network,
      auth,
      connectTimeoutMs: cfg.wsTimeoutMs,
    });
  const ownsIdentity = options.identityStore === undefined;
  const identity =
    options.identityStore ??
    defaultIdentityStore({
      config: cfg,
      ...(options.identityStorePath === undefined ? {} : { path: options.identityStorePath }),
      ...(options.env === undefined ? {} : { env: options.env }),
    });
  // The venue's next nonce for this key: the nonce manager's baseline, the drop recovery and the prober all read it.
  const readNextNonce = async (signal?: AbortSignal): Promise<bigint> =>
    BigInt(
      (
        await http.nextNonce(
          { accountIndex: creds.accountIndex, apiKeyIndex: creds.apiKeyIndex },
          signal === undefined ? {} : { signal },
        )
      ).nonce,
    );
  const nonces = options.nonceManager ?? new OptimisticNonceManager({ fetchNextNonce: readNextNonce });
  const sequencer = new TxSequencer({ nonces });
  const txExpiryMs = options.txExpiryMs ?? TX_EXPIRY_MS;
  if (!Number.isInteger(txExpiryMs) || txExpiryMs < 1_000) {
    throw new ExecutionError({
      code: EXECUTION_ERROR_CODE.ORDER_DENIED,
      message: `txExpiryMs must be an integer >= 1000, got ${String(txExpiryMs)}`,
    });
  }
  // A re-signed tx (after a sequencer drop before it) keeps its orders' probes (docs/protocol/transactions.md#nonces).
  const pipeline = new TxPipeline({
    sequencer,
    http,
    now,
    txExpiryMs,
    onResigned: (p) => prober.retarget(p),
    onVolumeQuota: (remaining) => account.onVenueLimits({ volumeQuotaRemaining: remaining }, now()),
  });
  const instruments = instrumentProviderOver({
    http,
    loadBinaryOptions: options.loadBinaryOptions,
    venue: cfg.venue,
  });
  const account = new AccountStateCache({ accountId: cfg.accountId });
  const dispatcher = new OrderDispatcher({
    accountId: cfg.accountId,
    accountIndex: creds.accountIndex,
    identity,
    instrumentByMarket: (m) => instruments.byMarketIndex(m),
    now,
    retention,
    sinks: {
      onEvent: (e) => events.emit('order', e),
      onOrderReport: (r) => events.emit('orderStatusReport', r),
      onFillReport: (r) => events.emit('fillReport', r),
      onError: (e) => events.emit('error', e),
    },
  });
  const reconCtx = (): ReconciliationContext => ({
    http,
    accountIndex: creds.accountIndex,
    accountId: cfg.accountId,
    venue: cfg.venue,
    clientId: options.clientId ?? 'LIGHTER',
    instruments,
    identity,
    dispatcher,
    account,
    now,
  });
  const prober: InflightProber = new InflightProber({
    dispatcher,
    reconCtx,
    signal: closer.signal,
    probeMs: options.inflightProbeMs ?? 2_000,
    inflightTimeoutMs: options.inflightTimeoutMs ?? 30_000,
    nextNonce: readNextNonce,
    txLanded: async (txHash, signal) => {
      try {
        await http.tx({ by: 'hash', value: txHash }, { signal });
        return true;
      } catch (e) {
        if (isLighterApiError(e) && e.venueCode === VENUE_ERROR_CODE.TX_NOT_FOUND) return false;
        throw e;
      }
    },
    onTimeout: (e) => events.emit('inflightTimeout', e),
    onError: (e) => events.emit('error', e),
    onDrop: ({ droppedNonce }) => {
      pipeline.recoverFromDrop({ droppedNonce, readNextNonce, signal: closer.signal }).catch((e: unknown) => {
        if (!closer.signal.aborted) events.emit('error', e);
      });
    },
    now,
  });
  const commands = new OrderCommands({
    dispatcher,
    pipeline,
    signer,
    instruments,
    prober,
    marketOrderSlippageBps: cfg.marketOrderSlippageBps,
    maxBatchSize: cfg.maxTxBatchSize,
  });
  const submission = new OrderSubmission({
    dispatcher,
    pipeline,
    signer,
    instruments,
    identity,
    prober,
    now,
    accountId: cfg.accountId,
    marketOrderSlippageBps: cfg.marketOrderSlippageBps,
    integrator: cfg.integrator,
    maxBatchSize: cfg.maxTxBatchSize,
    makerOnly: () => (params.makerOnly() ? { apiKeyIndex: creds.apiKeyIndex } : undefined),
    ...(options.quoteSource === undefined ? {} : { quoteSource: options.quoteSource }),
  });
  /** Integrator attributes, only when configured (parity C6: opt-in, never implicit). */
  const emitAccount = (state: AccountState | undefined): void => {
    if (state !== undefined) events.emit('accountState', state);
  };
  const streams = new AccountStreams({
    ws,
    accountIndex: creds.accountIndex,
    handlers: {
      onOrders: (frame) => {
        for (const row of orderRowsOfFrame(frame)) dispatcher.handleOrderRow(row, 'ws');
      },
      onTrades: (frame, phase) => {
        // The subscribe snapshot replays history: reconciled over REST, never double-booked (docs/protocol/nautilus.md#emission-rules).
        if (phase === 'snapshot') return;
        for (const trade of tradeRowsOfFrame(frame)) dispatcher.handleTradeRow(trade, 'ws');
      },
      onPositions: (frame) => account.onPositions(positionRowsOf(frame)),
      onAssets: (frame, ts) => emitAccount(account.onAssets(assetRowsOf(frame), ts ?? now())),
      onUserStats: (frame, ts) => {
        const stats = userStatsOf(frame);
        if (stats !== undefined) emitAccount(account.onUserStats(stats, ts ?? now()));
      },
      onResubscribed: (name) => {
        if (name === 'orders') prober.afterResubscribe();
      },
    },
  });
  return {
    config,
    events,
    signer,
    http,
    ownsHttp,
    ws,
    ownsWs,
    identity,
    ownsIdentity,
    nonces,
    sequencer,
    pipeline,
    instruments,
    account,
    dispatcher,
    prober,
    commands,
    submission,
    streams,
    now,
    closer,
    reconCtx,
  };
}
