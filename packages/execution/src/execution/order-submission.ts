/**
 * Order submission (parity §1.4, §2.3): translation and denial before anything is signed,
 * OrderSubmitted right after signing, one CreateOrder per order (a list as one sendTxBatch, a
 * bracket as one CreateGroupedOrders), OrderRejected only on a structured venue answer and a
 * delayed REST probe for unknown outcomes.
 */
import { EXECUTION_ERROR_CODE, ExecutionError, isOrderDeniedError } from '../errors.js';
import type { IdentityStore } from '../identity/store.js';
import type { InstrumentProvider } from '../instruments/provider.js';
import type { OrderDispatcher, TrackedOrder } from '../orders/dispatcher.js';
import type { ContingencyType, NautilusOrder, OrderStatus } from '../orders/types.js';
import { orderTxAttributes } from '../translate/order-params.js';
import { type CreateOrderParams, type TopOfBook, translateOrder } from '../translate/order-translation.js';
import { MAX_BATCH_SIZE } from '../translate/venue-constants.js';
import { groupedWire, groupingFor } from './brackets.js';
import { type ExecSigner, type ExecTxAttributes, TX_EXPIRY_MS } from './contracts.js';
import type { InflightProber } from './probes.js';
import { finalRefs, type OrderCommandResult, type OrderListResult, refsOf, type SentTxRef, single } from './results.js';
import type { TxOutcomeResult, TxSender } from './tx-sender.js';

/** Integrator attribution of the config (parity C6: opt-in). */
interface IntegratorConfig {
  readonly accountIndex: number;
  readonly takerFeePpm?: number | undefined;
  readonly makerFeePpm?: number | undefined;
}

/**
 * @example
 * const submission = new OrderSubmission({ dispatcher, sender, signer, instruments, identity, prober, now: Date.now, accountId: 'LIGHTER-001', marketOrderSlippageBps: 50, integrator: undefined, onError });
 * await submission.submit(order);
 */
export class OrderSubmission {
  readonly #dispatcher: OrderDispatcher;
  readonly #sender: TxSender;
  readonly #signer: ExecSigner;
  readonly #instruments: InstrumentProvider;
  readonly #identity: IdentityStore;
  readonly #prober: InflightProber;
  readonly #now: () => number;
  readonly #accountId: string;
  readonly #slippageBps: number;
  readonly #integrator: IntegratorConfig | undefined;
  readonly #quoteSource: ((instrumentId: string) => TopOfBook | undefined) | undefined;
  readonly #onError: (error: unknown) => void;

  constructor(params: {
    dispatcher: OrderDispatcher;
    sender: TxSender;
    signer: ExecSigner;
    instruments: InstrumentProvider;
    identity: IdentityStore;
    prober: InflightProber;
    now: () => number;
    accountId: string;
    marketOrderSlippageBps: number;
    integrator: IntegratorConfig | undefined;
    quoteSource?: (instrumentId: string) => TopOfBook | undefined;
    onError: (error: unknown) => void;
  }) {
    this.#dispatcher = params.dispatcher;
    this.#sender = params.sender;
    this.#signer = params.signer;
    this.#instruments = params.instruments;
    this.#identity = params.identity;
    this.#prober = params.prober;
    this.#now = params.now;
    this.#accountId = params.accountId;
    this.#slippageBps = params.marketOrderSlippageBps;
    this.#integrator = params.integrator;
    this.#quoteSource = params.quoteSource;
    this.#onError = params.onError;
  }

  /** The order's L2TxAttributes (its `params` over the configured integrator). @throws OrderDeniedError */
  #attributes(order: NautilusOrder): { attributes?: ExecTxAttributes } {
    const attributes = orderTxAttributes({ params: order.params, integrator: this.#integrator });
    return attributes === undefined ? {} : { attributes };
  }

  #deny(order: NautilusOrder, reason: string): OrderStatus {
    const tracked = this.#dispatcher.track({ order, clientOrderIndex: 0 });
    this.#dispatcher.emit(tracked, { type: 'OrderDenied', reason });
    return tracked.machine.status;
  }

  #prepare(order: NautilusOrder, nowMs = this.#now()): { tracked: TrackedOrder; params: CreateOrderParams; attributes: { attributes?: ExecTxAttributes } } | { denied: string } {
    if (this.#dispatcher.get(order.clientOrderId) !== undefined) {
      throw new ExecutionError({ code: EXECUTION_ERROR_CODE.ORDER_DENIED, message: `duplicate ClientOrderId ${order.clientOrderId}` });
    }
    const instrument = this.#instruments.byId(order.instrumentId);
    if (instrument === undefined) return { denied: `unknown instrument ${order.instrumentId}` };
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
      return { tracked, params, attributes: this.#attributes(order) };
    } catch (e) {
      if (!isOrderDeniedError(e)) throw e;
      this.#identity.delete(order.clientOrderId);
      return { denied: e.reason };
    }
  }

  /**
   * Submits one order. Resolves after the send with the order's status (events tell the rest)
   * and the nonce / tx hash of the signed CreateOrder.
   * @throws ExecutionError ORDER_DENIED for a duplicate ClientOrderId (no event)
   */
  async submit(order: NautilusOrder, signal?: AbortSignal): Promise<OrderCommandResult> {
    const prepared = this.#prepare(order);
    if ('denied' in prepared) return single(this.#deny(order, prepared.denied), []);
    const { tracked, params: p, attributes } = prepared;
    let sent: SentTxRef[] = [];
    const result = await this.#sendCreates([tracked], () =>
      this.#sender.send({
        sign: (nonce) => [this.#signer.signCreateOrder({ ...p, nonce, expiredAt: this.#now() + TX_EXPIRY_MS, ...attributes })],
        onSigned: (signed) => {
          sent = refsOf(signed);
          this.#dispatcher.emit(tracked, { type: 'OrderSubmitted', accountId: this.#accountId });
        },
        ...(signal === undefined ? {} : { signal }),
      }),
    );
    if (result !== undefined) this.#afterCreate([tracked], result);
    return single(tracked.machine.status, result === undefined ? sent : refsOf(result.signed));
  }

  /** Sends create txs; a local failure before anything left (signer input, nonce resync) denies them. */
  async #sendCreates(
    tracked: readonly TrackedOrder[],
    send: () => Promise<TxOutcomeResult>,
  ): Promise<TxOutcomeResult | undefined> {
    try {
      // The ClientOrderId <-> client_order_index mapping is on disk before the tx leaves the
      // process: a crash after the send must not turn our order into an external one (issue 12 #8).
      await this.#identity.persist();
      return await send();
    } catch (e) {
      if (!tracked.every((t) => t.machine.status === 'INITIALIZED')) {
        // Signed and announced, then a resync / abort failed mid-way: outcome unknown, stay in flight.
        this.#onError(e);
        this.#prober.scheduleProbe(tracked);
        return undefined;
      }
      const reason = e instanceof Error ? e.message : String(e);
      for (const t of tracked) {
        this.#identity.delete(t.order.clientOrderId);
        this.#dispatcher.emit(t, { type: 'OrderDenied', reason });
      }
      return undefined;
    }
  }

  #afterCreate(orders: readonly TrackedOrder[], result: TxOutcomeResult): void {
    if (result.classification === 'rejected') {
      for (const t of orders) {
        this.#dispatcher.emit(t, { type: 'OrderRejected', reason: result.message ?? 'rejected by venue', duePostOnly: false, venueCode: result.venueCode });
      }
    } else if (result.classification === 'unknown') {
      this.#prober.scheduleProbe(orders);
    }
  }

  /**
   * Submits up to 15 independent orders in one sendTxBatch, or a contingent bracket (OTO / OCO /
   * OTOCO) as one CreateGroupedOrders tx. Unsupported members are DENIED; the rest are sent.
   * @throws ExecutionError ORDER_DENIED for a duplicate ClientOrderId
   */
  async submitList(params: {
    orders: readonly NautilusOrder[];
    contingency?: ContingencyType | 'OTOCO';
    signal?: AbortSignal;
  }): Promise<OrderListResult> {
    const contingency = params.contingency ?? 'NO_CONTINGENCY';
    if (contingency !== 'NO_CONTINGENCY') return this.#submitGrouped(params.orders, contingency, params.signal);
    if (params.orders.length > MAX_BATCH_SIZE) {
      return { statuses: params.orders.map((o) => this.#deny(o, `order list larger than ${MAX_BATCH_SIZE} (venue batch cap)`)), txs: [] };
    }
    let sent: SentTxRef[] = [];
    const ready: { tracked: TrackedOrder; params: CreateOrderParams; attributes: { attributes?: ExecTxAttributes } }[] = [];
    for (const o of params.orders) {
      const prepared = this.#prepare(o);
      if ('denied' in prepared) this.#deny(o, prepared.denied);
      else ready.push(prepared);
    }
    if (ready.length > 0) {
      const tracked = ready.map((r) => r.tracked);
      const result = await this.#sendCreates(tracked, () =>
        this.#sender.send({
          count: ready.length,
          sign: (first) => ready.map((r, i) => this.#signer.signCreateOrder({ ...r.params, nonce: first + BigInt(i), expiredAt: this.#now() + TX_EXPIRY_MS, ...r.attributes })),
          onSigned: (signed) => {
            sent = refsOf(signed);
            for (const t of tracked) this.#dispatcher.emit(t, { type: 'OrderSubmitted', accountId: this.#accountId });
          },
          ...(params.signal === undefined ? {} : { signal: params.signal }),
        }),
      );
      sent = finalRefs(sent, result);
      // A whole-batch failure only rejects members on a structured venue answer (parity §2.3 rule 4).
      if (result === undefined) {
        // denied locally, nothing sent
      } else if (result.classification === 'rejected' && result.venueCode === undefined) this.#prober.scheduleProbe(tracked);
      else this.#afterCreate(tracked, result);
    }
    return { statuses: params.orders.map((o) => this.#dispatcher.get(o.clientOrderId)?.machine.status ?? 'DENIED'), txs: sent };
  }

  async #submitGrouped(orders: readonly NautilusOrder[], contingency: ContingencyType | 'OTOCO', signal?: AbortSignal): Promise<OrderListResult> {
    const grouping = groupingFor(contingency, orders.length);
    if (grouping === undefined) {
      return { statuses: orders.map((o) => this.#deny(o, `unsupported contingency ${contingency} with ${orders.length} orders`)), txs: [] };
    }
    const ready: { tracked: TrackedOrder; params: CreateOrderParams; attributes: { attributes?: ExecTxAttributes } }[] = [];
    // One clock reading for the whole group: the venue requires equal expiries (docs/protocol/transactions.md#other-order-transactions).
    const nowMs = this.#now();
    for (const o of orders) {
      const prepared = this.#prepare(o, nowMs);
      if ('denied' in prepared) {
        // A bracket is all-or-nothing: deny every member.
        for (const r of ready) this.#dispatcher.emit(r.tracked, { type: 'OrderDenied', reason: `bracket member ${o.clientOrderId} denied: ${prepared.denied}` });
        for (const r of ready) this.#identity.delete(r.tracked.order.clientOrderId);
        this.#deny(o, prepared.denied);
        for (const rest of orders.slice(ready.length + 1)) this.#deny(rest, `bracket member ${o.clientOrderId} denied`);
        return { statuses: orders.map((x) => this.#dispatcher.get(x.clientOrderId)?.machine.status ?? 'DENIED'), txs: [] };
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
        this.#dispatcher.emit(r.tracked, { type: 'OrderDenied', reason });
      }
      return { statuses: orders.map((x) => this.#dispatcher.get(x.clientOrderId)?.machine.status ?? 'DENIED'), txs: [] };
    }
    const wire = groupedWire({ grouping, orders: ready.map((r) => r.params) });
    const tracked = ready.map((r) => r.tracked);
    let sent: SentTxRef[] = [];
    const result = await this.#sendCreates(tracked, () =>
      this.#sender.send({
        sign: (nonce) => [this.#signer.signCreateGroupedOrders({ groupingType: grouping, orders: wire, nonce, expiredAt: this.#now() + TX_EXPIRY_MS, ...attributes })],
        onSigned: (signed) => {
          sent = refsOf(signed);
          for (const t of tracked) this.#dispatcher.emit(t, { type: 'OrderSubmitted', accountId: this.#accountId });
        },
        ...(signal === undefined ? {} : { signal }),
      }),
    );
    if (result !== undefined) this.#afterCreate(tracked, result);
    return { statuses: tracked.map((t) => t.machine.status), txs: finalRefs(sent, result) };
  }
}
