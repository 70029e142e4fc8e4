import type { ChannelDefinition, ChannelHandler, DataFrame } from './channel.js';
import { LighterWsError, WS_ERROR_CODE, WsVenueError } from './errors.js';
import type { InboundFrame } from './frames.js';
import type { MessageBudget } from './message-budget.js';
import { assertWithinLimits } from './connection-limits.js';
import type { ResolvedOptions } from './options.js';
import {
  type BufferOptions,
  type ResetReason,
  Subscription,
  type SubscriptionLifecycleEvents,
} from './subscription.js';

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

/** What the registry needs from the connection. */
export interface RegistryHost {
  readonly opts: ResolvedOptions;
  /** True while the socket is open. */
  isOpen(): boolean;
  /** Sends a text frame; false when the socket is not open. */
  send(text: string): boolean;
  budget(): MessageBudget;
  /** A frame nobody can route. */
  unknown(reason: string, raw: unknown): void;
}

const AUTH_RETRY_MS = 5_000;
const MAX_STALE_STRIKES = 3;
/** How long frames of an unsubscribed channel are dropped quietly if no `unsubscribed` arrives. */
const RELEASED_GRACE_MS = 10_000;

/**
 * @internal Venue subscriptions of one connection: ref-counted consumers per channel, the
 * in-flight subscribe cap and message budget, confirmation, resync (unsubscribe + subscribe),
 * staleness strikes and auth rotation, and routing of data frames to channel handlers.
 */
export class SubscriptionRegistry {
  private readonly subs = new Map<string, VenueSub>();
  private readonly queue: VenueSub[] = [];
  private readonly inflight = new Set<VenueSub>();
  private readonly staleOf = new WeakMap<Subscription<unknown>, number | undefined>();
  /** Channels we unsubscribed from, until the venue confirms: their in-flight frames are dropped quietly. */
  private readonly released = new Map<string, number>();

  constructor(private readonly host: RegistryHost) {}

  get size(): number {
    return this.subs.size;
  }

  subscribe<E>(definition: ChannelDefinition<E>, options: SubscribeOptions): Subscription<E> {
    this.released.delete(definition?.channel);
    if (!definition || typeof definition.channel !== 'string' || typeof definition.createHandler !== 'function') {
      throw new LighterWsError('definition must come from a channel factory', { code: WS_ERROR_CODE.INVALID_ARGUMENT });
    }
    const opts = this.host.opts;
    const sub = new Subscription<E>(definition.channel, (s) => this.release(s as Subscription<unknown>), {
      bufferSize: options.bufferSize ?? opts.bufferSize,
      overflow: options.overflow ?? opts.overflow,
    });
    let vs = this.subs.get(definition.channel);
    const fresh = vs === undefined;
    if (fresh) assertWithinLimits({ channel: definition.channel, live: this.subs, opts: this.host.opts });
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
    this.staleOf.set(sub as Subscription<unknown>, options.staleAfterMs ?? opts.staleAfterMs);
    vs.consumers.add(sub as Subscription<unknown>);
    if (fresh && this.host.isOpen()) this.enqueue(vs);
    if (!fresh && vs.hasLast) {
      // A late joiner of a shared channel gets the current state (e.g. the live book) first.
      const shared = vs;
      queueMicrotask(() => {
        if (shared.hasLast && this.subs.get(definition.channel) === shared) sub.deliver(shared.lastEvent as E);
      });
    }
    return sub;
  }

  /** Socket opened: (re)subscribe everything. */
  onOpen(now: number): void {
    for (const vs of this.subs.values()) {
      vs.lastFrameAt = now;
      this.enqueue(vs);
    }
  }

  /** Socket lost: nothing is in flight any more. */
  onSocketLost(): void {
    this.released.clear();
    this.inflight.clear();
    this.queue.length = 0;
  }

  /** Reconnect scheduled: invalidate state; `reset` only once per outage. */
  onReconnecting(info: SubscriptionLifecycleEvents['reconnecting'], firstAttempt: boolean): void {
    for (const vs of this.subs.values()) {
      vs.handler.reset();
      forget(vs);
      vs.status = 'idle';
      vs.announce = true;
      vs.resyncing = false;
      for (const c of vs.consumers) {
        c.emitLifecycle('reconnecting', info);
        if (firstAttempt) c.emitLifecycle('reset', { channel: vs.def.channel, reason: 'reconnect' });
      }
    }
  }

  /** Ends every consumer (client close). */
  closeAll(): void {
    for (const vs of this.subs.values()) {
      vs.handler.reset();
      for (const c of [...vs.consumers]) c.end(undefined);
    }
    this.subs.clear();
    this.queue.length = 0;
    this.inflight.clear();
  }

  /**
   * Watchdog step: subscribe-ack timeouts, retries, staleness and auth rotation.
   * Returns 'reconnect' when a stream stayed silent through every resubscribe.
   */
  tick(now: number): 'reconnect' | undefined {
    const opts = this.host.opts;
    for (const [channel, until] of this.released) if (until <= now) this.released.delete(channel);
    let freed = false;
    for (const vs of this.inflight) {
      if (now - vs.sentAt > opts.subscribeAckTimeoutMs) {
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
      const stale = this.staleAfter(vs);
      if (stale !== undefined && now - vs.lastFrameAt > stale) {
        const silentMs = now - vs.lastFrameAt;
        vs.lastFrameAt = now;
        vs.staleStrikes++;
        for (const c of vs.consumers) c.emitLifecycle('stale', { channel: vs.def.channel, silentMs });
        if (vs.staleStrikes >= MAX_STALE_STRIKES) {
          vs.staleStrikes = 0;
          return 'reconnect';
        }
        this.resync(vs, 'stale');
        continue;
      }
      if (vs.status !== 'active') continue;
      if (vs.def.requiresAuth && opts.authToken && vs.lastAuthAt !== 0 && now - vs.lastAuthAt > opts.authRefreshMs) {
        this.resync(vs, 'auth_refresh');
      }
    }
    if (freed || this.queue.length > 0) this.pump();
    return undefined;
  }

  /** Routes a data frame to its channel handler and consumers. */
  onData(frame: DataFrame): void {
    let vs = frame.channel === undefined ? undefined : this.subs.get(frame.channel);
    if (!vs) {
      // Older servers label some private frames without the account part; route by kind when unambiguous.
      const same = [...this.subs.values()].filter((s) => s.def.kind === frame.channelKind);
      if (same.length === 1) vs = same[0];
    }
    if (!vs) {
      if (frame.channel === undefined || !this.released.has(frame.channel)) this.host.unknown('unrouted', frame.raw);
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

  /** `{"type":"unsubscribed"}`: frames of that channel are no longer expected. */
  onUnsubscribed(channel: string | undefined): void {
    if (channel !== undefined) this.released.delete(channel);
  }

  /** A bare `{"type":"subscribed","channel":…}` confirmation. */
  onSubscribed(channel: string | undefined): void {
    const vs = channel === undefined ? undefined : this.subs.get(channel);
    if (vs) this.confirm(vs, true);
  }

  /** A venue error naming one of our channels. Returns false when no channel matched. */
  onVenueError(frame: Extract<InboundFrame, { kind: 'error' }>): boolean {
    // "Already Subscribed to : ticker:3" names the inbound channel (docs/protocol/websocket.md#frames-and-lifecycle).
    for (const vs of this.subs.values()) {
      const inbound = vs.def.channel.replaceAll('/', ':');
      if (!new RegExp(`(^|[^\\w:])${escapeRe(inbound)}($|[^\\w:])`).test(frame.message)) continue;
      if (frame.code === 30003) {
        this.confirm(vs, true);
        return true;
      }
      // "Not Subscribed to" answers our own unsubscribe of a resync; nothing to report.
      if (frame.code === 30002) return true;
      this.inflight.delete(vs);
      if (vs.status === 'inflight') vs.status = 'active';
      const err = new WsVenueError(frame.message, {
        raw: frame.raw,
        ...(frame.code === undefined ? {} : { venueCode: frame.code }),
      });
      for (const c of vs.consumers) c.emitLifecycle('error', err);
      this.pump();
      return true;
    }
    return false;
  }

  private staleAfter(vs: VenueSub): number | undefined {
    let min: number | undefined;
    for (const c of vs.consumers) {
      const s = this.staleOf.get(c);
      if (s !== undefined && (min === undefined || s < min)) min = s;
    }
    return min;
  }

  private enqueue(vs: VenueSub): void {
    if (vs.status === 'queued' || vs.status === 'inflight') return;
    vs.status = 'queued';
    this.queue.push(vs);
    this.pump();
  }

  private pump(): void {
    while (this.inflight.size < this.host.opts.maxInFlightSubscribes && this.queue.length > 0 && this.host.isOpen()) {
      const vs = this.queue[0]!;
      if (vs.status !== 'queued' || this.subs.get(vs.def.channel) !== vs) {
        this.queue.shift();
        continue;
      }
      if (!this.host.budget().tryTake()) return; // retried from tick() once the minute window frees up
      this.queue.shift();
      vs.status = 'inflight';
      vs.sentAt = Date.now();
      this.inflight.add(vs);
      void this.sendSubscribe(vs);
    }
  }

  private async sendSubscribe(vs: VenueSub): Promise<void> {
    const budget = this.host.budget(); // identifies the connection this subscribe belongs to
    // Always continue asynchronously so listeners attached right after subscribe() see every event.
    await undefined;
    let auth: string | undefined;
    const provider = this.host.opts.authToken;
    if (vs.def.requiresAuth && provider) {
      try {
        const token = await provider();
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
    if (budget !== this.host.budget() || vs.status !== 'inflight' || this.subs.get(vs.def.channel) !== vs) return;
    vs.lastAuthAt = auth === undefined ? 0 : Date.now();
    const channel = vs.def.channel;
    this.host.send(
      JSON.stringify(auth === undefined ? { type: 'subscribe', channel } : { type: 'subscribe', channel, auth }),
    );
  }

  private release(sub: Subscription<unknown>): void {
    const vs = this.subs.get(sub.channel);
    if (!vs?.consumers.delete(sub) || vs.consumers.size > 0) return;
    this.subs.delete(vs.def.channel);
    vs.handler.reset();
    const wasSent = vs.status === 'inflight' || vs.status === 'active';
    this.inflight.delete(vs);
    vs.status = 'idle';
    // A subscribe still queued is simply dropped (docs/protocol/nautilus.md#parity-checklist).
    if (wasSent && this.host.send(JSON.stringify({ type: 'unsubscribe', channel: vs.def.channel }))) {
      this.released.set(vs.def.channel, Date.now() + RELEASED_GRACE_MS);
    }
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
      this.host.send(JSON.stringify({ type: 'unsubscribe', channel: vs.def.channel }));
    }
    vs.status = 'idle';
    if (this.host.isOpen()) this.enqueue(vs);
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
}

function forget(vs: VenueSub): void {
  vs.lastEvent = undefined;
  vs.hasLast = false;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
