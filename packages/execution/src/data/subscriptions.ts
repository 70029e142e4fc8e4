/**
 * The data client's subscription registry: one streaming subscription per key (a data type of an instrument),
 * its errors forwarded as `error` events, and its reset / resubscribe turned into `dataGap` / `dataResumed` events.
 * One job: the lifecycle of a subscription across reconnects and gaps; which channel and how its frames map
 * live in ./market-subscriptions.ts and ./binary-subscriptions.ts.
 */
import type { LighterInstrument } from '../instruments/instrument.js';
import type { LighterWsClient, Subscription } from '@lighter-ts/streaming';
import type { Emitter } from '../util/emitter.js';
import type { DataClientEvents } from './options.js';
import type { DataStreamType } from './types.js';

/** Key of a subscription: its data type and instrument (e.g. `deltas:ETH-PERP.LIGHTER`). */
export type SubKey = string;

/** What the registry needs of the data client. */
export interface SubscriptionContext {
  /** Live subscriptions by key. */
  readonly subs: Map<SubKey, Subscription<unknown>>;
  /** The client's event emitter. */
  readonly events: Emitter<DataClientEvents>;
  /** Clock in ms since the epoch. */
  readonly now: () => number;
  /** Staleness watchdog per stream (undefined: off). */
  readonly staleAfterMs: number | undefined;
}

/** A subscription context that can also open channels for an instrument. */
export interface ChannelContext extends SubscriptionContext {
  /** The WebSocket client channels are subscribed on. */
  readonly ws: LighterWsClient;
  /** The instrument of an id. @throws ExecutionError INSTRUMENT_NOT_FOUND */
  readonly instrument: (instrumentId: string) => LighterInstrument;
}

/** The streaming options of every subscription (the staleness watchdog when configured). @throws never */
export function subOpts(ctx: SubscriptionContext): { staleAfterMs?: number } {
  return ctx.staleAfterMs === undefined ? {} : { staleAfterMs: ctx.staleAfterMs };
}

/**
 * Subscribes once per key: forwards data to `onData`, errors as `error` events and, for a market-data stream,
 * resets as `dataGap` (then `onGap`) and the first resubscribe after a gap as `dataResumed`.
 * @throws what `make` throws (the streaming layer's argument errors)
 */
export function addSubscription<E>(
  ctx: SubscriptionContext,
  key: SubKey,
  make: () => Subscription<E>,
  onData: (e: E) => void,
  stream?: { instrumentId: string; dataType: DataStreamType; onGap?: () => void },
): void {
  if (ctx.subs.has(key)) return;
  const sub = make();
  sub.on('data', (e) => onData(e));
  sub.on('error', (e) => ctx.events.emit('error', e));
  if (stream !== undefined) {
    // The streaming layer discards state on reconnect / gap and resyncs; say so downstream
    // instead of leaving consumers on data that silently stopped (issue 12 #10).
    let gapSince: number | undefined;
    sub.on('reset', (r) => {
      const now = ctx.now();
      gapSince ??= now;
      ctx.events.emit('dataGap', {
        instrumentId: stream.instrumentId,
        dataType: stream.dataType,
        channel: r.channel,
        reason: r.reason,
        tsInit: now,
      });
      stream.onGap?.();
    });
    sub.on('resubscribed', (r) => {
      if (gapSince === undefined) return;
      const now = ctx.now();
      ctx.events.emit('dataResumed', {
        instrumentId: stream.instrumentId,
        dataType: stream.dataType,
        channel: r.channel,
        gapMs: now - gapSince,
        tsInit: now,
      });
      gapSince = undefined;
    });
  }
  ctx.subs.set(key, sub as Subscription<unknown>);
}

/** Unsubscribes and forgets the subscription of `key` (a no-op for an unknown key). @throws never */
export function removeSubscription(ctx: SubscriptionContext, key: SubKey): void {
  ctx.subs.get(key)?.unsubscribe();
  ctx.subs.delete(key);
}
