/**
 * Runtime fault injection, switchable from tests via `sim.faults` (per simulator, or per
 * WS connection with `connectionId` = the `session_id` of the `connected` frame).
 */
import { SimulatorInputError } from './errors.js';

/** One fault. `times` = how many requests/frames/txs it affects (default 1). */
export type FaultSpec =
  /** Answer REST with `status` (429 adds Retry-After; body `{code, message}`). */
  | {
      /** Discriminant: answer REST requests with an HTTP error status. */
      kind: 'rest-status';
      /** HTTP status to answer, e.g. 429, 500, 503. */
      status: number;
      /** Seconds sent in the `Retry-After` header (429 only); default 1. */
      retryAfterSeconds?: number;
      /** Venue code in the `{code, message}` body; default 23000 for a 429, else 29500. */
      code?: number;
      /** Message in the body; default `Too Many Requests!` for a 429, else `internal server error`. */
      message?: string;
      /** Only requests to exactly this path (e.g. `/api/v1/sendTx`); absent: every REST path. */
      path?: string;
      /** How many matching requests to affect before the fault removes itself; default 1. */
      times?: number;
    }
  /** Delay REST responses by `ms`. */
  | {
      /** Discriminant: hold REST responses back. */
      kind: 'rest-delay';
      /** Delay before the response is written, in milliseconds. */
      ms: number;
      /** Only requests to exactly this path; absent: every REST path. */
      path?: string;
      /** How many matching requests to delay; default 1. */
      times?: number;
    }
  /** Send half of the REST body and end the response. */
  | {
      /** Discriminant: cut REST bodies in half (a truncated JSON a client must not parse as valid). */
      kind: 'rest-truncate';
      /** Only requests to exactly this path; absent: every REST path. */
      path?: string;
      /** How many matching responses to truncate; default 1. */
      times?: number;
    }
  /** Terminate the socket (no close frame) after `frames` more server frames. */
  | {
      /** Discriminant: drop the WS connection abruptly, as a network failure would. */
      kind: 'ws-drop-after';
      /** Server frames still sent on each matching connection before it is terminated. */
      frames: number;
      /** Only this connection (the `session_id` of its `connected` frame); absent: every connection. */
      connectionId?: string;
    }
  /** Skip a book offset/nonce: the next `update/order_book` breaks `begin_nonce` continuity. */
  | {
      /** Discriminant: make the next order-book update skip a nonce, so the client sees a gap. */
      kind: 'ws-gap';
      /** Only this market's book; absent: the next book update of any market. */
      marketIndex?: number;
      /** Only this connection (`session_id`); absent: every connection. */
      connectionId?: string;
      /** How many book updates to break; default 1. */
      times?: number;
    }
  /** Send the next data frame twice. */
  | {
      /** Discriminant: duplicate data frames. */
      kind: 'ws-duplicate';
      /** Only this connection (`session_id`); absent: every connection. */
      connectionId?: string;
      /** How many frames to duplicate; default 1. */
      times?: number;
    }
  /** Hold the next data frame and send it after the following one. */
  | {
      /** Discriminant: swap the order of two consecutive data frames. */
      kind: 'ws-reorder';
      /** Only this connection (`session_id`); absent: every connection. */
      connectionId?: string;
      /** How many swaps to make; default 1. */
      times?: number;
    }
  /** Send an undecodable frame before the next data frame. */
  | {
      /** Discriminant: inject a frame that is not valid JSON. */
      kind: 'ws-malformed';
      /** Only this connection (`session_id`); absent: every connection. */
      connectionId?: string;
      /** How many malformed frames to inject; default 1. */
      times?: number;
    }
  /** Stop answering client pings (app `ping` and protocol pings) while active. */
  | {
      /** Discriminant: go silent on pings, so the client's liveness check has to notice. */
      kind: 'ws-stop-pong';
      /** Only this connection (`session_id`); absent: every connection. */
      connectionId?: string;
    }
  /** Close matching connections now with `code` / `reason`. */
  | {
      /** Discriminant: close WS connections cleanly with a close frame. */
      kind: 'ws-close';
      /** WebSocket close code, e.g. 1001 going away, 1008 policy violation, 1011 server error. */
      code: number;
      /** Close reason text (at most 123 bytes on the wire); absent: empty. */
      reason?: string;
      /** Only this connection (`session_id`); absent: every connection. */
      connectionId?: string;
    }
  /** Reject the next tx(s) with a venue error (nonce not consumed). */
  | {
      /** Discriminant: refuse sendTx / sendTxBatch at the API. */
      kind: 'tx-reject';
      /** Venue code to answer (HTTP 400 on REST), e.g. 21104 or 21739. */
      code: number;
      /** Message to answer; default: the venue's text for `code`. */
      message?: string;
      /** How many txs to refuse; default 1. */
      times?: number;
    }
  /**
   * The next tx(s) pass the API (200 with the tx hash) and the sequencer drops them without
   * consuming the nonce: nothing executes, and later txs signed with higher nonces fail with 21104
   * until the client re-reads nextNonce (docs/protocol/transactions.md#nonces).
   */
  | {
      /** Discriminant: drop txs after the API accepted them. */
      kind: 'tx-drop';
      /** How many txs to drop; default 1. */
      times?: number;
    };

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
