/**
 * Cancel and modify commands (parity §1.5, §2.3): pending events first, signed txs through the
 * one sequencer, then OrderCancelRejected / OrderModifyRejected only on a structured venue
 * answer or a local send failure, and the post-ack probe for an acknowledged no-op.
 */
import type { InstrumentProvider } from '../instruments/provider.js';
import type { OrderDispatcher, TrackedOrder } from '../orders/dispatcher.js';
import { scaleDecimal } from '../translate/decimal.js';
import { MAX_BATCH_SIZE } from '../translate/venue-constants.js';
import { type ExecSignedTx, type ExecSigner, TX_EXPIRY_MS } from './contracts.js';
import type { InflightProber } from './probes.js';
import { finalRefs, type OrderCommandResult, refsOf, type SentTxRef, single } from './results.js';
import type { TxOutcomeResult, TxSender } from './tx-sender.js';

/**
 * @example
 * const commands = new OrderCommands({ dispatcher, sender, signer, instruments, prober, now: Date.now });
 * await commands.cancelMany([tracked]);
 */
export class OrderCommands {
  readonly #dispatcher: OrderDispatcher;
  readonly #sender: TxSender;
  readonly #signer: ExecSigner;
  readonly #instruments: InstrumentProvider;
  readonly #prober: InflightProber;
  readonly #now: () => number;

  constructor(params: { dispatcher: OrderDispatcher; sender: TxSender; signer: ExecSigner; instruments: InstrumentProvider; prober: InflightProber; now: () => number }) {
    this.#dispatcher = params.dispatcher;
    this.#sender = params.sender;
    this.#signer = params.signer;
    this.#instruments = params.instruments;
    this.#prober = params.prober;
    this.#now = params.now;
  }

  /**
   * Modifies an order in place (same venue order index); unspecified fields keep their value.
   * @throws OrderDeniedError for bad values (nothing emitted); ExecutionError for an unknown instrument
   */
  async modify(p: { tracked: TrackedOrder; req: { quantity?: string; price?: string; triggerPrice?: string }; signal?: AbortSignal }): Promise<OrderCommandResult> {
    const t = p.tracked;
    const instrument = this.#instruments.require(t.order.instrumentId);
    const qty = p.req.quantity ?? t.machine.quantity;
    const price = p.req.price ?? t.shape?.price ?? t.order.price ?? '0';
    const trigger = p.req.triggerPrice ?? t.shape?.trigger ?? t.order.triggerPrice ?? '0';
    const baseAmount = scaleDecimal({ value: qty, decimals: instrument.sizeDecimals, field: 'quantity' });
    const priceTicks = scaleDecimal({ value: price, decimals: instrument.priceDecimals, field: 'price' });
    const triggerTicks = scaleDecimal({ value: trigger, decimals: instrument.priceDecimals, field: 'triggerPrice' });
    if (!this.#dispatcher.emit(t, { type: 'OrderPendingUpdate', venueOrderId: t.machine.venueOrderId })) return single(t.machine.status, []);
    let sent: SentTxRef[] = [];
    const index = t.machine.venueOrderId ?? String(t.clientOrderIndex);
    const result = await this.#guardCommand([t], 'modify', () => this.#sender.send({
      sign: (nonce) => [
        this.#signer.signModifyOrder({
          marketIndex: instrument.marketIndex,
          orderIndex: BigInt(index),
          baseAmount,
          price: priceTicks,
          triggerPrice: triggerTicks,
          nonce,
          expiredAt: this.#now() + TX_EXPIRY_MS,
        }),
      ],
      onSigned: (signed) => {
        sent = refsOf(signed);
      },
      ...(p.signal === undefined ? {} : { signal: p.signal }),
    }));
    sent = finalRefs(sent, result);
    if (result === undefined) return single(t.machine.status, sent);
    if (result.classification === 'ok') this.#prober.probeAfterAck([t], 'modify');
    if (result.classification === 'rejected') {
      this.#dispatcher.emit(t, { type: 'OrderModifyRejected', venueOrderId: t.machine.venueOrderId, reason: result.message ?? 'rejected by venue', venueCode: result.venueCode });
    }
    return single(t.machine.status, sent);
  }

  /**
   * OrderPendingCancel for every cancelable target, then CancelOrder txs in sendTxBatch chunks of 15.
   * @returns every tx sent, in nonce order
   * @throws never for venue refusals (events); ExecutionError for an unknown instrument
   */
  async cancelMany(targets: readonly TrackedOrder[], signal?: AbortSignal): Promise<SentTxRef[]> {
    const sent: SentTxRef[] = [];
    const live = targets.filter((t) => this.#dispatcher.emit(t, { type: 'OrderPendingCancel', venueOrderId: t.machine.venueOrderId }));
    for (let i = 0; i < live.length; i += MAX_BATCH_SIZE) {
      const chunk = live.slice(i, i + MAX_BATCH_SIZE);
      let chunkSent: SentTxRef[] = [];
      const result = await this.#guardCommand(chunk, 'cancel', () => this.#sender.send({
        count: chunk.length,
        sign: (first) =>
          chunk.map((t, j): ExecSignedTx => {
            const instrument = this.#instruments.require(t.order.instrumentId);
            return this.#signer.signCancelOrder({
              marketIndex: instrument.marketIndex,
              orderIndex: BigInt(t.machine.venueOrderId ?? String(t.clientOrderIndex)),
              nonce: first + BigInt(j),
              expiredAt: this.#now() + TX_EXPIRY_MS,
            });
          }),
        onSigned: (signed) => {
          chunkSent = refsOf(signed);
        },
        ...(signal === undefined ? {} : { signal }),
      }));
      sent.push(...finalRefs(chunkSent, result));
      if (result === undefined) continue;
      if (result.classification === 'ok') this.#prober.probeAfterAck(chunk, 'cancel');
      if (result.classification === 'rejected' && (chunk.length === 1 || result.venueCode !== undefined)) {
        for (const t of chunk) {
          this.#dispatcher.emit(t, { type: 'OrderCancelRejected', venueOrderId: t.machine.venueOrderId, reason: result.message ?? 'rejected by venue', venueCode: result.venueCode });
        }
      }
    }
    return sent;
  }

  /**
   * A cancel / modify whose sending failed locally before anything left (sign error, nonce
   * resync failure, abort) is refused for that command only (parity §2.3 rule 2).
   */
  async #guardCommand(
    targets: readonly TrackedOrder[],
    kind: 'cancel' | 'modify',
    send: () => Promise<TxOutcomeResult>,
  ): Promise<TxOutcomeResult | undefined> {
    try {
      return await send();
    } catch (e) {
      const reason = `not sent: ${e instanceof Error ? e.message : String(e)}`;
      for (const t of targets) {
        if (kind === 'cancel') this.#dispatcher.emit(t, { type: 'OrderCancelRejected', venueOrderId: t.machine.venueOrderId, reason });
        else this.#dispatcher.emit(t, { type: 'OrderModifyRejected', venueOrderId: t.machine.venueOrderId, reason });
      }
      return undefined;
    }
  }
}
