/**
 * Reads a tx_info JSON string into exact integers for the engine. Cryptographic decoding
 * and verification is @lighter-ts/signing's job (see signing-backend.ts); this only extracts
 * the fields the engine needs, rejecting malformed input with 21501 (docs/protocol/errors-and-limits.md#error-codes).
 */
import { VenueError } from '../errors.js';

// JSON.parse would round int64 values above 2^53 (order indexes reach 2^60, docs/protocol/rest.md#conventions); quote long
// integer literals outside strings first so they survive as exact strings.
function quoteBigIntegers(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i++;
      } else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
      continue;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      let j = i;
      if (text[j] === '-') j++;
      while (j < text.length && text[j]! >= '0' && text[j]! <= '9') j++;
      const next = text[j];
      if (next !== '.' && next !== 'e' && next !== 'E' && j - i > 15) {
        out += `"${text.slice(i, j)}"`;
        i = j - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/** Parses tx_info text (or an already-parsed object, as WS sendtx allows, docs/protocol/websocket.md#sending-transactions). */
export function parseTxInfo(raw: unknown): { text: string; obj: Record<string, unknown> } {
  let text: string;
  if (typeof raw === 'string') text = raw;
  else if (typeof raw === 'object' && raw !== null) text = JSON.stringify(raw);
  else throw new VenueError({ code: 21501 });
  let obj: unknown;
  try {
    obj = JSON.parse(quoteBigIntegers(text));
  } catch (cause) {
    throw new VenueError({ code: 21501, cause });
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new VenueError({ code: 21501 });
  return { text, obj: obj as Record<string, unknown> };
}

/** Reads a required integer field. @throws VenueError 21501 naming the field. */
export function intField(obj: Record<string, unknown>, key: string): bigint {
  const v = obj[key];
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return BigInt(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw new VenueError({ code: 21501, message: `invalid tx info: ${key}` });
}

/** Reads an optional integer field with a default. */
export function optIntField(obj: Record<string, unknown>, key: string, dflt: bigint): bigint {
  return obj[key] === undefined || obj[key] === null ? dflt : intField(obj, key);
}

/** Converts a bigint that must fit a JS safe integer. @throws VenueError 21501. */
export function safeNumber(v: bigint, key: string): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new VenueError({ code: 21501, message: `invalid tx info: ${key}` });
  }
  return Number(v);
}

/** Reads L2TxAttributes as a map of attribute type -> value (docs/protocol/transactions.md#attributes). */
export function attributes(obj: Record<string, unknown>): Map<number, bigint> {
  const out = new Map<number, bigint>();
  const raw = obj.L2TxAttributes;
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== 'object') throw new VenueError({ code: 21501, message: 'invalid tx info: L2TxAttributes' });
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const n = Number(k);
    if (!Number.isInteger(n)) throw new VenueError({ code: 21501, message: 'invalid tx info: L2TxAttributes' });
    out.set(n, intField({ v }, 'v'));
  }
  return out;
}

/** Common header of every L2 tx (docs/protocol/transactions.md#common-fields). */
export interface TxHeader {
  accountIndex: number;
  apiKeyIndex: number;
  expiredAt: number;
  nonce: number;
}

/** Reads the common header; Transfer uses FromAccountIndex (docs/protocol/transactions.md#common-fields). */
export function header(obj: Record<string, unknown>): TxHeader {
  const acct = obj.AccountIndex !== undefined ? intField(obj, 'AccountIndex') : intField(obj, 'FromAccountIndex');
  return {
    accountIndex: safeNumber(acct, 'AccountIndex'),
    apiKeyIndex: safeNumber(intField(obj, 'ApiKeyIndex'), 'ApiKeyIndex'),
    expiredAt: safeNumber(intField(obj, 'ExpiredAt'), 'ExpiredAt'),
    nonce: safeNumber(intField(obj, 'Nonce'), 'Nonce'),
  };
}
