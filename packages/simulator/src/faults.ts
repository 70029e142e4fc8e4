/**
 * Runtime fault injection, switchable from tests via `sim.faults` (per simulator, or per
 * WS connection with `connectionId` = the `session_id` of the `connected` frame). The fault specs themselves and
 * their validation are in `fault-spec.ts`; this module is the registry that applies them.
 */
import { type FaultKind, type FaultSpec, validateFaultSpec } from './fault-spec.js';

interface ActiveFault {
  id: number;
  spec: FaultSpec;
  remaining: number;
  /** ws-drop-after: frames seen per connection. */
  counts: Map<string, number>;
}

/** Handle of an injected fault. */
export interface FaultHandle {
  /** Id of the fault in this simulator's registry, increasing from 1 in injection order. */
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
    validateFaultSpec(spec);
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
