/**
 * Order submission (docs/protocol/nautilus.md#parity-checklist, docs/protocol/nautilus.md#emission-rules): validation of the whole command and translation before
 * anything is registered or signed, OrderSubmitted right after signing, one CreateOrder per order
 * (a list as one sendTxBatch, a bracket as one CreateGroupedOrders) through the one tx pipeline,
 * OrderRejected only on a definitive venue answer, and unknown outcomes handed to the in-flight
 * prober until the venue's truth is known.
 */
import { EXECUTION_ERROR_CODE, ExecutionError, isOrderDeniedError } from '../errors.js';
import type { IdentityStore } from '../identity/store.js';
import type { InstrumentProvider } from '../instruments/provider.js';
import type { OrderDispatcher, TrackedOrder } from '../orders/dispatcher.js';
import type { ContingencyType, NautilusOrder, NautilusOrderStatus } from '../orders/types.js';
import { type CreateOrderParams, type TopOfBook, translateOrder } from '../translate/order-translation.js';
import { orderTxAttributes } from '../translate/order-params.js';
import { MAX_BATCH_SIZE } from '../translate/venue-constants.js';
import { makerOnlyDenial } from './maker-only.js';
import { groupedWire, groupingFor } from './brackets.js';
import type { ExecSigner, ExecTxAttributes } from './contracts.js';
import type { InflightProber } from './probes.js';
import { type OrderCommandResult, type OrderListResult, type SentTxRef, quotaOf, single, whyOf } from './results.js';
import type { TxPipeline, TxResult } from './tx-pipeline.js';

/** Integrator attribution of the config (parity C6: opt-in). */
interface IntegratorConfig {
  readonly accountIndex: number;
  readonly takerFeePpm?: number | undefined;
  readonly makerFeePpm?: number | undefined;
}

/**
 * @example
 * const submission = new OrderSubmission({ dispatcher, pipeline, signer, instruments, identity, prober, now: Date.now, accountId: 'LIGHTER-001', marketOrderSlippageBps: 50, integrator: undefined });
 * await submission.submit(order);
 */
export class OrderSubmission {
  readonly #dispatcher: OrderDispatcher;
  readonly #pipeline: TxPipeline;
  readonly #signer: ExecSigner;
  readonly #instruments: InstrumentProvider;
  readonly #identity: IdentityStore;
  readonly #prober: InflightProber;
  readonly #now: () => number;
  readonly #accountId: string;
  readonly #slippageBps: number;
  readonly #integrator: IntegratorConfig | undefined;
  readonly #quoteSource: ((instrumentId: string) => TopOfBook | undefined) | undefined;
  readonly #makerOnly: () => { apiKeyIndex: number } | undefined;
  readonly #maxBatch: number;

  constructor(params: {
    dispatcher: OrderDispatcher;
    pipeline: TxPipeline;
    signer: ExecSigner;
    instruments: InstrumentProvider;
    identity: IdentityStore;
    prober: InflightProber;
    now: () => number;
    accountId: string;
    marketOrderSlippageBps: number;
    integrator: IntegratorConfig | undefined;
    quoteSource?: (instrumentId: string) => TopOfBook | undefined;
    /** Most orders per list (one sendTxBatch; config `maxTxBatchSize`). */
    maxBatchSize?: number;
    /** The signing key's maker-only status (read at connect): takers are denied locally. */
    makerOnly?: () => { apiKeyIndex: number } | undefined;
  }) {
    this.#dispatcher = params.dispatcher;
    this.#pipeline = params.pipeline;
    this.#signer = params.signer;
    this.#instruments = params.instruments;
    this.#identity = params.identity;
    this.#prober = params.prober;
    this.#now = params.now;
    this.#accountId = params.accountId;
    this.#slippageBps = params.marketOrderSlippageBps;
    this.#integrator = params.integrator;
    this.#quoteSource = params.quoteSource;
    this.#makerOnly = params.makerOnly ?? (() => undefined);
    this.#maxBatch = params.maxBatchSize ?? MAX_BATCH_SIZE;
  }

  /** The order's L2TxAttributes (its `params` over the configured integrator). @throws OrderDeniedError */
  #attributes(order: NautilusOrder): { attributes?: ExecTxAttributes } {
    const attributes = orderTxAttributes({ params: order.params, integrator: this.#integrator });
    return attributes === undefined ? {} : { attributes };
  }

  /**
   * Makes the ClientOrderId <-> client_order_index mappings durable before any tx leaves the process:
   * a crash after the send must not turn our order into an external one (issue 12 #8). When the
   * store cannot persist, the orders are denied: nothing was sent.
   */
  async #persistOrDeny(tracked: readonly TrackedOrder[]): Promise<string | undefined> {
    try {
      await this.#identity.persist();
      return undefined;
    } catch (e) {
      const reason = `identity store could not persist: ${e instanceof Error ? e.message : String(e)}`;
      for (const t of tracked) {
        this.#identity.delete(t.order.clientOrderId);
        this.#dispatcher.emit(t, { type: 'OrderDenied', reason }, 'local');
      }
      return reason;
    }
  }

  #deny(order: NautilusOrder, reason: string): NautilusOrderStatus {
    const tracked = this.#dispatcher.track({ order, clientOrderIndex: 0 });
    this.#dispatcher.emit(tracked, { type: 'OrderDenied', reason }, 'local');
    return tracked.machine.status;
  }

  /**
   * Refuses a command with a ClientOrderId that is already tracked or repeated within it, before
   * anything is registered, persisted or signed.
   */
  #assertFresh(orders: readonly NautilusOrder[]): void {
    const seen = new Set<string>();
    for (const o of orders) {
      if (this.#dispatcher.get(o.clientOrderId) !== undefined || seen.has(o.clientOrderId)) {
        throw new ExecutionError({
          code: EXECUTION_ERROR_CODE.ORDER_DENIED,
          message: `duplicate ClientOrderId ${o.clientOrderId}`,
        });
      }
      seen.add(o.clientOrderId);
    }
  }

  #prepare(
    order: NautilusOrder,
    nowMs = this.#now(),
  ):
    | { tracked: TrackedOrder; params: CreateOrderParams; attributes: { attributes?: ExecTxAttributes } }
    | { denied: string } {
    const instrument = this.#instruments.byId(order.instrumentId);
    if (instrument === undefined) return { denied: `unknown instrument ${order.instrumentId}` };
    // A maker-only key: takers are refused before anything else (docs/protocol/transactions.md#maker-only-api-keys).
    const makerOnly = this.#makerOnly();
    const taker =
      makerOnly === undefined
        ? undefined
        : makerOnlyDenial({ apiKeyIndex: makerOnly.apiKeyIndex, postOnly: order.postOnly === true });
    if (taker !== undefined) return { denied: taker };
    const tracked = this.#dispatcher.register(order);
    try {
      const params = translateOrder({
        order,
        instrument,
        clientOrderIndex: tracked.clientOrderIndex,
        nowMs,
        topOfBook: this.#quoteSource?.(order.instrumentId),
        defaultSlippageBps: this.#slippageBps,
      });
      const denial =
        makerOnly === undefined
          ? undefined
          : makerOnlyDenial({ apiKeyIndex: makerOnly.apiKeyIndex, postOnly: true, timeInForce: params.timeInForce });
      if (denial !== undefined) {
        this.#identity.delete(order.clientOrderId);
        return { denied: denial };
      }
      return { tracked, params, attributes: this.#attributes(order) };
    } catch (e) {
      if (!isOrderDeniedError(e)) throw e;
      this.#identity.delete(order.clientOrderId);
      return { denied: e.reason };
    }
  }

  /**
   * Submits one order. Resolves after the send with the order's status (events tell the rest),
   * the nonce / tx hash of the signed CreateOrder and the send outcome.
   * @throws ExecutionError ORDER_DENIED for a duplicate ClientOrderId (no event)
   */
  async submit(order: NautilusOrder, signal?: AbortSignal): Promise<OrderCommandResult> {
    this.#assertFresh([order]);
    const prepared = this.#prepare(order);
    if ('denied' in prepared)
      return single({
        status: this.#deny(order, prepared.denied),
        txs: [],
        outcome: 'denied',
        reason: prepared.denied,
      });
    const { tracked, params: p, attributes } = prepared;
    const persistFailure = await this.#persistOrDeny([tracked]);
    if (persistFailure !== undefined)
      return single({ status: tracked.machine.status, txs: [], outcome: 'denied', reason: persistFailure });
    const result = await this.#pipeline.execute({
      skipNonce: attributes.attributes?.skipNonce === true,
      build: ({ firstNonce, expiredAt }) => [
        this.#signer.signCreateOrder({ ...p, nonce: firstNonce, expiredAt, ...attributes }),
      ],
      onSigned: () => this.#dispatcher.emit(tracked, { type: 'OrderSubmitted', accountId: this.#accountId }, 'local'),
      ...(signal === undefined ? {} : { signal }),
    });
    this.#afterCreate({ orders: [tracked], result, txPerOrder: true });
    return single({
      status: tracked.machine.status,
      txs: result.kind === 'denied' ? [] : result.txs,
      outcome: result.kind,
      ...whyOf(result),
      volumeQuotaRemaining: quotaOf(result),
    });
  }

  /**
   * Applies a create result: denied -> OrderDenied (nothing left the process), rejected ->
   * OrderRejected with the venue code, accepted / unknown -> probed until the order leaves SUBMITTED. `txPerOrder`: member i
   * was sent as tx i (a batch); otherwise one tx carries every order (a bracket).
   */
  #afterCreate(p: { orders: readonly TrackedOrder[]; result: TxResult; txPerOrder: boolean }): void {
    const { orders, result } = p;
    if (result.kind === 'denied') {
      for (const t of orders) {
        this.#identity.delete(t.order.clientOrderId);
        this.#dispatcher.emit(t, { type: 'OrderDenied', reason: result.reason }, 'local');
      }
      return;
    }
    if (result.kind === 'rejected') {
      // A whole-batch refusal without a venue code says nothing per member (docs/protocol/nautilus.md#emission-rules rule 4): probe.
      if (orders.length > 1 && p.txPerOrder && result.venueCode === undefined) {
        this.#trackUntilSettled({
          orders: p.orders,
          txs: result.txs,
          expiresAtMs: this.#pipeline.expiresAtFromNow(),
          txPerOrder: p.txPerOrder,
          acknowledged: false,
        });
        return;
      }
      for (const t of orders) {
        this.#dispatcher.emit(
          t,
          { type: 'OrderRejected', reason: result.message, duePostOnly: false, venueCode: result.venueCode },
          'local',
        );
      }
      return;
    }
    // An accepted tx can still be dropped by the sequencer (docs/protocol/errors-and-limits.md, gaps after a
    // 200): probe it too; a probe finds nothing to do once the streams have moved the order on.
    this.#trackUntilSettled({
      orders,
      txs: result.txs,
      expiresAtMs: result.expiresAtMs,
      txPerOrder: p.txPerOrder,
      acknowledged: result.kind === 'accepted',
    });
  }

  #trackUntilSettled(p: {
    orders: readonly TrackedOrder[];
    txs: readonly SentTxRef[];
    expiresAtMs: number;
    txPerOrder: boolean;
    acknowledged: boolean;
  }): void {
    const { expiresAtMs, acknowledged } = p;
    if (p.txPerOrder) {
      p.orders.forEach((t, i) => {
        const tx = p.txs[i];
        if (tx !== undefined) this.#prober.track({ command: 'submit', orders: [t], tx, expiresAtMs, acknowledged });
      });
      return;
    }
    const tx = p.txs[0];
    if (tx !== undefined) this.#prober.track({ command: 'submit', orders: p.orders, tx, expiresAtMs, acknowledged });
  }

  /**
   * Submits up to 15 independent orders in one sendTxBatch, or a contingent bracket (OTO / OCO /
   * OTOCO) as one CreateGroupedOrders tx. Unsupported members are DENIED; the rest are sent.
   * @throws ExecutionError ORDER_DENIED for a duplicate ClientOrderId (in the list or already
   *   tracked), before any member is registered or sent
   */
  async submitList(params: {
    orders: readonly NautilusOrder[];
    contingency?: ContingencyType | 'OTOCO';
    signal?: AbortSignal;
  }): Promise<OrderListResult> {
    this.#assertFresh(params.orders);
    const contingency = params.contingency ?? 'NO_CONTINGENCY';
    if (contingency !== 'NO_CONTINGENCY') return this.#submitGrouped(params.orders, contingency, params.signal);
    if (params.orders.length > this.#maxBatch) {
      return {
        statuses: params.orders.map((o) => this.#deny(o, `order list larger than ${this.#maxBatch} (maxTxBatchSize)`)),
        txs: [],
      };
    }
    const ready: { tracked: TrackedOrder; params: CreateOrderParams; attributes: { attributes?: ExecTxAttributes } }[] =
      [];
    for (const o of params.orders) {
      const prepared = this.#prepare(o);
      if ('denied' in prepared) this.#deny(o, prepared.denied);
      else ready.push(prepared);
    }
    let txs: readonly { nonce: string; txHash: string }[] = [];
    if (ready.length > 0) {
      const tracked = ready.map((r) => r.tracked);
      if ((await this.#persistOrDeny(tracked)) !== undefined)
        return {
          statuses: params.orders.map((o) => this.#dispatcher.get(o.clientOrderId)?.machine.status ?? 'DENIED'),
          txs: [],
        };
      // Batch nonces stay consecutive (21105): only the first tx's SkipNonce may jump them.
      const result = await this.#pipeline.execute({
        count: ready.length,
        skipNonce: ready[0]?.attributes.attributes?.skipNonce === true,
        build: ({ firstNonce, expiredAt }) =>
          ready.map((r, i) =>
            this.#signer.signCreateOrder({ ...r.params, nonce: firstNonce + BigInt(i), expiredAt, ...r.attributes }),
          ),
        onSigned: () => {
          for (const t of tracked)
            this.#dispatcher.emit(t, { type: 'OrderSubmitted', accountId: this.#accountId }, 'local');
        },
        ...(params.signal === undefined ? {} : { signal: params.signal }),
      });
      if (result.kind !== 'denied') txs = result.txs;
      this.#afterCreate({ orders: tracked, result, txPerOrder: true });
    }
    return {
      statuses: params.orders.map((o) => this.#dispatcher.get(o.clientOrderId)?.machine.status ?? 'DENIED'),
      txs,
    };
  }

  async #submitGrouped(
    orders: readonly NautilusOrder[],
    contingency: ContingencyType | 'OTOCO',
    signal?: AbortSignal,
  ): Promise<OrderListResult> {
    const grouping = groupingFor(contingency, orders.length);
    if (grouping === undefined) {
      return {
        statuses: orders.map((o) =>
          this.#deny(o, `unsupported contingency ${contingency} with ${orders.length} orders`),
        ),
        txs: [],
      };
    }
    const ready: { tracked: TrackedOrder; params: CreateOrderParams; attributes: { attributes?: ExecTxAttributes } }[] =
      [];
    // One clock reading for the whole group: the venue requires equal expiries (docs/protocol/transactions.md#other-order-transactions).
    const nowMs = this.#now();
    for (const o of orders) {
      const prepared = this.#prepare(o, nowMs);
      if ('denied' in prepared) {
        // A bracket is all-or-nothing: deny every member.
        for (const r of ready)
          this.#dispatcher.emit(
            r.tracked,
            { type: 'OrderDenied', reason: `bracket member ${o.clientOrderId} denied: ${prepared.denied}` },
            'local',
          );
        for (const r of ready) this.#identity.delete(r.tracked.order.clientOrderId);
        this.#deny(o, prepared.denied);
        for (const rest of orders.slice(ready.length + 1)) this.#deny(rest, `bracket member ${o.clientOrderId} denied`);
        return {
          statuses: orders.map((x) => this.#dispatcher.get(x.clientOrderId)?.machine.status ?? 'DENIED'),
          txs: [],
        };
      }
      ready.push(prepared);
    }
    // One CreateGroupedOrders tx carries one set of attributes: every member must ask for the same.
    const attributes = ready[0]?.attributes ?? {};
    const odd = ready.find((r) => JSON.stringify(r.attributes) !== JSON.stringify(attributes));
    if (odd !== undefined) {
      const reason = `params of bracket member ${odd.tracked.order.clientOrderId} differ from ${ready[0]?.tracked.order.clientOrderId}'s: a bracket is one tx with one set of tx attributes`;
      for (const r of ready) {
        this.#identity.delete(r.tracked.order.clientOrderId);
        this.#dispatcher.emit(r.tracked, { type: 'OrderDenied', reason }, 'local');
      }
      return {
        statuses: orders.map((x) => this.#dispatcher.get(x.clientOrderId)?.machine.status ?? 'DENIED'),
        txs: [],
      };
    }
    const wire = groupedWire({ grouping, orders: ready.map((r) => r.params) });
    const tracked = ready.map((r) => r.tracked);
    if ((await this.#persistOrDeny(tracked)) !== undefined)
      return { statuses: tracked.map((t) => t.machine.status), txs: [] };
    const result = await this.#pipeline.execute({
      skipNonce: attributes.attributes?.skipNonce === true,
      build: ({ firstNonce, expiredAt }) => [
        this.#signer.signCreateGroupedOrders({
          groupingType: grouping,
          orders: wire,
          nonce: firstNonce,
          expiredAt,
          ...attributes,
        }),
      ],
      onSigned: () => {
        for (const t of tracked)
          this.#dispatcher.emit(t, { type: 'OrderSubmitted', accountId: this.#accountId }, 'local');
      },
      ...(signal === undefined ? {} : { signal }),
    });
    this.#afterCreate({ orders: tracked, result, txPerOrder: false });
    return { statuses: tracked.map((t) => t.machine.status), txs: result.kind === 'denied' ? [] : result.txs };
  }
}
