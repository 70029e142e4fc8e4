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
import { findOrderRow, type ReconciliationContext } from '../../src/execution/reconciliation.js';
import { TxPipeline } from '../../src/execution/tx-pipeline.js';
import { InMemoryIdentityStore } from '../../src/identity/store.js';
import { InstrumentProvider } from '../../src/instruments/provider.js';
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
  const instruments = new InstrumentProvider({
    fetchDetails: (signal) => http.orderBookDetails({}, signal === undefined ? {} : { signal }),
  });
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
    async close() {
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
