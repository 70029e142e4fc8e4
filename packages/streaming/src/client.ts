import type { Network } from '@lighter-ts/models/constants';
import { backoffDelay } from './backoff.js';
import type { ChannelDefinition } from './channel.js';
import type { WsClientEvents, WsClientState } from './client-events.js';
import { TypedEmitter } from './emitter.js';
import { LighterWsError, WS_ERROR_CODE, WsVenueError } from './errors.js';
import { type InboundFrame, type JsonObject, classifyFrame } from './frames.js';
import { Keepalive } from './keepalive.js';
import { MessageBudget } from './message-budget.js';
import { type LighterWsClientOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { type SubscribeOptions, SubscriptionRegistry } from './registry.js';
import { pickSocketFactory, type SocketKind } from './socket/pick.js';
import type { LighterSocket, SocketFactory } from './socket/socket.js';
import type { Subscription } from './subscription.js';
import { TxCorrelator, type WsSendTxBatchResult, type WsSendTxResult } from './tx-correlator.js';
import type { WsSendTxBatchParams, WsSendTxParams } from './tx-frames.js';
import { WsTxSender } from './tx-sender.js';

// The event and state types moved to client-events.ts; re-exported so `./client.js` still names them.
export type { WsClientEvents, WsClientState } from './client-events.js';

/** How long connect() waits for the venue's `connected` greeting before resolving anyway. */
const GREETING_GRACE_MS = 2_000;
/** A connection that stayed open this long resets the reconnect backoff. */
const STABLE_CONNECTION_MS = 5_000;

/**
 * Lighter WebSocket client: one connection per (URL, auth provider), with JSON ping/pong,
 * per-subscription staleness watchdog, bounded-backoff reconnect that replays every
 * subscription, ref-counted channels, an in-flight subscribe cap, exact order books, and
 * `sendTx`/`sendTxBatch` correlated to replies. Construction is inert.
 *
 * @example
 * const ws = new LighterWsClient({ network: 'robinhood-mainnet', readonly: true });
 * await ws.connect();
 * const sub = ws.subscribe(orderBookChannel({ marketIndex: 0 }));
 * for await (const e of sub) console.log(e.book.bestBid(), e.book.bestAsk());
 * await ws.close();
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for bad options
 * @throws {NetworkMismatchError} (models) when `auth` was made for another network
 */
export class LighterWsClient {
  private readonly opts: ResolvedOptions;
  private readonly emitter: TypedEmitter<WsClientEvents>;
  private readonly registry: SubscriptionRegistry;
  private readonly txs = new TxCorrelator();
  private readonly sender: WsTxSender;
  private readonly keepalive: Keepalive;
  private budget: MessageBudget;
  private ws: LighterSocket | undefined;
  private stateValue: WsClientState = 'idle';
  private attempt = 0;
  private tickTimer: ReturnType<typeof setInterval> | undefined;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private openedAt = 0;
  private session: string | undefined;
  private connectPromise: Promise<void> | undefined;
  private closePromise: Promise<void> | undefined;
  private readonly socketFactory: SocketFactory;
  /** The WebSocket implementation in use: `standard` (injected or global `WebSocket`) or `ws` (Node 20). */
  readonly socketKind: SocketKind;

  constructor(options: LighterWsClientOptions) {
    this.opts = resolveOptions(options);
    const picked = pickSocketFactory(this.opts.WebSocket);
    this.socketFactory = picked.factory;
    this.socketKind = picked.kind;
    this.budget = new MessageBudget(this.opts.maxMessagesPerMinute);
    this.keepalive = new Keepalive(this.opts);
    this.sender = new WsTxSender({
      opts: this.opts,
      txs: this.txs,
      socket: () => this.ws,
      isOpen: () => this.stateValue === 'open',
    });
    this.registry = new SubscriptionRegistry({
      opts: this.opts,
      isOpen: () => this.stateValue === 'open',
      send: (text) => this.sendText(text),
      budget: () => this.budget,
      unknown: (reason, raw) => this.emitter.emit('unknown', { reason, raw }),
    });
    let reporting = false;
    this.emitter = new TypedEmitter((err) => {
      if (reporting) return; // an 'error' listener that throws must not recurse
      reporting = true;
      try {
        this.emitter.emit('error', new LighterWsError('listener threw', { cause: err }));
      } finally {
        reporting = false;
      }
    });
  }

  /** Current connection state. */
  get state(): WsClientState {
    return this.stateValue;
  }
  /** `session_id` of the venue's greeting on the current connection, if any. */
  get sessionId(): string | undefined {
    return this.session;
  }
  /** The network this client talks to (undefined when built from a bare `url`, deprecated). */
  get network(): Network | undefined {
    return this.opts.network;
  }
  /** True for a data-only connection (`readonly: true`): sendTx and sendTxBatch throw `WS_READ_ONLY`. */
  get readOnly(): boolean {
    return this.opts.readonly;
  }
  /** The URL actually used (with `readonly=true` when requested). */
  get url(): string {
    return this.opts.url;
  }
  /** Number of venue subscriptions (after ref-counting). */
  get subscriptionCount(): number {
    return this.registry.size;
  }

  /** Adds a client-level listener; returns a remover. */
  on<K extends keyof WsClientEvents>(event: K, listener: (payload: WsClientEvents[K]) => void): () => void {
    return this.emitter.on(event, listener);
  }
  /** Removes a listener added with `on`. */
  off<K extends keyof WsClientEvents>(event: K, listener: (payload: WsClientEvents[K]) => void): void {
    this.emitter.off(event, listener);
  }

  /**
   * Opens the connection (once) and resolves after the venue's `connected` greeting (or a 2 s
   * grace period without one). Later drops reconnect automatically.
   * @throws {LighterWsError} code `WS_CLOSED` after close(), `WS_ABORTED`, or `WS_ERROR` when the
   * first connection fails.
   */
  connect(options: { signal?: AbortSignal } = {}): Promise<void> {
    if (this.stateValue === 'closed') return Promise.reject(closedError());
    if (this.stateValue === 'open') return Promise.resolve();
    if (this.connectPromise) return this.connectPromise;
    if (this.stateValue === 'reconnecting') return this.nextOpen(options.signal);
    this.stateValue = 'connecting';
    const p = this.openSocket(options.signal).finally(() => {
      this.connectPromise = undefined;
    });
    this.connectPromise = p;
    return p;
  }

  /**
   * Subscribes to a channel. Subscribing a channel that is already live shares the venue
   * subscription (ref-counted); the venue unsubscribe goes out when the last consumer leaves.
   * Works before `connect()`: the subscribe is sent once the socket is open.
   * @example const sub = ws.subscribe(tickerChannel({ marketIndex: 0 }));
   * @throws {LighterWsError} code `WS_CLOSED` after close(), `WS_INVALID_ARGUMENT`
   */
  subscribe<E>(definition: ChannelDefinition<E>, options: SubscribeOptions = {}): Subscription<E> {
    if (this.stateValue === 'closed') throw closedError();
    return this.registry.subscribe(definition, options);
  }

  /**
   * Sends one signed tx over WS and waits for its reply.
   * Never retried: a retry could double-submit a signed nonce (docs/protocol/client-behaviour.md).
   * @example const { txHash } = await ws.sendTx({ txType: 14, txInfo: signed.txInfo, txHash: signed.txHash });
   * @throws {WsTxRejectedError} venue answered code ≠ 200 (`outcome: 'rejected'`)
   * @throws {WsTxOutcomeUnknownError} timeout / disconnect / abort after send (`outcome: 'unknown'`)
   * @throws {LighterWsError} `WS_NOT_CONNECTED` (nothing sent), `WS_INVALID_ARGUMENT`, `WS_ABORTED`, `WS_READ_ONLY` (a read-only connection; nothing sent)
   * @throws {NetworkMismatchError} (models) the tx was signed for another network (nothing sent)
   */
  sendTx(params: WsSendTxParams, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<WsSendTxResult> {
    return this.sender.sendTx(params, options);
  }

  /**
   * Sends a batch (≤ `maxBatchSize`, default 15) of signed txs of one account/API key with
   * increasing nonces (docs/protocol/websocket.md#sending-transactions).
   * @example await ws.sendTxBatch({ txs: [a, b].map((s) => ({ txType: s.txType, txInfo: s.txInfo, txHash: s.txHash })) });
   * @throws {WsTxRejectedError} | {WsTxOutcomeUnknownError} | {LighterWsError} | {NetworkMismatchError} as for sendTx
   */
  sendTxBatch(
    params: WsSendTxBatchParams,
    options: { signal?: AbortSignal; timeoutMs?: number } = {},
  ): Promise<WsSendTxBatchResult> {
    return this.sender.sendTxBatch(params, options);
  }

  /**
   * Closes the connection, ends every subscription, clears every timer, and fails pending txs
   * as `unknown`. Idempotent; after it resolves the process can exit.
   * @throws never
   */
  close(): Promise<void> {
    if (this.closePromise) return this.closePromise;
    this.stateValue = 'closed';
    this.stopTick();
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.txs.failAll('client closed');
    this.registry.closeAll();
    const ws = this.ws;
    this.ws = undefined;
    this.closePromise = new Promise<void>((resolve) => {
      if (!ws || ws.state() === 'closed') {
        resolve();
        return;
      }
      // A peer that never completes the closing handshake must not keep us alive.
      const timer = setTimeout(() => ws.terminate(), 1_000);
      void ws.closed.then(() => {
        clearTimeout(timer);
        resolve();
      });
      if (ws.state() === 'connecting') ws.terminate();
      else ws.close(1000, 'client close');
    }).then(() => this.emitter.removeAll());
    return this.closePromise;
  }

  // ---- connection ----------------------------------------------------------------------

  /** Resolves on the next successful (re)connect; the reconnect loop itself keeps running. */
  private nextOpen(signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const done = (): void => {
        offOpen();
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = (): void => {
        done();
        reject(new LighterWsError('connect aborted', { code: WS_ERROR_CODE.ABORTED, cause: signal?.reason }));
      };
      const offOpen = this.emitter.on('open', () => {
        done();
        resolve();
      });
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private openSocket(signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        this.stateValue = 'idle';
        reject(new LighterWsError('connect aborted', { code: WS_ERROR_CODE.ABORTED, cause: signal.reason }));
        return;
      }
      let opened = false;
      let ws: LighterSocket | undefined;
      const onAbort = (): void => ws?.terminate();
      let greeted: (() => void) | undefined;
      ws = this.socketFactory({
        url: this.opts.url,
        connectTimeoutMs: this.opts.connectTimeoutMs,
        handlers: {
          onOpen: () => {
            signal?.removeEventListener('abort', onAbort);
            if (ws !== this.ws) return;
            opened = true;
            this.onOpen();
            // The venue greets with {"type":"connected","session_id":…} (docs/protocol/websocket.md#frames-and-lifecycle); resolve
            // on it, or after a short grace period for servers that do not send one.
            const grace = setTimeout(finish, GREETING_GRACE_MS);
            const offGreeting = this.emitter.on('connected', finish);
            function finish(): void {
              clearTimeout(grace);
              offGreeting();
              resolve();
            }
            greeted = finish;
          },
          onPong: () => {
            if (ws === this.ws) this.keepalive.onPong();
          },
          onText: (text) => {
            if (ws === this.ws) this.onText(text);
          },
          onClose: (code, reason) => {
            signal?.removeEventListener('abort', onAbort);
            greeted?.();
            if (!opened) {
              if (this.stateValue === 'closed') reject(closedError());
              else if (signal?.aborted)
                reject(new LighterWsError('connect aborted', { code: WS_ERROR_CODE.ABORTED, cause: signal.reason }));
              else reject(new LighterWsError(`connection failed (code ${code})`, { code: WS_ERROR_CODE.WS_ERROR }));
            }
            if (ws) this.onSocketClose(ws, code, reason, opened);
          },
        },
      });
      this.ws = ws;
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private onOpen(): void {
    this.stateValue = 'open';
    this.budget = new MessageBudget(this.opts.maxMessagesPerMinute);
    const now = Date.now();
    this.openedAt = now;
    this.keepalive.reset(now);
    this.tickTimer = setInterval(() => this.tick(), this.opts.tickMs);
    this.emitter.emit('open', { url: this.opts.url });
    this.registry.onOpen(now);
  }

  private onSocketClose(ws: LighterSocket, code: number, reason: string, opened: boolean): void {
    if (ws !== this.ws) return;
    this.ws = undefined;
    this.session = undefined;
    this.stopTick();
    this.registry.onSocketLost();
    this.txs.failAll(`connection closed (code ${code})`);
    if (this.stateValue === 'closed') return;
    if (opened) this.emitter.emit('close', { code, reason });
    // Only a connection that stayed up resets the backoff: a server that accepts and drops at
    // once must not be hammered at the initial delay forever.
    if (opened && Date.now() - this.openedAt >= STABLE_CONNECTION_MS) this.attempt = 0;
    if (this.stateValue === 'connecting') {
      // The very first connect failed: report it to connect(), do not retry behind the caller's back.
      this.stateValue = 'idle';
      return;
    }
    this.scheduleReconnect(code, reason, opened);
  }

  private scheduleReconnect(code: number, reason: string, wasOpen: boolean): void {
    this.stateValue = 'reconnecting';
    const attempt = this.attempt++;
    const delayMs = backoffDelay({ attempt, ...(this.opts.backoff ? { options: this.opts.backoff } : {}) });
    const info = { attempt, delayMs, code, reason };
    this.emitter.emit('reconnecting', info);
    // State is invalidated once per outage, not once per failed attempt.
    this.registry.onReconnecting(info, wasOpen);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.stateValue !== 'reconnecting') return;
      this.openSocket().catch(() => {
        // onSocketClose already scheduled the next attempt.
      });
    }, delayMs);
  }

  private stopTick(): void {
    if (this.tickTimer) clearInterval(this.tickTimer);
    this.tickTimer = undefined;
  }

  private sendText(text: string): boolean {
    const ws = this.ws;
    if (ws?.state() !== 'open') return false;
    // Every non-tx message counts against the venue's per-minute budget (docs/protocol/errors-and-limits.md#rate-limits).
    if (!text.startsWith('{"type":"subscribe"')) this.budget.record();
    ws.send(text);
    return true;
  }

  /** Keepalive, pong watchdog, subscribe-ack timeouts, staleness and auth rotation. */
  private tick(): void {
    const now = Date.now();
    const ws = this.ws;
    if (!ws || this.stateValue !== 'open') return;
    const keepalive = this.keepalive.step(now);
    if (keepalive === 'dead') {
      // The server stopped answering pings: the socket is dead even if TCP says otherwise.
      ws.terminate();
      return;
    }
    if (keepalive === 'ping') {
      this.sendText('{"type":"ping"}');
      // Also a protocol-level ping where the implementation has one (`ws`): servers answer it natively, so a
      // venue that ignores the JSON ping (docs/protocol/websocket.md#frames-and-lifecycle says it answers;
      // unverified) never trips the pong watchdog. The standard WebSocket API has none: JSON pings alone.
      ws.ping?.();
    }
    if (this.registry.tick(now) === 'reconnect') ws.terminate();
  }

  // ---- inbound -------------------------------------------------------------------------

  private onText(text: string): void {
    const frame = classifyFrame(text);
    switch (frame.kind) {
      case 'ping':
        this.sendText('{"type":"pong"}');
        return;
      case 'pong':
        this.keepalive.onPong();
        return;
      case 'connected':
        this.session = frame.sessionId;
        this.emitter.emit('connected', { sessionId: frame.sessionId });
        return;
      case 'data':
        this.registry.onData(frame);
        return;
      case 'subscribed':
        this.registry.onSubscribed(frame.channel);
        return;
      case 'unsubscribed':
        this.registry.onUnsubscribed(frame.channel);
        return;
      case 'error':
        this.onVenueError(frame);
        return;
      case 'tx':
        if (!this.txs.onTxFrame(frame)) this.emitter.emit('unknown', { reason: 'unmatched_tx_reply', raw: frame.raw });
        return;
      case 'unknown':
        this.emitter.emit('unknown', { reason: frame.reason, raw: frame.raw });
        return;
    }
  }

  private onVenueError(frame: Extract<InboundFrame, { kind: 'error' }>): void {
    if (this.registry.onVenueError(frame)) return;
    if (this.txs.onErrorFrame(frame.code, frame.message, frame.raw as JsonObject)) return;
    this.emitter.emit(
      'error',
      new WsVenueError(frame.message, {
        raw: frame.raw,
        ...(frame.code === undefined ? {} : { venueCode: frame.code }),
      }),
    );
  }
}

function closedError(): LighterWsError {
  return new LighterWsError('client is closed', { code: WS_ERROR_CODE.CLOSED });
}
