/**
 * Classification of inbound WS frames (docs/protocol/websocket.md#frames-and-lifecycle). Hand-written rather than zod:
 * it runs for every frame, and the per-channel parsers validate the payload they use.
 * Nothing here throws: anything unrecognised becomes an `unknown` frame.
 */

/** A JSON object frame. */
export type JsonObject = Record<string, unknown>;

/** Inbound frame, classified. Every variant keeps the parsed `raw` object. */
export type InboundFrame =
  | {
      /** The venue's greeting after the socket opened. */
      readonly kind: 'connected';
      /** The venue's `session_id`, when sent. */
      readonly sessionId: string | undefined;
      /** The parsed frame object as received. */
      readonly raw: JsonObject;
    }
  | {
      /** An application-level ping from the venue: answer with `{"type":"pong"}`. */
      readonly kind: 'ping';
      /** The parsed frame object as received. */
      readonly raw: JsonObject;
    }
  | {
      /** The venue's answer to our ping. */
      readonly kind: 'pong';
      /** The parsed frame object as received. */
      readonly raw: JsonObject;
    }
  | {
      /** A snapshot or update of a subscribed channel. */
      readonly kind: 'data';
      /** `snapshot` for `subscribed/<kind>`, `update` for `update/<kind>`. */
      readonly phase: 'snapshot' | 'update';
      /** Channel kind, e.g. `order_book` (front-end `_fe` variants are folded in). */
      readonly channelKind: string;
      /** Channel in outbound form (`order_book/0`), or undefined when the frame has none. */
      readonly channel: string | undefined;
      /** The parsed frame object as received. */
      readonly raw: JsonObject;
    }
  | {
      /** The venue acknowledged a subscribe. */
      readonly kind: 'subscribed';
      /** Channel in outbound form (`order_book/0`), or undefined when the frame has none. */
      readonly channel: string | undefined;
      /** The parsed frame object as received. */
      readonly raw: JsonObject;
    }
  | {
      /** The venue acknowledged an unsubscribe. */
      readonly kind: 'unsubscribed';
      /** Channel in outbound form (`order_book/0`), or undefined when the frame has none. */
      readonly channel: string | undefined;
      /** The parsed frame object as received. */
      readonly raw: JsonObject;
    }
  | {
      /** A venue error frame (`{"error":{...}}` or `type: error`). */
      readonly kind: 'error';
      /** Venue numeric error code (docs/protocol/errors-and-limits.md#error-codes), when sent. */
      readonly code: number | undefined;
      /** Venue error text, or `venue error` when it sent none. */
      readonly message: string;
      /** The parsed frame object as received. */
      readonly raw: JsonObject;
    }
  | {
      /** The answer to a `jsonapi/sendtx` or `jsonapi/sendtxbatch`. */
      readonly kind: 'tx';
      /** True for `jsonapi/sendtxbatch`. */
      readonly batch: boolean;
      /** Venue result code: 200 accepted, 21xxx refused (docs/protocol/errors-and-limits.md#error-codes). */
      readonly code: number | undefined;
      /** The request id we sent, echoed back; how answers are matched to requests. */
      readonly id: string | undefined;
      /** Tx hash (hex), or the batch's hashes. */
      readonly txHash: string | readonly string[] | undefined;
      /** Venue message, e.g. the refusal reason. */
      readonly message: string | undefined;
      /** The parsed frame object as received. */
      readonly raw: JsonObject;
    }
  | {
      /** A frame not understood; surfaced as an event, never fatal. */
      readonly kind: 'unknown';
      /** `malformed` (not JSON), `not_object` (e.g. the venue's stray `null`), `unknown_type`. */
      readonly reason: 'malformed' | 'not_object' | 'unknown_type';
      /** The parsed value, or the text when it was not JSON. */
      readonly raw: unknown;
    };

/**
 * Converts an inbound channel (`order_book:0`) to the outbound form (`order_book/0`)
 * (docs/protocol/websocket.md#frames-and-lifecycle).
 * @example toOutboundChannel('candle:0:1m') // 'candle/0/1m'
 * @throws never
 */
export function toOutboundChannel(inbound: string): string {
  return inbound.replaceAll(':', '/');
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/**
 * Parses and classifies one text frame.
 * @example classifyFrame('{"type":"ping"}') // { kind: 'ping', raw: { type: 'ping' } }
 * @throws never
 */
export function classifyFrame(text: string): InboundFrame {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'unknown', reason: 'malformed', raw: text };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    // The venue emits occasional null frames (docs/protocol/websocket.md#frames-and-lifecycle); never fatal.
    return { kind: 'unknown', reason: 'not_object', raw: parsed };
  }
  return classifyObject(parsed as JsonObject);
}

/** Classifies an already parsed frame object. @throws never */
export function classifyObject(raw: JsonObject): InboundFrame {
  const type = raw.type;
  const channelRaw = str(raw.channel);
  const channel = channelRaw === undefined ? undefined : toOutboundChannel(channelRaw);
  if (typeof type !== 'string') {
    const err = raw.error;
    if (typeof err === 'object' && err !== null) {
      const e = err as JsonObject;
      return { kind: 'error', code: num(e.code), message: str(e.message) ?? 'venue error', raw };
    }
    return { kind: 'unknown', reason: 'unknown_type', raw };
  }
  switch (type) {
    case 'connected':
      return { kind: 'connected', sessionId: str(raw.session_id), raw };
    case 'ping':
      return { kind: 'ping', raw };
    case 'pong':
      return { kind: 'pong', raw };
    case 'subscribed':
      return { kind: 'subscribed', channel, raw };
    case 'unsubscribed':
      return { kind: 'unsubscribed', channel, raw };
    case 'error':
      return { kind: 'error', code: num(raw.code), message: str(raw.message) ?? 'venue error', raw };
    case 'jsonapi/sendtx':
    case 'jsonapi/sendtxbatch': {
      const h = raw.tx_hash;
      const txHash = Array.isArray(h) ? h.filter((x): x is string => typeof x === 'string') : str(h);
      return {
        kind: 'tx',
        batch: type === 'jsonapi/sendtxbatch',
        code: num(raw.code),
        id: str(raw.id),
        txHash,
        message: str(raw.message),
        raw,
      };
    }
  }
  const slash = type.indexOf('/');
  if (slash > 0) {
    const phaseRaw = type.slice(0, slash);
    if (phaseRaw === 'subscribed' || phaseRaw === 'update') {
      let channelKind = type.slice(slash + 1);
      if (channelKind.endsWith('_fe')) channelKind = channelKind.slice(0, -3);
      return { kind: 'data', phase: phaseRaw === 'subscribed' ? 'snapshot' : 'update', channelKind, channel, raw };
    }
  }
  return { kind: 'unknown', reason: 'unknown_type', raw };
}
