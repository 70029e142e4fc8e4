// Minimal JSON reader/writer for tx_info. JSON.parse cannot be used: tx_info carries
// int64 values up to 2^63 (order index 2^60-1, amounts) that a JS number would round.
// The writer reproduces Go `encoding/json` compact output (docs/protocol/signing.md#tx-info-json).
import { SigningInputError } from './errors.js';

/** A parsed JSON value; integers are bigint, other numbers stay JS numbers. */
export type JsonValue = null | boolean | bigint | number | string | JsonValue[] | JsonObject;
/** A parsed JSON object (own enumerable keys in document order). */
export interface JsonObject {
  [key: string]: JsonValue;
}

/**
 * Parse JSON text keeping every integer exact as a bigint. Duplicate keys are rejected.
 *
 * @example parseJsonExact('{"Index":1152921504606846975}') // { Index: 1152921504606846975n }
 * @throws {SigningInputError} (field `tx_info`) on malformed JSON
 */
export function parseJsonExact(text: string, field = 'tx_info'): JsonValue {
  let i = 0;
  const fail = (msg: string): never => {
    throw new SigningInputError(field, `invalid JSON at offset ${i}: ${msg}`);
  };
  const ws = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const value = (depth: number): JsonValue => {
    if (depth > 32) fail('nesting too deep');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: JsonObject = Object.create(null) as JsonObject;
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a key');
        const key = str();
        if (Object.hasOwn(obj, key)) fail(`duplicate key ${JSON.stringify(key)}`);
        ws();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        obj[key] = value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const arr: JsonValue[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail('expected "," or "]"');
      }
    }
    if (c === '"') return str();
    if (text.startsWith('null', i)) {
      i += 4;
      return null;
    }
    if (text.startsWith('true', i)) {
      i += 4;
      return true;
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return false;
    }
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail('unexpected character');
    i += m[0].length;
    if (m[2] === undefined && m[3] === undefined) return BigInt(m[0]);
    return Number(m[0]);
  };
  const str = (): string => {
    i++; // opening quote
    let out = '';
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const ch = text[i] as string;
      if (ch === '"') {
        i++;
        return out;
      }
      if (ch < ' ') fail('control character in string');
      if (ch === '\\') {
        const e = text[i + 1];
        const map: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e !== undefined && map[e] !== undefined) {
          out += map[e];
          i += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        fail('bad escape');
      }
      out += ch;
      i++;
    }
  };
  const v = value(0);
  ws();
  if (i !== text.length) fail('trailing characters');
  return v;
}

/** A value the Go-compatible writer can emit. */
export type JsonOut = null | bigint | string | readonly JsonOut[] | JsonEntries;

/** Ordered object entries, wrapped so the writer can tell them from arrays. */
export class JsonEntries {
  constructor(readonly entries: readonly (readonly [string, JsonOut])[]) {}
}

/**
 * Serialize like Go `encoding/json` (compact, keys in the given order). Strings are
 * escaped as Go does for the characters tx_info can contain (base64, hex, ASCII).
 *
 * @example writeJson(new JsonEntries([['Nonce', 1n]])) // '{"Nonce":1}'
 * @throws never
 */
export function writeJson(v: JsonOut): string {
  if (v === null) return 'null';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'string') return goQuote(v);
  if (v instanceof JsonEntries) {
    return `{${v.entries.map(([k, x]) => `${goQuote(k)}:${writeJson(x)}`).join(',')}}`;
  }
  return `[${(v as readonly JsonOut[]).map((x) => writeJson(x)).join(',')}]`;
}

function goQuote(s: string): string {
  // Go escapes <, >, & as \u003c etc. (HTMLEscape is on by default in json.Marshal).
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Standard base64 with padding, as Go encodes `[]byte` in JSON.
 * @example base64Encode(new Uint8Array([0])) // 'AA=='
 * @throws never
 */
export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63];
    out += B64[(n >> 12) & 63];
    out += b === undefined ? '=' : B64[(n >> 6) & 63];
    out += c === undefined ? '=' : B64[n & 63];
  }
  return out;
}

/**
 * Strict standard base64 decode (padding required, no whitespace), like Go's StdEncoding.
 * @example base64Decode('AA==', 'Sig') // Uint8Array [0]
 * @throws {SigningInputError} naming `field` when the text is not canonical base64
 */
export function base64Decode(text: string, field: string): Uint8Array {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new SigningInputError(field, 'is not standard padded base64');
  }
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const ch = text[i + j] as string;
      n = (n << 6) | (ch === '=' ? 0 : B64.indexOf(ch));
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  if (base64Encode(out) !== text) throw new SigningInputError(field, 'is not canonical base64');
  return out;
}
