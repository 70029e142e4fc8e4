// tx_info JSON, both ways, for any tx spec: written exactly as the Go signer writes it (struct order,
// compact, Sig base64; docs/protocol/signing.md#tx-info-json) and parsed back with every key known and typed.
// One job: the JSON form of a tx_info record; the spec table, parameter normalisation, validation and the
// hashed element list stay in spec.ts.
import {
  JsonEntries,
  type JsonObject,
  type JsonOut,
  type JsonValue,
  base64Decode,
  base64Encode,
  writeJson,
} from '../tx-info-json.js';
import type { IntWidth } from '../validate.js';
import { type L2TxAttributes, attributesFromJson, attributesToJson } from './attributes.js';
import {
  type FieldValue,
  ORDER_FIELDS,
  type OrderInfo,
  type TxInfoRecord,
  type TxSpec,
  checkLen,
  checkWidth,
  l1SigValue,
  reject,
} from './spec.js';

function orderFromJson(v: JsonValue, field: string): OrderInfo {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) reject(field, 'must be an object');
  const o: Record<string, bigint> = {};
  for (const f of ORDER_FIELDS) o[f.key] = jsonInt(v, f.key, f.width, `${field}.${f.key}`);
  for (const k of Object.keys(v)) if (!ORDER_FIELDS.some((f) => f.key === k)) reject(`${field}.${k}`, 'unknown key');
  return o as unknown as OrderInfo;
}

function jsonInt(obj: JsonObject, key: string, width: IntWidth, field = key): bigint {
  const v = obj[key];
  if (v === undefined) reject(field, 'is missing');
  if (typeof v !== 'bigint') reject(field, 'must be a JSON integer');
  return checkWidth(v, field, width);
}

/**
 * tx_info JSON exactly as the Go signer writes it (struct order, compact, Sig base64).
 * @throws never
 */
export function encodeInfo(spec: TxSpec, info: TxInfoRecord): string {
  const e: [string, JsonOut][] = [
    [spec.accountKey, info[spec.accountKey] as bigint],
    ['ApiKeyIndex', info.ApiKeyIndex as bigint],
  ];
  for (const f of spec.body) {
    const v = info[f.key];
    if (f.type === 'int') e.push([f.key, v as bigint]);
    else if (f.type === 'pubkey') e.push([f.key, base64Encode(v as Uint8Array)]);
    else if (f.type === 'memo') e.push([f.key, Array.from(v as Uint8Array, (b) => BigInt(b))]);
    else if (f.type === 'l1sig') e.push([f.key, v as string]);
    else {
      const orders = v as readonly OrderInfo[];
      e.push([
        f.key,
        orders.map((o) => new JsonEntries(ORDER_FIELDS.map((of) => [of.key, o[of.key as keyof OrderInfo]] as const))),
      ]);
    }
  }
  e.push(['ExpiredAt', info.ExpiredAt as bigint], ['Nonce', info.Nonce as bigint]);
  const sig = info.Sig as Uint8Array | null;
  e.push(['Sig', sig === null ? null : base64Encode(sig)]);
  if (spec.l1SigAfterSig) e.push(['L1Sig', info.L1Sig as string]);
  e.push(['L2TxAttributes', attributesToJson(info.L2TxAttributes as L2TxAttributes)]);
  return writeJson(new JsonEntries(e));
}

/**
 * Parse tx_info JSON into a record: every key known and typed, widths checked, no
 * unknown keys. Semantic validation is separate ({@link validateInfo}).
 * @throws {SigningInputError}
 */
export function decodeInfo(spec: TxSpec, obj: JsonValue): TxInfoRecord {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) reject('tx_info', 'must be a JSON object');
  const info: Record<string, FieldValue | null> = {};
  const known = new Set<string>([spec.accountKey, 'ApiKeyIndex', 'ExpiredAt', 'Nonce', 'Sig', 'L2TxAttributes']);
  info[spec.accountKey] = jsonInt(obj, spec.accountKey, 'i64');
  info.ApiKeyIndex = jsonInt(obj, 'ApiKeyIndex', 'u8');
  for (const f of spec.body) {
    known.add(f.key);
    const v = obj[f.key];
    if (f.type === 'int') info[f.key] = jsonInt(obj, f.key, f.width);
    else if (f.type === 'pubkey') {
      if (typeof v !== 'string') reject(f.key, 'must be a base64 string');
      info[f.key] = checkLen(base64Decode(v, f.key), f.key, 40);
    } else if (f.type === 'memo') {
      if (!Array.isArray(v) || v.length !== 32) reject(f.key, 'must be an array of 32 bytes');
      info[f.key] = Uint8Array.from(v, (b, i) =>
        Number(
          checkWidth(
            typeof b === 'bigint' ? b : reject(`${f.key}[${i}]`, 'must be an integer'),
            `${f.key}[${i}]`,
            'u8',
          ),
        ),
      );
    } else if (f.type === 'l1sig') info[f.key] = l1SigValue(v, f.key);
    else {
      if (!Array.isArray(v)) reject(f.key, 'must be an array');
      info[f.key] = v.map((o, i) => orderFromJson(o, `${f.key}[${i}]`));
    }
  }
  info.ExpiredAt = jsonInt(obj, 'ExpiredAt', 'i64');
  info.Nonce = jsonInt(obj, 'Nonce', 'i64');
  const sig = obj.Sig;
  if (sig === undefined || sig === null) info.Sig = null;
  else if (typeof sig !== 'string') reject('Sig', 'must be a base64 string');
  else info.Sig = checkLen(base64Decode(sig, 'Sig'), 'Sig', 80);
  if (spec.l1SigAfterSig) {
    known.add('L1Sig');
    info.L1Sig = l1SigValue(obj.L1Sig, 'L1Sig');
  }
  info.L2TxAttributes = attributesFromJson(obj.L2TxAttributes);
  for (const k of Object.keys(obj)) if (!known.has(k)) reject(k, 'unknown tx_info key');
  return info;
}
