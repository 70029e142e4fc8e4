/**
 * The execution core without the client around it: a real simulator on 127.0.0.1, a real http
 * client and signer, and the real nonce manager, sequencer, pipeline, dispatcher and identity
 * store wired as the client wires them. Tests drive the pipeline, the in-flight prober and the
 * reconciliation functions directly, with a test-controlled clock and millisecond probe intervals,
 * so each test takes milliseconds (these tests are also the mutation profile `mutation:core`).
 */
import { createAuthTokenProvider, isLighterApiError, LighterHttpClient } from '@lighter-ts/http';
import { VENUE_ERROR_CODE } from '@lighter-ts/models';
import { createSigner } from '@lighter-ts/signing';
import { type CreatedAccount, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { AccountStateCache } from '../../src/account/account-state.js';
import type { ExecSignedTx, ExecSigner } from '../../src/execution/contracts.js';
import { InflightProber, type OrderInFlightTimeout } from '../../src/execution/probes.js';
import { findOrderRow, type ReconciliationContext } from '../../src/execution/reconciliation.js';
import { TxPipeline } from '../../src/execution/tx-pipeline.js';
import { InMemoryIdentityStore } from '../../src/identity/store.js';
import { type InstrumentProvider, instrumentProviderOver } from '../../src/instruments/provider.js';
import { OptimisticNonceManager } from '../../src/nonce/nonce-manager.js';
import { TxSequencer } from '../../src/nonce/sequencer.js';
import { OrderDispatcher, type TrackedOrder } from '../../src/orders/dispatcher.js';
import type { OrderEvent } from '../../src/orders/events.js';
import type { NautilusOrder } from '../../src/orders/types.js';
import { translateOrder } from '../../src/translate/order-translation.js';

export interface CoreRig {
  readonly sim: Simulator;
  readonly acct: CreatedAccount;
  readonly http: LighterHttpClient;
  readonly signer: ExecSigner;
  readonly sequencer: TxSequencer;
  readonly pipeline: TxPipeline;
  readonly dispatcher: OrderDispatcher;
  readonly identity: InMemoryIdentityStore;
  readonly instruments: InstrumentProvider;
  readonly account: AccountStateCache;
  readonly events: OrderEvent[];
  readonly errors: unknown[];
  /** The clock every component reads: venue time plus `skewMs` (tests move it forward to reach expiry). */
  readonly clock: { skewMs: number; now(): number };
  reconCtx(): ReconciliationContext;
  /** The venue's next nonce of the rig's api key. */
  nextNonce(signal?: AbortSignal): Promise<bigint>;
  /** What the client answers: whether the venue knows the tx hash. */
  txLanded(txHash: string, signal?: AbortSignal): Promise<boolean>;
  /** Registers a limit order (ETH perp, post-only by default) and returns it with its signed CreateOrder builder. */
  order(o: Partial<NautilusOrder> & { clientOrderId: string }): {
    tracked: TrackedOrder;
    build: (p: { firstNonce: bigint; expiredAt: number }) => ExecSignedTx;
  };
  /** Submits the order through the pipeline and feeds its venue row to the dispatcher (as the stream would). */
  place(o: Partial<NautilusOrder> & { clientOrderId: string }): Promise<TrackedOrder>;
  /** Runs `f` at the start of `close()` (probers stop before the simulator does). */
  defer(f: () => void): void;
  close(): Promise<void>;
}

export const ETH = 'ETH-PERP.LIGHTER';

export async function startCoreRig(params: { txExpiryMs?: number } = {}): Promise<CoreRig> {
  const sim = await startSimulator({ seed: 11, marketMakers: false });
  const acct = await sim.createAccount({ collateral: '100000' });
  const signer = createSigner({
    network: sim.network,
    accountIndex: acct.accountIndex,
    apiKeyIndex: acct.apiKeyIndex,
    privateKey: acct.privateKey,
  });
  const http = new LighterHttpClient({
    network: sim.network,
    auth: createAuthTokenProvider({ signer, ttlSeconds: 3600 }),
    rateLimits: { budget: { restPerMinute: 1_000_000, txPerMinute: 1_000_000, weighted: false } },
    rateLimitAccount: acct.accountIndex,
    // A fault is the answer under test: no transparent GET retries (they also keep each test fast).
    retry: false,
  });
  const clock = { skewMs: 0, now: () => Date.now() + clock.skewMs };
  const nextNonce = async (signal?: AbortSignal) =>
    BigInt(
      (
        await http.nextNonce(
          { accountIndex: acct.accountIndex, apiKeyIndex: acct.apiKeyIndex },
          signal === undefined ? {} : { signal },
        )
      ).nonce,
    );
  const sequencer = new TxSequencer({ nonces: new OptimisticNonceManager({ fetchNextNonce: nextNonce }) });
  const pipeline = new TxPipeline({ sequencer, http, now: clock.now, txExpiryMs: params.txExpiryMs ?? 60_000 });
  const identity = new InMemoryIdentityStore();
  const instruments = instrumentProviderOver({ http });
  await instruments.load();
  const account = new AccountStateCache({ accountId: `LIGHTER-${acct.accountIndex}` });
  const events: OrderEvent[] = [];
  const errors: unknown[] = [];
  const dispatcher = new OrderDispatcher({
    accountId: `LIGHTER-${acct.accountIndex}`,
    accountIndex: acct.accountIndex,
    identity,
    instrumentByMarket: (m) => instruments.byMarketIndex(m),
    now: clock.now,
    sinks: { onEvent: (e) => events.push(e), onError: (e) => errors.push(e) },
  });
  const reconCtx = (): ReconciliationContext => ({
    http,
    accountIndex: acct.accountIndex,
    accountId: `LIGHTER-${acct.accountIndex}`,
    venue: 'LIGHTER',
    clientId: 'RIG',
    instruments,
    identity,
    dispatcher,
    account,
    now: clock.now,
  });
  const txLanded = async (txHash: string, signal?: AbortSignal) => {
    try {
      await http.tx({ by: 'hash', value: txHash }, signal === undefined ? {} : { signal });
      return true;
    } catch (e) {
      if (isLighterApiError(e) && e.venueCode === VENUE_ERROR_CODE.TX_NOT_FOUND) return false;
      throw e;
    }
  };
  const order: CoreRig['order'] = (o) => {
    const full: NautilusOrder = {
      instrumentId: ETH,
      side: 'BUY',
      type: 'LIMIT',
      quantity: '0.01',
      price: '2500',
      timeInForce: 'GTC',
      postOnly: true,
      ...o,
    };
    const tracked = dispatcher.register(full);
    const p = translateOrder({
      order: full,
      instrument: instruments.require(full.instrumentId),
      clientOrderIndex: tracked.clientOrderIndex,
      nowMs: clock.now(),
      topOfBook: undefined,
      defaultSlippageBps: 50,
    });
    return {
      tracked,
      build: ({ firstNonce, expiredAt }) =>
        signer.signCreateOrder({ ...p, nonce: firstNonce, expiredAt }) as ExecSignedTx,
    };
  };
  const deferred: (() => void)[] = [];
  const rig: CoreRig = {
    sim,
    acct,
    http,
    signer,
    sequencer,
    pipeline,
    dispatcher,
    identity,
    instruments,
    account,
    events,
    errors,
    clock,
    reconCtx,
    nextNonce,
    txLanded,
    order,
    async place(o) {
      const { tracked, build } = order(o);
      const r = await pipeline.execute({
        build: (b) => [build(b)],
        onSigned: () => dispatcher.emit(tracked, { type: 'OrderSubmitted', accountId: dispatcher.accountId }, 'local'),
      });
      if (r.kind !== 'accepted') throw new Error(`place ${o.clientOrderId}: ${r.kind}`);
      await feedRow(rig, tracked);
      return tracked;
    },
    defer(f) {
      deferred.push(f);
    },
    async close() {
      for (const f of deferred.splice(0)) f();
      sequencer.close();
      await http.close?.();
      await sim.close();
    },
  };
  return rig;
}

/** Feeds the order's venue row to the dispatcher, as the account stream would. */
export async function feedRow(rig: CoreRig, t: TrackedOrder): Promise<void> {
  const row = await findOrderRow(rig.reconCtx(), {
    instrumentId: t.order.instrumentId,
    clientOrderId: t.order.clientOrderId,
  });
  if (row !== undefined) rig.dispatcher.handleOrderRow(row, 'ws');
}

export const typesOf = (rig: CoreRig, cloid: string): string[] =>
  rig.events.filter((e) => e.clientOrderId === cloid).map((e) => e.type);

/** Polls a condition driven by timers of the code under test (no timing assertion: only a generous give-up). */
export async function until(pred: () => boolean, label: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** What a rig prober saw: timeout events, errors, and how many nonce reads and row look-ups it started. */
export interface RigProber {
  readonly p: InflightProber;
  /** The prober's close signal (the client's, in production). */
  readonly ac: AbortController;
  readonly timeouts: OrderInFlightTimeout[];
  readonly errors: unknown[];
  /** verdicts: nonce reads; lookups: row look-ups started; atTimeout: look-ups started when each timeout fired. */
  readonly counts: { verdicts: number; lookups: number; atTimeout: number[] };
}

/**
 * An InflightProber wired to the rig as the client wires it (5 ms probes by default), stopped by `rig.close()`.
 * `beforeNonce` runs before each nonce read, `beforeLookUp` synchronously as each row look-up starts.
 */
export function proberOn(
  rig: CoreRig,
  o: {
    probeMs?: number;
    inflightTimeoutMs?: number;
    beforeNonce?: () => Promise<void>;
    beforeLookUp?: () => void;
    now?: () => number;
    onDrop?: (p: { droppedNonce: bigint }) => void;
  } = {},
): RigProber {
  const ac = new AbortController();
  const timeouts: OrderInFlightTimeout[] = [];
  const errors: unknown[] = [];
  const counts = { verdicts: 0, lookups: 0, atTimeout: [] as number[] };
  const p = new InflightProber({
    dispatcher: rig.dispatcher,
    reconCtx: () => {
      counts.lookups++;
      o.beforeLookUp?.();
      return rig.reconCtx();
    },
    signal: ac.signal,
    probeMs: o.probeMs ?? 5,
    inflightTimeoutMs: o.inflightTimeoutMs ?? 600_000,
    nextNonce: async (signal) => {
      counts.verdicts++;
      await o.beforeNonce?.();
      return rig.nextNonce(signal);
    },
    txLanded: rig.txLanded,
    onTimeout: (e) => {
      timeouts.push(e);
      counts.atTimeout.push(counts.lookups);
    },
    onError: (e) => errors.push(e),
    now: o.now ?? rig.clock.now,
    ...(o.onDrop === undefined ? {} : { onDrop: o.onDrop }),
  });
  rig.defer(() => {
    p.close();
    ac.abort();
  });
  return { p, ac, timeouts, errors, counts };
}

/** Moves a tracked order to PENDING_CANCEL / PENDING_UPDATE, as the client does before it sends the command. */
export function markPending(rig: CoreRig, t: TrackedOrder, command: 'cancel' | 'modify'): void {
  const type = command === 'cancel' ? 'OrderPendingCancel' : 'OrderPendingUpdate';
  rig.dispatcher.emit(t, { type, venueOrderId: t.machine.venueOrderId }, 'local');
}

/** The last event emitted for a ClientOrderId. */
export const lastEvent = (rig: CoreRig, cloid: string): OrderEvent | undefined =>
  rig.events.filter((e) => e.clientOrderId === cloid).at(-1);

/** A signed CancelOrder of a tracked order (its market, its venue order id). */
export function signCancel(rig: CoreRig, t: TrackedOrder, nonce: bigint, expiredAt: number): ExecSignedTx {
  return rig.signer.signCancelOrder({
    marketIndex: rig.instruments.require(t.order.instrumentId).marketIndex,
    orderIndex: BigInt(t.machine.venueOrderId ?? 0),
    nonce,
    expiredAt,
  }) as ExecSignedTx;
}
