/**
 * Account-level signed transactions of the execution client that are not order commands: UpdateLeverage and the
 * scheduled CancelAllOrders (dead-man's switch). One job: validate locally, then send through the tx pipeline and
 * summarise the outcome; the client (./client.ts) checks it is connected and delegates here.
 */
import { EXECUTION_ERROR_CODE, ExecutionError } from '../errors.js';
import type { InstrumentProvider } from '../instruments/provider.js';
import type { ExecSigner } from './contracts.js';
import type { TxOutcomeSummary } from './results.js';
import type { TxPipeline, TxResult } from './tx-pipeline.js';

/** What the account-level commands need of the execution client. */
export interface AccountCommandContext {
  /** The one send path (reserve nonce, sign, send, classify). */
  readonly pipeline: TxPipeline;
  /** The signer; its optional `signUpdateLeverage` / `signCancelAllOrders` are checked before anything is sent. */
  readonly signer: ExecSigner;
  /** Instruments, to map the instrument id to its market. */
  readonly instruments: InstrumentProvider;
  /** Clock in ms since the epoch. */
  readonly now: () => number;
}

/**
 * Adapter-specific: signed UpdateLeverage (parity E15). `leverage` 20 = IMF 500 (5%); margin
 * mode cross (default) or isolated. Resolves with the send outcome (never throws on a venue refusal).
 * @throws ExecutionError NOT_CONNECTED / ORDER_DENIED (bad leverage, spot market, signer without signUpdateLeverage)
 */
export async function updateLeverage(
  ctx: AccountCommandContext,
  params: {
    instrumentId: string;
    leverage?: number;
    initialMarginFraction?: number;
    marginMode?: 'cross' | 'isolated';
    signal?: AbortSignal;
  },
): Promise<TxOutcomeSummary> {
  const instrument = ctx.instruments.require(params.instrumentId);
  const signer = ctx.signer;
  const deny = (message: string) => new ExecutionError({ code: EXECUTION_ERROR_CODE.ORDER_DENIED, message });
  if (instrument.kind !== 'perp') throw deny('leverage applies to perp markets only');
  if (signer.signUpdateLeverage === undefined) throw deny('the injected signer cannot sign UpdateLeverage');
  const imf =
    params.initialMarginFraction ?? (params.leverage === undefined ? undefined : Math.round(10_000 / params.leverage));
  if (imf === undefined || !Number.isInteger(imf) || imf < 1 || imf > 10_000)
    throw deny('leverage must give an initial margin fraction in 1..10000 (10000 / leverage)');
  const marginMode = params.marginMode === 'isolated' ? 1 : 0;
  const sign = signer.signUpdateLeverage.bind(signer);
  const r = await ctx.pipeline.execute({
    build: ({ firstNonce, expiredAt }) => [
      sign({
        marketIndex: instrument.marketIndex,
        initialMarginFraction: imf,
        marginMode,
        nonce: firstNonce,
        expiredAt,
      }),
    ],
    ...(params.signal === undefined ? {} : { signal: params.signal }),
  });
  return outcomeSummary(r);
}

/**
 * Dead-man's switch (parity E16, exceeds): native CancelAllOrders with the scheduled TIF, firing
 * `inMs` from now (venue window 5 min .. 15 days, docs/protocol/transactions.md#other-order-transactions); `inMs: 0` aborts a
 * scheduled one. Re-arm it periodically to keep orders alive. The resulting cancels arrive as
 * ordinary OrderCanceled events. Resolves with the send outcome.
 * @throws ExecutionError NOT_CONNECTED / ORDER_DENIED (window, signer without signCancelAllOrders)
 */
export async function scheduleCancelAll(
  ctx: AccountCommandContext,
  params: { inMs: number; signal?: AbortSignal },
): Promise<TxOutcomeSummary> {
  const signer = ctx.signer;
  const deny = (message: string) => new ExecutionError({ code: EXECUTION_ERROR_CODE.ORDER_DENIED, message });
  if (signer.signCancelAllOrders === undefined) throw deny('the injected signer cannot sign CancelAllOrders');
  const abort = params.inMs === 0;
  if (!abort && (!Number.isInteger(params.inMs) || params.inMs < 5 * 60_000 || params.inMs > 15 * 24 * 3600_000)) {
    throw deny('scheduled cancel-all must fire between 5 minutes and 15 days ahead');
  }
  const sign = signer.signCancelAllOrders.bind(signer);
  const r = await ctx.pipeline.execute({
    build: ({ firstNonce, expiredAt }) => [
      sign({ timeInForce: abort ? 2 : 1, time: abort ? 0 : ctx.now() + params.inMs, nonce: firstNonce, expiredAt }),
    ],
    ...(params.signal === undefined ? {} : { signal: params.signal }),
  });
  return outcomeSummary(r);
}

/** The outcome, venue code and message of a pipeline result (for non-order txs). */
function outcomeSummary(r: TxResult): TxOutcomeSummary {
  if (r.kind === 'accepted') return { outcome: r.kind, venueCode: undefined, message: undefined };
  if (r.kind === 'denied') return { outcome: r.kind, venueCode: undefined, message: r.reason };
  return { outcome: r.kind, venueCode: r.venueCode, message: r.message };
}
