/**
 * Runtime fault injection, switchable from tests via `sim.faults` (per simulator, or per
 * WS connection with `connectionId` = the `session_id` of the `connected` frame).
 */
import { SimulatorInputError } from './errors.js';

/** One fault. `times` = how many requests/frames/txs it affects (default 1). */
export type FaultSpec =
  /** Answer REST with `status` (429 adds Retry-After; body `{code, message}`). */
  | {
      kind: 'rest-status';
      status: number;
      retryAfterSeconds?: number;
      code?: number;
      message?: string;
      path?: string;
      times?: number;
    }
  /** Delay REST responses by `ms`. */
  | { kind: 'rest-delay'; ms: number; path?: string; times?: number }
  /** Send half of the REST body and end the response. */
  | { kind: 'rest-truncate'; path?: string; times?: number }
  /** Terminate the socket (no close frame) after `frames` more server frames. */
  | { kind: 'ws-drop-after'; frames: number; connectionId?: string }
  /** Skip a book offset/nonce: the next `update/order_book` breaks `begin_nonce` continuity. */
  | { kind: 'ws-gap'; marketIndex?: number; connectionId?: string; times?: number }
  /** Send the next data frame twice. */
  | { kind: 'ws-duplicate'; connectionId?: string; times?: number }
  /** Hold the next data frame and send it after the following one. */
  | { kind: 'ws-reorder'; connectionId?: string; times?: number }
  /** Send an undecodable frame before the next data frame. */
  | { kind: 'ws-malformed'; connectionId?: string; times?: number }
  /** Stop answering client pings (app `ping` and protocol pings) while active. */
  | { kind: 'ws-stop-pong'; connectionId?: string }
  /** Close matching connections now with `code` / `reason`. */
  | { kind: 'ws-close'; code: number; reason?: string; connectionId?: string }
  /** Reject the next tx(s) with a venue error (nonce not consumed). */
  | { kind: 'tx-reject'; code: number; message?: string; times?: number }
  /**
   * The next tx(s) pass the API (200 with the tx hash) and the sequencer drops them without
   * consuming the nonce: nothing executes, and later txs signed with higher nonces fail with 21104
   * until the client re-reads nextNonce (docs/protocol/transactions.md#nonces).
   */
  | { kind: 'tx-drop'; times?: number };

/** Kind of a fault. */
export type FaultKind = FaultSpec['kind'];

interface ActiveFault {
  id: number;
  spec: FaultSpec;
  remaining: number;
  /** ws-drop-after: frames seen per connection. */
  counts: Map<string, number>;
}

/** Handle of an injected fault. */
export interface FaultHandle {
  readonly id: number;
  /** Removes the fault (idempotent). */
  remove(): void;
}

/**
 * Fault registry of one simulator.
 * @example
 * sim.faults.inject({ kind: 'rest-status', status: 429, retryAfterSeconds: 2 });
 * sim.faults.inject({ kind: 'ws-gap', marketIndex: 0 });
 * sim.faults.rejectNextTx({ code: 21104 });
 * @throws SimulatorInputError from `inject` on an invalid spec
 */
export class FaultController {
  private readonly active = new Map<number, ActiveFault>();
  private nextId = 1;
  /** Set by the WS server: closes connections for `ws-close`. */
  onWsClose: ((spec: Extract<FaultSpec, { kind: 'ws-close' }>) => void) | undefined;

  /**
   * Injects a fault. @throws SimulatorInputError on an invalid spec.
   */
  inject(spec: FaultSpec): FaultHandle {
    validate(spec);
    const id = this.nextId++;
    if (spec.kind === 'ws-close') {
      this.onWsClose?.(spec);
      return { id, remove: () => {} };
    }
    const remaining =
      spec.kind === 'ws-stop-pong' || spec.kind === 'ws-drop-after' ? Number.POSITIVE_INFINITY : (spec.times ?? 1);
    this.active.set(id, { id, spec, remaining, counts: new Map() });
    return { id, remove: () => this.active.delete(id) };
  }

  /** Convenience: reject the next tx with a venue error. */
  rejectNextTx(p: { code: number; message?: string }): FaultHandle {
    return this.inject({ kind: 'tx-reject', code: p.code, message: p.message });
  }

  /** Active faults (specs). */
  list(): FaultSpec[] {
    return [...this.active.values()].map((f) => f.spec);
  }

  /** Removes every fault. */
  clear(): void {
    this.active.clear();
  }

  private take<K extends FaultKind>(
    kind: K,
    match: (s: Extract<FaultSpec, { kind: K }>) => boolean,
  ): Extract<FaultSpec, { kind: K }> | undefined {
    for (const f of this.active.values()) {
      if (f.spec.kind !== kind) continue;
      const s = f.spec as Extract<FaultSpec, { kind: K }>;
      if (!match(s)) continue;
      f.remaining--;
      if (f.remaining <= 0) this.active.delete(f.id);
      return s;
    }
    return undefined;
  }

  /** @internal REST fault for a path, consumed. */
  takeRest(path: string): Extract<FaultSpec, { kind: 'rest-status' | 'rest-delay' | 'rest-truncate' }> | undefined {
    const m = (s: { path?: string }) => s.path === undefined || s.path === path;
    return this.take('rest-status', m) ?? this.take('rest-delay', m) ?? this.take('rest-truncate', m);
  }

  /** @internal tx fault, consumed. */
  takeTx(): { code: number; message?: string } | undefined {
    return this.take('tx-reject', () => true);
  }

  /** @internal true when the sequencer must drop this tx (consumed). */
  takeTxDrop(): boolean {
    return this.take('tx-drop', () => true) !== undefined;
  }

  /** @internal per-frame WS fault for a connection, consumed. */
  takeWs<K extends 'ws-gap' | 'ws-duplicate' | 'ws-reorder' | 'ws-malformed'>(
    kind: K,
    connectionId: string,
    marketIndex?: number,
  ): boolean {
    return (
      this.take(kind, (s) => {
        const spec = s as { kind: string; connectionId?: string; marketIndex?: number };
        if (spec.connectionId !== undefined && spec.connectionId !== connectionId) return false;
        if (spec.kind === 'ws-gap' && spec.marketIndex !== undefined && spec.marketIndex !== marketIndex) return false;
        return true;
      }) !== undefined
    );
  }

  /** @internal true while pongs to this connection are suppressed. */
  pongSuppressed(connectionId: string): boolean {
    for (const f of this.active.values()) {
      if (
        f.spec.kind === 'ws-stop-pong' &&
        (f.spec.connectionId === undefined || f.spec.connectionId === connectionId)
      ) {
        return true;
      }
    }
    return false;
  }

  /** @internal counts a sent frame; true when the connection must now be dropped. */
  countFrame(connectionId: string): boolean {
    for (const f of this.active.values()) {
      const s = f.spec;
      if (s.kind !== 'ws-drop-after') continue;
      if (s.connectionId !== undefined && s.connectionId !== connectionId) continue;
      const n = (f.counts.get(connectionId) ?? 0) + 1;
      f.counts.set(connectionId, n);
      if (n >= s.frames) {
        if (s.connectionId !== undefined) this.active.delete(f.id);
        return true;
      }
    }
    return false;
  }
}

function validate(spec: FaultSpec): void {
  const bad = (field: string, message: string) => new SimulatorInputError({ field: `fault.${field}`, message });
  const times = (spec as { times?: unknown }).times;
  if (times !== undefined && (!Number.isInteger(times) || (times as number) < 1))
    throw bad('times', 'must be an integer >= 1');
  switch (spec.kind) {
    case 'rest-status':
      if (!Number.isInteger(spec.status) || spec.status < 400 || spec.status > 599)
        throw bad('status', 'must be 400..599');
      return;
    case 'rest-delay':
      if (!(spec.ms >= 0)) throw bad('ms', 'must be >= 0');
      return;
    case 'ws-drop-after':
      if (!Number.isInteger(spec.frames) || spec.frames < 0) throw bad('frames', 'must be an integer >= 0');
      return;
    case 'ws-close':
      if (!Number.isInteger(spec.code) || spec.code < 1000 || spec.code > 4999) throw bad('code', 'must be 1000..4999');
      return;
    case 'tx-reject':
      if (!Number.isInteger(spec.code)) throw bad('code', 'must be an integer');
      return;
    case 'rest-truncate':
    case 'tx-drop':
    case 'ws-gap':
    case 'ws-duplicate':
    case 'ws-reorder':
    case 'ws-malformed':
    case 'ws-stop-pong':
      return;
    default:
      throw bad('kind', `unknown fault kind ${String((spec as { kind?: unknown }).kind)}`);
  }
}
