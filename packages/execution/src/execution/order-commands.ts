/**
 * Cancel and modify commands (docs/protocol/nautilus.md#identifiers, docs/protocol/nautilus.md#emission-rules): idempotent (an order with a cancel or modify
 * already in flight sends nothing, and the result says so), pending events first, signed txs
 * through the one tx pipeline, then OrderCancelRejected / OrderModifyRejected only on a definitive
 * venue answer or a local failure before sending; unknown outcomes go to the in-flight prober,
 * acknowledged ones to the post-ack probe.
 */
import type { InstrumentProvider } from '../instruments/provider.js';
import type { OrderDispatcher, TrackedOrder } from '../orders/dispatcher.js';
import { scaleDecimal } from '../translate/decimal.js';
import { capPrice } from '../translate/order-translation.js';
import { MAX_BATCH_SIZE, WIRE_LIMITS } from '../translate/venue-constants.js';
import type { ExecSignedTx, ExecSigner } from './contracts.js';
import type { InflightProber } from './probes.js';
import { type CommandSkipReason, type OrderCommandResult, type SentTxRef, quotaOf, single, whyOf } from './results.js';
import type { TxPipeline, TxResult } from './tx-pipeline.js';

/** Modify fields; any subset (trigger-only is allowed, NT `a9739c10fa`). */
export interface ModifyFields {
  readonly quantity?: string;
  readonly price?: string;
  readonly triggerPrice?: string;
}

/**
 * Why a cancel of this order would send nothing: a cancel already in flight, or not working at the venue.
 * @example cancelSkipReason(tracked) // 'ALREADY_PENDING_CANCEL'
 * @throws never
 */
export function cancelSkipReason(t: TrackedOrder): CommandSkipReason | undefined {
  if (t.machine.status === 'PENDING_CANCEL') return 'ALREADY_PENDING_CANCEL';
  if (t.machine.isTerminal || t.machine.status === 'INITIALIZED') return 'NOT_OPEN';
  return undefined;
}

/**
 * @example
 * const commands = new OrderCommands({ dispatcher, pipeline, signer, instruments, prober, marketOrderSlippageBps: 50 });
 * await commands.cancelMany([tracked]);
 */
export class OrderCommands {
  readonly #dispatcher: OrderDispatcher;
  readonly #pipeline: TxPipeline;
  readonly #signer: ExecSigner;
  readonly #instruments: InstrumentProvider;
  readonly #prober: InflightProber;
  readonly #slippageBps: number;
  /** Txs per sendTxBatch chunk (config `maxTxBatchSize`). */
  readonly #maxBatch: number;

  constructor(params: {
    dispatcher: OrderDispatcher;
    pipeline: TxPipeline;
    signer: ExecSigner;
    instruments: InstrumentProvider;
    prober: InflightProber;
    marketOrderSlippageBps: number;
    maxBatchSize?: number;
  }) {
    this.#dispatcher = params.dispatcher;
    this.#pipeline = params.pipeline;
    this.#signer = params.signer;
    this.#instruments = params.instruments;
    this.#prober = params.prober;
    this.#slippageBps = params.marketOrderSlippageBps;
    this.#maxBatch = params.maxBatchSize ?? MAX_BATCH_SIZE;
  }

  /**
   * Modifies an order in place (same venue order index); unspecified fields keep their value. A
   * trigger-only modify of a STOP_MARKET / MARKET_IF_TOUCHED recomputes its slippage-capped price
   * from the new trigger. An order with a cancel or modify in flight sends nothing (`skipped`).
   * @throws OrderDeniedError for bad values (nothing emitted); ExecutionError for an unknown instrument
   */
  async modify(p: { tracked: TrackedOrder; req: ModifyFields; signal?: AbortSignal }): Promise<OrderCommandResult> {
    const t = p.tracked;
    const status = t.machine.status;
    if (status === 'PENDING_CANCEL' || status === 'PENDING_UPDATE') {
      return single({
        status,
        txs: [],
        outcome: 'skipped',
        skipped: status === 'PENDING_CANCEL' ? 'ALREADY_PENDING_CANCEL' : 'ALREADY_PENDING_UPDATE',
      });
    }
    const instrument = this.#instruments.require(t.order.instrumentId);
    const qty = p.req.quantity ?? t.machine.quantity;
    const trigger = p.req.triggerPrice ?? t.shape?.trigger ?? t.order.triggerPrice ?? '0';
    const baseAmount = scaleDecimal({ value: qty, decimals: instrument.sizeDecimals, field: 'quantity' });
    const triggerTicks = scaleDecimal({ value: trigger, decimals: instrument.priceDecimals, field: 'triggerPrice' });
    const capped = t.order.type === 'STOP_MARKET' || t.order.type === 'MARKET_IF_TOUCHED';
    let priceTicks: bigint;
    if (capped && p.req.price === undefined && p.req.triggerPrice !== undefined) {
      const bps = t.order.marketOrderSlippageBps ?? this.#slippageBps;
      priceTicks = capPrice({ reference: triggerTicks, bps, isAsk: t.order.side === 'SELL' });
      if (priceTicks > WIRE_LIMITS.MAX_PRICE) priceTicks = WIRE_LIMITS.MAX_PRICE;
    } else {
      const price = p.req.price ?? t.shape?.price ?? t.order.price ?? '0';
      priceTicks = scaleDecimal({ value: price, decimals: instrument.priceDecimals, field: 'price' });
    }
    if (!this.#dispatcher.emit(t, { type: 'OrderPendingUpdate', venueOrderId: t.machine.venueOrderId }, 'local')) {
      return single({ status: t.machine.status, txs: [], outcome: 'skipped', skipped: 'NOT_OPEN' });
    }
    const index = t.machine.venueOrderId ?? String(t.clientOrderIndex);
    const result = await this.#pipeline.execute({
      build: ({ firstNonce, expiredAt }) => [
        this.#signer.signModifyOrder({
          marketIndex: instrument.marketIndex,
          orderIndex: BigInt(index),
          baseAmount,
          price: priceTicks,
          triggerPrice: triggerTicks,
          nonce: firstNonce,
          expiredAt,
        }),
      ],
      ...(p.signal === undefined ? {} : { signal: p.signal }),
    });
    this.#after({ targets: [t], kind: 'modify', result });
    return single({
      status: t.machine.status,
      txs: result.kind === 'denied' ? [] : result.txs,
      outcome: result.kind,
      ...whyOf(result),
      volumeQuotaRemaining: quotaOf(result),
    });
  }

  /**
   * OrderPendingCancel for every target that is working and not already pending cancel, then
   * CancelOrder txs in sendTxBatch chunks of 15. Targets already pending cancel (or not open) are skipped.
   * @returns the targets a cancel was sent for, every tx sent (in nonce order), and the outcome with the
   * reason / venue code of the first chunk that did not go through (else of the last chunk); `outcome`
   * is undefined when nothing needed a cancel
   * @throws never for venue refusals (events); ExecutionError for an unknown instrument
   */
  async cancelMany(
    targets: readonly TrackedOrder[],
    signal?: AbortSignal,
  ): Promise<{
    sentFor: TrackedOrder[];
    txs: SentTxRef[];
    outcome: TxResult['kind'] | undefined;
    reason?: string | undefined;
    venueCode?: number | undefined;
    volumeQuotaRemaining?: number | undefined;
  }> {
    const sent: SentTxRef[] = [];
    let verdict: TxResult | undefined;
    let volumeQuotaRemaining: number | undefined;
    const unique = [...new Set(targets)];
    const live = unique.filter(
      (t) =>
        cancelSkipReason(t) === undefined &&
        this.#dispatcher.emit(t, { type: 'OrderPendingCancel', venueOrderId: t.machine.venueOrderId }, 'local'),
    );
    for (let i = 0; i < live.length; i += this.#maxBatch) {
      const chunk = live.slice(i, i + this.#maxBatch);
      const result = await this.#pipeline.execute({
        count: chunk.length,
        build: ({ firstNonce, expiredAt }) =>
          chunk.map((t, j): ExecSignedTx => {
            const instrument = this.#instruments.require(t.order.instrumentId);
            return this.#signer.signCancelOrder({
              marketIndex: instrument.marketIndex,
              orderIndex: BigInt(t.machine.venueOrderId ?? String(t.clientOrderIndex)),
              nonce: firstNonce + BigInt(j),
              expiredAt,
            });
          }),
        ...(signal === undefined ? {} : { signal }),
      });
      // A refusal in an early chunk must not be hidden by a later accepted one: the first failure decides.
      if (verdict === undefined || verdict.kind === 'accepted') verdict = result;
      volumeQuotaRemaining = quotaOf(result) ?? volumeQuotaRemaining;
      if (result.kind !== 'denied') sent.push(...result.txs);
      this.#after({ targets: chunk, kind: 'cancel', result });
    }
    return {
      sentFor: live,
      txs: sent,
      outcome: verdict?.kind,
      ...(verdict === undefined ? {} : whyOf(verdict)),
      volumeQuotaRemaining,
    };
  }

  /** Applies a cancel / modify result to its targets (tx i of a batch belongs to target i). */
  #after(p: { targets: readonly TrackedOrder[]; kind: 'cancel' | 'modify'; result: TxResult }): void {
    const { targets, kind, result } = p;
    const refuse = (t: TrackedOrder, reason: string, venueCode?: number) => {
      const venueOrderId = t.machine.venueOrderId;
      if (kind === 'cancel')
        this.#dispatcher.emit(t, { type: 'OrderCancelRejected', venueOrderId, reason, venueCode }, 'local');
      else this.#dispatcher.emit(t, { type: 'OrderModifyRejected', venueOrderId, reason, venueCode }, 'local');
    };
    switch (result.kind) {
      case 'accepted':
        this.#prober.probeAfterAck(targets, kind);
        return;
      case 'denied':
        // Nothing left the process (docs/protocol/nautilus.md#emission-rules rule 2): refused for this command only.
        for (const t of targets) refuse(t, `not sent: ${result.reason}`);
        return;
      case 'rejected':
        // A whole-batch refusal without a venue code says nothing per member: settle by probing.
        if (targets.length > 1 && result.venueCode === undefined) break;
        for (const t of targets) refuse(t, result.message, result.venueCode);
        return;
      case 'unknown':
        break;
    }
    const expiresAtMs = result.kind === 'unknown' ? result.expiresAtMs : this.#pipeline.expiresAtFromNow();
    targets.forEach((t, i) => {
      const tx = result.txs[i];
      if (tx !== undefined) this.#prober.track({ command: kind, orders: [t], tx, expiresAtMs });
    });
  }
}
