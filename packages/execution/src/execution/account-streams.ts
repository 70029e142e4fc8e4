/**
 * The five private account streams (orders, trades, positions, assets, user_stats) over one
 * authenticated WS connection, with the connect gate: connect() resolves only after the first
 * frame of every stream (parity R6, NT 30 s).
 */
import {
  accountAllAssetsChannel,
  accountAllOrdersChannel,
  accountAllPositionsChannel,
  accountAllTradesChannel,
  type LighterWsClient,
  type PayloadEvent,
  type Subscription,
  userStatsChannel,
} from '@lighter-ts/streaming';
import type { WsChannelKind } from '@lighter-ts/models';
import type { AccountFrame } from '../account/account-frames.js';
import { EXECUTION_ERROR_CODE, ExecutionError } from '../errors.js';

/** Stream names of the gate. */
export type AccountStreamName = 'orders' | 'trades' | 'positions' | 'assets' | 'userStats';

/**
 * Handlers of account stream frames. Each gets the frame's payload as sent (`data`) and models' parse of it
 * (`typed`, undefined when the frame failed the schema; the row mappers then fall back row by row).
 */
export interface AccountStreamHandlers {
  /** An `account_all_orders` frame (snapshot on (re)subscribe, then updates). */
  onOrders(frame: AccountFrame<'account_all_orders'>, phase: 'snapshot' | 'update'): void;
  /** An `account_all_trades` frame. */
  onTrades(frame: AccountFrame<'account_all_trades'>, phase: 'snapshot' | 'update'): void;
  /** An `account_all_positions` frame. */
  onPositions(frame: AccountFrame<'account_all_positions'>, phase: 'snapshot' | 'update'): void;
  /** An `account_all_assets` frame; `ts` = the frame's timestamp when it has one. */
  onAssets(frame: AccountFrame<'account_all_assets'>, ts: number | undefined): void;
  /** A `user_stats` frame; `ts` = the frame's timestamp when it has one. */
  onUserStats(frame: AccountFrame<'user_stats'>, ts: number | undefined): void;
  /** A stream was re-confirmed after a reconnect (run a targeted reconcile). */
  onResubscribed?(stream: AccountStreamName): void;
}

/**
 * @example
 * const streams = new AccountStreams({ ws, accountIndex, handlers });
 * await streams.start({ timeoutMs: 30_000 });
 */
export class AccountStreams {
  readonly #ws: LighterWsClient;
  readonly #accountIndex: number;
  readonly #handlers: AccountStreamHandlers;
  // Only unsubscribe is needed here: a Subscription<PayloadEvent<K>> is invariant in K (its emitter both takes and
  // gives events), so one array typed per channel kind would not accept the five different kinds.
  readonly #subs: { unsubscribe(): void }[] = [];
  readonly #seen = new Set<AccountStreamName>();

  constructor(params: { ws: LighterWsClient; accountIndex: number; handlers: AccountStreamHandlers }) {
    this.#ws = params.ws;
    this.#accountIndex = params.accountIndex;
    this.#handlers = params.handlers;
  }

  /**
   * Subscribes every stream and waits for the first frame of each.
   * @throws ExecutionError NOT_CONNECTED on timeout (naming the silent streams) or abort
   */
  async start(params: { timeoutMs: number; signal?: AbortSignal }): Promise<void> {
    const accountIndex = this.#accountIndex;
    const h = this.#handlers;
    const names: AccountStreamName[] = ['orders', 'trades', 'positions', 'assets', 'userStats'];
    let wake: (() => void) | undefined;
    // Generic per stream so each subscription keeps its own channel kind (see #subs), and each handler gets its
    // channel's typed event.
    const watch = <K extends WsChannelKind>(
      name: AccountStreamName,
      sub: Subscription<PayloadEvent<K>>,
      deliver: (e: PayloadEvent<K>) => void,
    ): void => {
      this.#subs.push(sub);
      sub.on('data', (e) => {
        this.#seen.add(name);
        deliver(e);
        wake?.();
      });
      sub.on('resubscribed', () => h.onResubscribed?.(name));
    };
    watch('orders', this.#ws.subscribe(accountAllOrdersChannel({ accountIndex })), (e) => h.onOrders(e, e.phase));
    watch('trades', this.#ws.subscribe(accountAllTradesChannel({ accountIndex })), (e) => h.onTrades(e, e.phase));
    watch('positions', this.#ws.subscribe(accountAllPositionsChannel({ accountIndex })), (e) =>
      h.onPositions(e, e.phase),
    );
    watch('assets', this.#ws.subscribe(accountAllAssetsChannel({ accountIndex })), (e) => h.onAssets(e, e.timestamp));
    watch('userStats', this.#ws.subscribe(userStatsChannel({ accountIndex })), (e) => h.onUserStats(e, e.timestamp));
    if (this.#seen.size === names.length) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        const silent = names.filter((n) => !this.#seen.has(n));
        reject(
          new ExecutionError({
            code: EXECUTION_ERROR_CODE.NOT_CONNECTED,
            message: `account streams silent after ${params.timeoutMs} ms: ${silent.join(', ')}`,
          }),
        );
      }, params.timeoutMs);
      const onAbort = () => {
        cleanup();
        reject(
          new ExecutionError({
            code: EXECUTION_ERROR_CODE.NOT_CONNECTED,
            message: 'connect aborted',
            cause: params.signal?.reason,
          }),
        );
      };
      const cleanup = () => {
        clearTimeout(timer);
        wake = undefined;
        params.signal?.removeEventListener('abort', onAbort);
      };
      params.signal?.addEventListener('abort', onAbort, { once: true });
      wake = () => {
        if (this.#seen.size === names.length) {
          cleanup();
          resolve();
        }
      };
      wake();
    });
  }

  /** Unsubscribes every stream. Idempotent. @throws never */
  stop(): void {
    for (const s of this.#subs.splice(0)) s.unsubscribe();
  }
}
