/**
 * What a fault is: the `FaultSpec` union the tests inject (REST errors and delays, WS drops, gaps, duplicates,
 * reorders, malformed frames, tx refusals and drops) and the check that refuses an invalid spec before it is
 * registered. The registry that applies the faults at runtime is `FaultController` in `faults.ts`.
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

/**
 * Refuses an invalid fault spec, naming the field (`fault.<field>`).
 * @example validateFaultSpec({ kind: 'rest-status', status: 429 });
 * @throws SimulatorInputError naming the field for an out-of-range value or an unknown kind
 */
export function validateFaultSpec(spec: FaultSpec): void {
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
