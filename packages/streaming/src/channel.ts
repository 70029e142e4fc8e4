import type { InboundFrame, JsonObject } from './frames.js';
import { LighterWsError, WS_ERROR_CODE } from './errors.js';
import type { ResetReason } from './subscription.js';

/** A data frame as passed to channel handlers. */
export type DataFrame = Extract<InboundFrame, { kind: 'data' }>;

/** Callbacks a channel handler may use. */
export interface HandlerContext {
  /** Drop local state and get a fresh snapshot (unsubscribe + subscribe). */
  resync(reason: ResetReason): void;
}

/** Per venue-subscription state machine turning frames into typed events. */
export interface ChannelHandler<E> {
  /** Returns the events for one frame (possibly none). Must not throw for bad payloads. */
  handle(frame: DataFrame, ctx: HandlerContext): readonly E[];
  /** Forget local state (reconnect, resync, unsubscribe). */
  reset(): void;
}

/**
 * What to subscribe to: the outbound channel name, whether it needs an auth token, and a
 * handler factory. Created by the per-channel factories in `channels/`.
 */
export interface ChannelDefinition<E> {
  /** Outbound channel, e.g. `order_book/0` (docs/protocol/websocket.md#channels). */
  readonly channel: string;
  /** Channel kind, e.g. `order_book`. */
  readonly kind: string;
  /** True when the subscribe frame must carry `auth` (docs/protocol/websocket.md#channels, A / (A)). */
  readonly requiresAuth: boolean;
  /** A fresh per-subscription handler (its state, e.g. a book, starts empty). */
  createHandler(): ChannelHandler<E>;
}

/** Fields every data event carries. */
export interface BaseChannelEvent {
  /** Outbound channel name. */
  readonly channel: string;
  /** `snapshot` (`subscribed/<kind>`) or `update` (`update/<kind>`). */
  readonly phase: 'snapshot' | 'update';
  /** Venue `timestamp` (ms) when present. */
  readonly timestamp: number | undefined;
  /** The frame as received. */
  readonly raw: JsonObject;
}

/** Builds the common event fields. */
export function baseEvent(frame: DataFrame, channel: string): BaseChannelEvent {
  const ts = frame.raw.timestamp;
  return { channel, phase: frame.phase, timestamp: typeof ts === 'number' ? ts : undefined, raw: frame.raw };
}

/** Validates a market index (perps 0–254, spot 2048–4094; docs/protocol/rest.md#endpoints). */
export function marketPart(field: string, value: number | 'all', allowAll: boolean): string {
  if (value === 'all' && allowAll) return 'all';
  // Market ids are int64 on the wire since binary options (docs/protocol/binary-options.md#market-ids); every
  // known id is a safe integer, and an unsafe number could already name the wrong market.
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalidArgument(field, `must be an integer market index${allowAll ? " or 'all'" : ''}`);
  }
  return String(value);
}

/** Validates an account index. */
export function accountPart(field: string, value: number | bigint): string {
  const ok = typeof value === 'bigint' ? value >= 0n : Number.isSafeInteger(value) && value >= 0;
  if (!ok) throw invalidArgument(field, 'must be a non-negative integer account index');
  return String(value);
}

/** Decimal or numeric wire value as an exact string (numbers via shortest round-trip form). */
export function decimalString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** Reads an object field, treating null/missing as an empty object. */
export function objectField(raw: JsonObject, key: string): JsonObject {
  const v = raw[key];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : {};
}

/** Reads an array field, treating null/missing as empty (thin markets, docs/protocol/client-behaviour.md). */
export function arrayField(raw: JsonObject, key: string): unknown[] {
  const v = raw[key];
  return Array.isArray(v) ? v : [];
}

/** Typed input error naming the field. */
export function invalidArgument(field: string, problem: string): LighterWsError {
  return new LighterWsError(`${field} ${problem}`, { code: WS_ERROR_CODE.INVALID_ARGUMENT });
}
