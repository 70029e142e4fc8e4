import WebSocket from 'ws';
import { backoffDelay } from './backoff.js';
import type { ChannelDefinition, ChannelHandler, DataFrame } from './channel.js';
import { TypedEmitter } from './emitter.js';
import { LighterWsError, WS_ERROR_CODE, WsVenueError } from './errors.js';
import { type InboundFrame, type JsonObject, classifyFrame } from './frames.js';
import { MessageBudget } from './message-budget.js';
import { type LighterWsClientOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { type BufferOptions, type ResetReason, Subscription } from './subscription.js';
import { TxCorrelator, type WsSendTxBatchResult, type WsSendTxResult } from './tx-correlator.js';
import { type WsSendTxBatchParams, type WsSendTxParams, buildSendTxBatchFrame, buildSendTxFrame } from './tx-frames.js';

/** Connection state of a {@link LighterWsClient}. */
export type WsClientState = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';

/** Client-level events. */
export interface WsClientEvents {
  open: { url: string };
  /** The venue's `{"type":"connected"}` greeting. */
  connected: { sessionId: string | undefined };
  close: { code: number; reason: string };
  reconnecting: { attempt: number; delayMs: number; code?: number; reason?: string };
  /** A frame that is not understood or not routable; never fatal (lighter-api.md §5.1). */
  unknown: { reason: string; raw: unknown };
  /** Venue error frames not tied to a subscription or tx, and listener exceptions. */
  error: LighterWsError;
}

/** Per-subscribe options. */
export interface SubscribeOptions extends BufferOptions {
  /** Staleness watchdog: no frame for this long → resubscribe (3 strikes → reconnect). */
  readonly staleAfterMs?: number;
}

interface VenueSub {
  readonly def: ChannelDefinition<unknown>;
  readonly handler: ChannelHandler<unknown>;
  readonly consumers: Set<Subscription<unknown>>;
  status: 'idle' | 'queued' | 'inflight' | 'active';
  sentAt: number;
  lastFrameAt: number;
  lastAuthAt: number;
  retryAt: number;
  staleStrikes: number;
  /** Emit `resubscribed` on the next confirming frame. */
  announce: boolean;
  /** After a resync only a snapshot confirms the new subscription. */
  resyncing: boolean;
  /** Last delivered event, replayed to consumers that join a live channel. */
  lastEvent: unknown;
  hasLast: boolean;
}

const AUTH_RETRY_MS = 5_000;
const MAX_STALE_STRIKES = 3;

/**
 * Lighter WebSocket client: one connection per (URL, auth provider), with JSON ping/pong,
 * per-subscription staleness watchdog, bounded-backoff reconnect that replays every
 * subscription, ref-counted channels, an in-flight subscribe cap, exact order books, and
 * `sendTx`/`sendTxBatch` correlated to replies. Construction is inert.
 *
 * @example
 * const ws = new LighterWsClient({ url: 'wss://mainnet.zklighter.elliot.ai/stream', readonly: true });
 * await ws.connect();
 * const sub = ws.subscribe(orderBookChannel({ marketIndex: 0 }));
 * for await (const e of sub) console.log(e.book.bestBid(), e.book.bestAsk());
 * await ws.close();
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for bad options
 */
export class LighterWsClient {
  private readonly opts: ResolvedOptions;
  private readonly emitter: TypedEmitter<WsClientEvents>;
  private readonly subs = new Map<string, VenueSub>();
  private readonly queue: VenueSub[] = [];
  private readonly inflight = new Set<VenueSub>();
  private readonly txs = new TxCorrelator();
  private budget: MessageBudget;
  private ws: WebSocket | undefined;
  private stateValue: WsClientState = 'idle';
  private attempt = 0;
  private tickTimer: ReturnType<typeof setInterval> | undefined;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private lastPingAt = 0;
  private pingOutstandingSince: number | undefined;
  private connectPromise: Promise<void> | undefined;
  private closePromise: Promise<void> | undefined;

  constructor(options: LighterWsClientOptions) {
    this.opts = resolveOptions(options);
    this.budget = new MessageBudget(this.opts.maxMessagesPerMinute);
    this.emitter = new TypedEmitter((err) =>
      this.emitter.emit('error', new LighterWsError('listener threw', { cause: err })),
    );
  }

  /** Current connection state. */
  get state(): WsClientState {
    return this.stateValue;
  }
  /** The URL actually used (with `readonly=true` when requested). */
  get url(): string {
    return this.opts.url;
  }
  /** Number of venue subscriptions (after ref-counting). */
  get subscriptionCount(): number {
    return this.subs.size;
  }

  /** Adds a client-level listener; returns a remover. */
  on<K extends keyof WsClientEvents>(event: K, listener: (payload: WsClientEvents[K]) => void): () => void {
    return this.emitter.on(event, listener);
  }
  off<K extends keyof WsClientEvents>(event: K, listener: (payload: WsClientEvents[K]) => void): void {
    this.emitter.off(event, listener);
  }

  /**
   * Opens the connection (once). Later drops reconnect automatically.
   * @throws {LighterWsError} code `WS_CLOSED` after close(), `WS_ABORTED`, or `WS_ERROR` when the
   * first connection fails.
   */
  connect(options: { signal?: AbortSignal } = {}): Promise<void> {
    if (this.stateValue === 'closed') return Promise.reject(closedError());
    if (this.stateValue === 'open') return Promise.resolve();
    if (this.connectPromise) return this.connectPromise;
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
    if (!definition || typeof definition.channel !== 'string' || typeof definition.createHandler !== 'function') {
      throw new LighterWsError('definition must come from a channel factory', { code: WS_ERROR_CODE.INVALID_ARGUMENT });
    }
    let vs = this.subs.get(definition.channel);
    const fresh = vs === undefined;
    if (!vs) {
      vs = {
        def: definition as ChannelDefinition<unknown>,
        handler: definition.createHandler() as ChannelHandler<unknown>,
        consumers: new Set(),
        status: 'idle',
        sentAt: 0,
        lastFrameAt: Date.now(),
        lastAuthAt: 0,
        retryAt: 0,
        staleStrikes: 0,
        announce: false,
        resyncing: false,
        lastEvent: undefined,
        hasLast: false,
      };
      this.subs.set(definition.channel, vs);
    }
    const stale = options.staleAfterMs ?? this.opts.staleAfterMs;
    const sub = new Subscription<E>(definition.channel, (s) => this.release(s as Subscription<unknown>), {
      bufferSize: options.bufferSize ?? this.opts.bufferSize,
      overflow: options.overflow ?? this.opts.overflow,
    });
    staleOf.set(sub as Subscription<unknown>, stale);
    vs.consumers.add(sub as Subscription<unknown>);
    if (fresh && this.stateValue === 'open') this.enqueue(vs);
    if (!fresh && vs.hasLast) {
      // A late joiner of a shared channel gets the current state (e.g. the live book) first.
      const shared = vs;
      queueMicrotask(() => {
        if (shared.hasLast && this.subs.get(definition.channel) === shared) sub.deliver(shared.lastEvent as E);
      });
    }
    return sub;
  }

  /**
   * Sends one signed tx over WS and waits for its reply.
   * Never retried: a retry could double-submit a signed nonce (lighter-api.md §9.2).
   * @example const { txHash } = await ws.sendTx({ txType: 14, txInfo: signed.txInfo, txHash: signed.txHash });
   * @throws {WsTxRejectedError} venue answered code ≠ 200 (`outcome: 'rejected'`)
   * @throws {WsTxOutcomeUnknownError} timeout / disconnect / abort after send (`outcome: 'unknown'`)
   * @throws {LighterWsError} `WS_NOT_CONNECTED` (nothing sent), `WS_INVALID_ARGUMENT`, `WS_ABORTED`
   */
  async sendTx(params: WsSendTxParams, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<WsSendTxResult> {
    const id = this.txs.newId();
    const text = buildSendTxFrame({ id, tx: params });
    const frame = await this.sendCorrelated({ id, text, batch: false, txHashes: params.txHash ? [params.txHash] : [], ...options });
    const h = frame.txHash;
    return {
      txHash: typeof h === 'string' ? h : (h?.[0] ?? params.txHash ?? ''),
      predictedExecutionTimeMs: numberOf(frame.raw.predicted_execution_time_ms),
      raw: frame.raw,
    };
  }

  /**
   * Sends a batch (≤ `maxBatchSize`, default 15) of signed txs of one account/API key with
   * increasing nonces (lighter-api.md §5.4).
   * @example await ws.sendTxBatch({ txs: [a, b].map((s) => ({ txType: s.txType, txInfo: s.txInfo, txHash: s.txHash })) });
   * @throws {WsTxRejectedError} | {WsTxOutcomeUnknownError} | {LighterWsError} as for sendTx
   */
  async sendTxBatch(params: WsSendTxBatchParams, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<WsSendTxBatchResult> {
    const id = this.txs.newId();
    const text = buildSendTxBatchFrame({ id, batch: params, maxBatchSize: this.opts.maxBatchSize });
    const hashes = params.txs.map((t) => t.txHash).filter((h): h is string => typeof h === 'string');
    const frame = await this.sendCorrelated({ id, text, batch: true, txHashes: hashes, ...options });
    const h = frame.txHash;
    return {
      txHashes: Array.isArray(h) ? h : typeof h === 'string' ? [h] : hashes,
      predictedExecutionTimeMs: numberOf(frame.raw.predicted_execution_time_ms),
      raw: frame.raw,
    };
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
    for (const vs of this.subs.values()) {
      vs.handler.reset();
      for (const c of [...vs.consumers]) c.end(undefined);
    }
    this.subs.clear();
    this.queue.length = 0;
    this.inflight.clear();
    const ws = this.ws;
    this.ws = undefined;
    this.closePromise = new Promise<void>((resolve) => {
      if (!ws || ws.readyState === WebSocket.CLOSED) {
        resolve();
        return;
      }
      // A peer that never completes the closing handshake must not keep us alive.
      const timer = setTimeout(() => ws.terminate(), 1_000);
      ws.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      if (ws.readyState === WebSocket.CONNECTING) ws.terminate();
      else ws.close(1000, 'client close');
    }).then(() => this.emitter.removeAll());
    return this.closePromise;
  }

  // ---- connection ----------------------------------------------------------------------

  private openSocket(signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        this.stateValue = 'idle';
        reject(new LighterWsError('connect aborted', { code: WS_ERROR_CODE.ABORTED, cause: signal.reason }));
        return;
      }
      const ws = new WebSocket(this.opts.url, { handshakeTimeout: this.opts.connectTimeoutMs });
      this.ws = ws;
      let opened = false;
      const onAbort = (): void => ws.terminate();
      signal?.addEventListener('abort', onAbort, { once: true });
      ws.on('open', () => {
        signal?.removeEventListener('abort', onAbort);
        if (ws !== this.ws) return;
        opened = true;
        this.onOpen();
        resolve();
      });
      ws.on('pong', () => {
        if (ws === this.ws) this.pingOutstandingSince = undefined;
      });
      ws.on('message', (data, isBinary) => {
        if (ws === this.ws) this.onText(isBinary ? '' : rawText(data));
      });
      ws.on('error', () => {
        // 'close' always follows; reconnect/reject logic lives there.
      });
      ws.on('close', (code, reasonBuf) => {
        signal?.removeEventListener('abort', onAbort);
        const reason = reasonBuf.toString();
        if (!opened) {
          const err = new LighterWsError(
            signal?.aborted ? 'connect aborted' : `connection failed (code ${code})`,
            { code: signal?.aborted ? WS_ERROR_CODE.ABORTED : WS_ERROR_CODE.WS_ERROR },
          );
          reject(err);
        }
        this.onSocketClose(ws, code, reason, opened);
      });
    });
  }

  private onOpen(): void {
    this.stateValue = 'open';
    this.budget = new MessageBudget(this.opts.maxMessagesPerMinute);
    this.attempt = 0;
    const now = Date.now();
    this.lastPingAt = now;
    this.pingOutstandingSince = undefined;
    this.tickTimer = setInterval(() => this.tick(), this.opts.tickMs);
    this.emitter.emit('open', { url: this.opts.url });
    for (const vs of this.subs.values()) {
      vs.lastFrameAt = now;
      this.enqueue(vs);
    }
  }

  private onSocketClose(ws: WebSocket, code: number, reason: string, opened: boolean): void {
    if (ws !== this.ws) return;
    this.ws = undefined;
    this.stopTick();
    this.inflight.clear();
    this.queue.length = 0;
    this.txs.failAll(`connection closed (code ${code})`);
    if (this.stateValue === 'closed') return;
    if (opened) this.emitter.emit('close', { code, reason });
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
    for (const vs of this.subs.values()) {
      vs.handler.reset();
      forget(vs);
      vs.status = 'idle';
      vs.announce = true;
      vs.resyncing = false;
      for (const c of vs.consumers) {
        c.emitLifecycle('reconnecting', info);
        // State is invalidated once per outage, not once per failed attempt.
        if (wasOpen) c.emitLifecycle('reset', { channel: vs.def.channel, reason: 'reconnect' });
      }
    }
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
    if (!ws || ws.readyState !== WebSocket.OPEN) return false;
    // Every non-tx message counts against the venue's per-minute budget (lighter-api.md §8.2).
    if (!text.startsWith('{"type":"subscribe"')) this.budget.record();
    ws.send(text);
    return true;
  }

  /** Keepalive, pong watchdog, subscribe-ack timeouts, staleness and auth rotation. */
  private tick(): void {
    const now = Date.now();
    const ws = this.ws;
    if (!ws || this.stateValue !== 'open') return;
    if (this.pingOutstandingSince !== undefined && now - this.pingOutstandingSince > this.opts.pongTimeoutMs) {
      // The server stopped answering pings: the socket is dead even if TCP says otherwise.
      ws.terminate();
      return;
    }
    if (now - this.lastPingAt >= this.opts.pingIntervalMs) {
      this.lastPingAt = now;
      this.pingOutstandingSince ??= now;
      this.sendText('{"type":"ping"}');
      // Also a protocol-level ping: servers answer it natively, so a venue that ignores the JSON
      // ping (lighter-api.md §5.1 says it answers; unverified) never trips the pong watchdog.
      if (ws.readyState === WebSocket.OPEN) ws.ping();
    }
    let freed = false;
    for (const vs of this.inflight) {
      if (now - vs.sentAt > this.opts.subscribeAckTimeoutMs) {
        // No reply at all: quiet channels (account_orders) may never confirm; free the slot.
        this.inflight.delete(vs);
        vs.status = 'active';
        freed = true;
      }
    }
    for (const vs of this.subs.values()) {
      if (vs.status === 'idle' && vs.retryAt !== 0 && vs.retryAt <= now) {
        vs.retryAt = 0;
        this.enqueue(vs);
      }
      if (vs.status !== 'active' && vs.status !== 'inflight') continue;
      // An unanswered (re)subscribe counts as silence too, so a dead stream escalates.
      const stale = staleAfter(vs);
      if (stale !== undefined && now - vs.lastFrameAt > stale) {
        const silentMs = now - vs.lastFrameAt;
        vs.lastFrameAt = now;
        vs.staleStrikes++;
        for (const c of vs.consumers) c.emitLifecycle('stale', { channel: vs.def.channel, silentMs });
        if (vs.staleStrikes >= MAX_STALE_STRIKES) {
          ws.terminate();
          return;
        }
        this.resync(vs, 'stale');
        continue;
      }
      if (vs.status !== 'active') continue;
      if (vs.def.requiresAuth && this.opts.authToken && vs.lastAuthAt !== 0 && now - vs.lastAuthAt > this.opts.authRefreshMs) {
        this.resync(vs, 'auth_refresh');
      }
    }
    if (freed || this.queue.length > 0) this.pump();
  }

  // ---- subscriptions -------------------------------------------------------------------

  private enqueue(vs: VenueSub): void {
    if (vs.status === 'queued' || vs.status === 'inflight') return;
    vs.status = 'queued';
    this.queue.push(vs);
    this.pump();
  }

  private pump(): void {
    while (this.inflight.size < this.opts.maxInFlightSubscribes && this.queue.length > 0 && this.stateValue === 'open') {
      const vs = this.queue[0]!;
      if (vs.status !== 'queued' || this.subs.get(vs.def.channel) !== vs) {
        this.queue.shift();
        continue;
      }
      if (!this.budget.tryTake()) return; // retried from tick() once the minute window frees up
      this.queue.shift();
      vs.status = 'inflight';
      vs.sentAt = Date.now();
      this.inflight.add(vs);
      void this.sendSubscribe(vs);
    }
  }

  private async sendSubscribe(vs: VenueSub): Promise<void> {
    const ws = this.ws;
    // Always continue asynchronously so listeners attached right after subscribe() see every event.
    await undefined;
    let auth: string | undefined;
    if (vs.def.requiresAuth && this.opts.authToken) {
      try {
        const token = await this.opts.authToken();
        if (typeof token !== 'string' || token === '') throw new TypeError('auth token provider returned no string');
        auth = token;
      } catch (cause) {
        this.inflight.delete(vs);
        if (this.subs.get(vs.def.channel) !== vs) return;
        vs.status = 'idle';
        vs.retryAt = Date.now() + AUTH_RETRY_MS;
        const err = new LighterWsError(`auth token provider failed for ${vs.def.channel}`, { cause });
        for (const c of vs.consumers) c.emitLifecycle('error', err);
        this.pump();
        return;
      }
    }
    if (ws !== this.ws || vs.status !== 'inflight' || this.subs.get(vs.def.channel) !== vs) return;
    vs.lastAuthAt = auth === undefined ? 0 : Date.now();
    this.sendText(JSON.stringify(auth === undefined ? { type: 'subscribe', channel: vs.def.channel } : { type: 'subscribe', channel: vs.def.channel, auth }));
  }

  private release(sub: Subscription<unknown>): void {
    const vs = this.subs.get(sub.channel);
    if (!vs?.consumers.delete(sub) || vs.consumers.size > 0) return;
    this.subs.delete(vs.def.channel);
    vs.handler.reset();
    const wasSent = vs.status === 'inflight' || vs.status === 'active';
    this.inflight.delete(vs);
    vs.status = 'idle';
    // A subscribe still queued is simply dropped (lighter-parity §1.3).
    if (wasSent) this.sendText(JSON.stringify({ type: 'unsubscribe', channel: vs.def.channel }));
    this.pump();
  }

  /** Fresh snapshot on the same socket: unsubscribe, then subscribe again. */
  private resync(vs: VenueSub, reason: ResetReason): void {
    if (vs.resyncing && vs.status !== 'active') return;
    vs.handler.reset();
    forget(vs);
    vs.resyncing = true;
    vs.announce = true;
    for (const c of vs.consumers) c.emitLifecycle('reset', { channel: vs.def.channel, reason });
    if (vs.status === 'inflight') this.inflight.delete(vs);
    if (vs.status === 'inflight' || vs.status === 'active') {
      this.sendText(JSON.stringify({ type: 'unsubscribe', channel: vs.def.channel }));
    }
    vs.status = 'idle';
    if (this.stateValue === 'open') this.enqueue(vs);
  }

  private confirm(vs: VenueSub, snapshotLike: boolean): boolean {
    if (vs.resyncing && !snapshotLike) return false;
    vs.resyncing = false;
    if (vs.status === 'inflight') {
      this.inflight.delete(vs);
      this.pump();
    }
    vs.status = 'active';
    if (vs.announce) {
      vs.announce = false;
      for (const c of vs.consumers) c.emitLifecycle('resubscribed', { channel: vs.def.channel });
    }
    return true;
  }

  // ---- inbound -------------------------------------------------------------------------

  private onText(text: string): void {
    const frame = classifyFrame(text);
    switch (frame.kind) {
      case 'ping':
        this.sendText('{"type":"pong"}');
        return;
      case 'pong':
        this.pingOutstandingSince = undefined;
        return;
      case 'connected':
        this.emitter.emit('connected', { sessionId: frame.sessionId });
        return;
      case 'data':
        this.onData(frame);
        return;
      case 'subscribed': {
        const vs = frame.channel === undefined ? undefined : this.subs.get(frame.channel);
        if (vs) this.confirm(vs, true);
        return;
      }
      case 'unsubscribed':
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

  private onData(frame: DataFrame): void {
    let vs = frame.channel === undefined ? undefined : this.subs.get(frame.channel);
    if (!vs) {
      // Older servers label some private frames without the account part; route by kind when unambiguous.
      const same = [...this.subs.values()].filter((s) => s.def.kind === frame.channelKind);
      if (same.length === 1) vs = same[0];
    }
    if (!vs) {
      this.emitter.emit('unknown', { reason: 'unrouted', raw: frame.raw });
      return;
    }
    if (vs.status === 'idle' || vs.status === 'queued') return; // left over from before a resync
    if (!this.confirm(vs, frame.phase === 'snapshot') && vs.resyncing) return;
    vs.lastFrameAt = Date.now();
    vs.staleStrikes = 0;
    const target = vs;
    const events = vs.handler.handle(frame, { resync: (reason) => this.resync(target, reason) });
    for (const ev of events) {
      vs.lastEvent = ev;
      vs.hasLast = true;
      for (const c of [...vs.consumers]) c.deliver(ev);
    }
  }

  private onVenueError(frame: Extract<InboundFrame, { kind: 'error' }>): void {
    const err = new WsVenueError(frame.message, { raw: frame.raw, ...(frame.code === undefined ? {} : { venueCode: frame.code }) });
    // "Already Subscribed to : ticker:3" names the inbound channel (lighter-api.md §5.1).
    for (const vs of this.subs.values()) {
      const inbound = vs.def.channel.replaceAll('/', ':');
      if (!new RegExp(`(^|[^\\w:])${escapeRe(inbound)}($|[^\\w:])`).test(frame.message)) continue;
      if (frame.code === 30003) {
        this.confirm(vs, true);
        return;
      }
      // "Not Subscribed to" answers our own unsubscribe of a resync; nothing to report.
      if (frame.code === 30002) return;
      this.inflight.delete(vs);
      if (vs.status === 'inflight') vs.status = 'active';
      for (const c of vs.consumers) c.emitLifecycle('error', err);
      this.pump();
      return;
    }
    if (this.txs.onErrorFrame(frame.code, frame.message, frame.raw as JsonObject)) return;
    this.emitter.emit('error', err);
  }

  private async sendCorrelated(p: {
    id: string;
    text: string;
    batch: boolean;
    txHashes: readonly string[];
    signal?: AbortSignal;
    timeoutMs?: number;
  }): Promise<Extract<InboundFrame, { kind: 'tx' }>> {
    if (p.signal?.aborted) throw new LighterWsError('aborted before send', { code: WS_ERROR_CODE.ABORTED, cause: p.signal.reason });
    const ws = this.ws;
    if (this.stateValue !== 'open' || !ws || ws.readyState !== WebSocket.OPEN) {
      throw new LighterWsError('not connected: tx not sent', { code: WS_ERROR_CODE.NOT_CONNECTED });
    }
    const timeoutMs = p.timeoutMs ?? this.opts.sendTxTimeoutMs;
    const reply = this.txs.register({ id: p.id, batch: p.batch, txHashes: p.txHashes, timeoutMs, signal: p.signal });
    ws.send(p.text, (err) => {
      if (err) this.txs.notSent(p.id, err);
    });
    return reply;
  }
}

// Per-consumer stale settings, kept out of the public Subscription type.
const staleOf = new WeakMap<Subscription<unknown>, number | undefined>();

function staleAfter(vs: VenueSub): number | undefined {
  let min: number | undefined;
  for (const c of vs.consumers) {
    const s = staleOf.get(c);
    if (s !== undefined && (min === undefined || s < min)) min = s;
  }
  return min;
}

function forget(vs: VenueSub): void {
  vs.lastEvent = undefined;
  vs.hasLast = false;
}

function closedError(): LighterWsError {
  return new LighterWsError('client is closed', { code: WS_ERROR_CODE.CLOSED });
}

function rawText(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

function numberOf(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
