// Declarative description of one tx type: its tx_info keys in Go struct order, the Go
// width of each integer, how each enters the hash (docs/protocol/signing.md#per-type-field-lists, docs/protocol/signing.md#tx-info-json), and the
// semantic rules of the official Validate(). Generic code below turns a spec into
// parameter normalisation and the hashed field-element list; tx_info JSON (both ways) is in spec-json.ts.
import { SigningInputError } from '../errors.js';
import { INT_WIDTH, type IntWidth, hexToBytes, toFlag, toInteger } from '../validate.js';
import { type L2TxAttributes, validateAttributes } from './attributes.js';
import { TX_LIMITS } from './constants.js';

/** An integer body field. */
export interface IntFieldSpec {
  readonly type: 'int';
  readonly key: string;
  readonly param: string;
  readonly width: IntWidth;
  /** fe: one element; split: lo32, hi32 of the uint64; split-arith: hi32 by arithmetic shift; none: not hashed. */
  readonly hash: 'fe' | 'split' | 'split-arith' | 'none';
  /** Accept booleans for this 0/1 field. */
  readonly flag?: boolean;
  /** Value used when the parameter is omitted (undefined = required). */
  readonly default?: bigint;
}

/** A non-integer body field. */
export interface SpecialFieldSpec {
  readonly type: 'pubkey' | 'memo' | 'l1sig' | 'orders';
  readonly key: string;
  readonly param: string;
}

/** One tx_info body field (between ApiKeyIndex and ExpiredAt). */
export type FieldSpec = IntFieldSpec | SpecialFieldSpec;

/** Values held by a normalised tx_info. */
export type FieldValue = bigint | Uint8Array | string | readonly OrderInfo[] | L2TxAttributes;

/** One order of CreateGroupedOrders (the flattened OrderInfo of CreateOrder). */
export interface OrderInfo {
  /** Market index: perps 0-254, spot 2048-4094, binary 1000-2000 (int64 on the wire). */
  readonly MarketIndex: bigint;
  /** Client order index 1 … 2^48-1, or 0 for none (a grouped order's children). */
  readonly ClientOrderIndex: bigint;
  /** Size in base-amount ticks (the market's size decimals); 0 only where the group rules allow it. */
  readonly BaseAmount: bigint;
  /** Limit price in price ticks (uint32, 1 … 2^32-1). */
  readonly Price: bigint;
  /** 1 = sell (ask), 0 = buy (bid). */
  readonly IsAsk: bigint;
  /** Order type (models' `ORDER_TYPE`: 0 limit, 1 market, 2-5 stop-loss / take-profit, 6 TWAP). */
  readonly Type: bigint;
  /** Time in force (models' `TIME_IN_FORCE`: 0 IOC, 1 GTT, 2 post-only). */
  readonly TimeInForce: bigint;
  /** 1 = reduce-only (perps only). */
  readonly ReduceOnly: bigint;
  /** Trigger price in price ticks for stop / take-profit orders, else 0. */
  readonly TriggerPrice: bigint;
  /** Order expiry, Unix ms; 0 for IOC orders. */
  readonly OrderExpiry: bigint;
}

/** Fields every L2 tx carries. `Sig` is null until signed. */
export interface CommonTxInfo {
  /** API key slot that signs (0 … 254; 255 only for CancelAllOrders' nil key). */
  readonly ApiKeyIndex: bigint;
  /** Unix ms after which the venue refuses the tx. */
  readonly ExpiredAt: bigint;
  /** Per (account, API key) nonce (docs/protocol/transactions.md#nonces). */
  readonly Nonce: bigint;
  /** 80-byte Schnorr signature (s‖e), base64 in the JSON; null before signing. */
  readonly Sig: Uint8Array | null;
  /** L2 tx attributes (integrator, fees, skip nonce, self-trade modes, cancel-all market). */
  readonly L2TxAttributes: L2TxAttributes;
}

/** Internal untyped view of a tx_info. */
export type TxInfoRecord = Readonly<Record<string, FieldValue | null>>;

/** Description of one tx type. */
export interface TxSpec {
  readonly kind: string;
  readonly txType: number;
  readonly accountKey: 'AccountIndex' | 'FromAccountIndex';
  readonly body: readonly FieldSpec[];
  /** Transfer and ApproveIntegrator place L1Sig after Sig (struct order, docs/protocol/signing.md#tx-info-json). */
  readonly l1SigAfterSig?: boolean;
  /** Highest valid account index (sub-account/pool creation needs a master account). */
  readonly maxAccountIndex?: bigint;
  /** Allow ApiKeyIndex 255 (NilApiKeyIndex, CancelAllOrders only). */
  readonly allowNilApiKey?: boolean;
  /** Semantic rules of the official Validate(); widths were already checked. */
  validate(info: TxInfoRecord): void;
  /** Override for body elements that are not a plain per-field mapping (grouped orders). */
  bodyElements?(info: TxInfoRecord): bigint[];
}

const P = 0xffffffff00000001n;
const U64 = 2n ** 64n;

/**
 * Integer to Goldilocks element as Go's `g.GoldilocksField(x)`: two's-complement u64, then mod p
 * (docs/protocol/signing.md#goldilocks-field). So -1 becomes 2^32 - 2.
 *
 * @example fe(-1n) // 4294967294n
 * @throws never
 */
export function fe(x: bigint): bigint {
  return (((x % U64) + U64) % U64) % P;
}

/** Throw a SigningInputError with the official signer's message. */
export function reject(field: string, message: string): never {
  throw new SigningInputError(field, message);
}

/** Width check for a value already known to be a bigint. */
export function checkWidth(v: bigint, field: string, width: IntWidth): bigint {
  const w = INT_WIDTH[width];
  if (v < w.min || v > w.max) reject(field, `does not fit ${width} (${w.min}..${w.max}): ${v}`);
  return v;
}

function intFromParam(spec: IntFieldSpec, raw: unknown): bigint {
  if (raw === undefined) {
    if (spec.default === undefined) reject(spec.key, `is required (parameter ${spec.param})`);
    return spec.default;
  }
  const v = spec.flag && typeof raw === 'boolean' ? toFlag(raw, spec.key) : toInteger(raw, spec.key);
  return checkWidth(v, spec.key, spec.width);
}

/** Common header inputs resolved by the signer. */
export interface HeaderInput {
  readonly accountIndex: bigint;
  readonly apiKeyIndex: bigint;
  readonly nonce: unknown;
  readonly expiredAt: bigint;
  readonly attributes: L2TxAttributes;
}

/** Parameter-object normaliser for orders, shared by CreateOrder and grouped orders. */
export const ORDER_FIELDS: readonly IntFieldSpec[] = [
  // int64 since lighter-go v1.0.11 (docs/protocol/binary-options.md#market-ids).
  { type: 'int', key: 'MarketIndex', param: 'marketIndex', width: 'i64', hash: 'fe' },
  { type: 'int', key: 'ClientOrderIndex', param: 'clientOrderIndex', width: 'i64', hash: 'fe', default: 0n },
  { type: 'int', key: 'BaseAmount', param: 'baseAmount', width: 'i64', hash: 'fe' },
  { type: 'int', key: 'Price', param: 'price', width: 'u32', hash: 'fe' },
  { type: 'int', key: 'IsAsk', param: 'isAsk', width: 'u8', hash: 'fe', flag: true },
  { type: 'int', key: 'Type', param: 'orderType', width: 'u8', hash: 'fe' },
  { type: 'int', key: 'TimeInForce', param: 'timeInForce', width: 'u8', hash: 'fe' },
  { type: 'int', key: 'ReduceOnly', param: 'reduceOnly', width: 'u8', hash: 'fe', flag: true, default: 0n },
  { type: 'int', key: 'TriggerPrice', param: 'triggerPrice', width: 'u32', hash: 'fe', default: 0n },
  { type: 'int', key: 'OrderExpiry', param: 'orderExpiry', width: 'i64', hash: 'fe' },
];

/** Build an OrderInfo from a parameter object (`orderExpiry` must already be resolved). */
export function orderFromParams(p: Readonly<Record<string, unknown>>, prefix: string): OrderInfo {
  const o: Record<string, bigint> = {};
  for (const f of ORDER_FIELDS) {
    try {
      o[f.key] = intFromParam(f, p[f.param]);
    } catch (e) {
      if (e instanceof SigningInputError && prefix) reject(`${prefix}.${e.field}`, e.message.slice(e.field.length + 2));
      throw e;
    }
  }
  return o as unknown as OrderInfo;
}

/**
 * Normalise a named parameter object into a tx_info record (widths checked, Sig null).
 * @throws {SigningInputError} naming the offending field
 */
export function infoFromParams(spec: TxSpec, params: Readonly<Record<string, unknown>>, h: HeaderInput): TxInfoRecord {
  const info: Record<string, FieldValue | null> = {};
  info[spec.accountKey] = h.accountIndex;
  info.ApiKeyIndex = h.apiKeyIndex;
  for (const f of spec.body) {
    const raw = params[f.param];
    if (f.type === 'int') info[f.key] = intFromParam(f, raw);
    else if (f.type === 'pubkey')
      info[f.key] = raw instanceof Uint8Array ? checkLen(raw, f.key, 40) : hexToBytes(raw, f.key, 40);
    else if (f.type === 'memo') {
      info[f.key] =
        raw === undefined
          ? new Uint8Array(32)
          : raw instanceof Uint8Array
            ? checkLen(raw, f.key, 32)
            : hexToBytes(raw, f.key, 32);
    } else if (f.type === 'l1sig') info[f.key] = l1SigValue(raw ?? '', f.key);
    else if (f.type === 'orders') {
      if (!Array.isArray(raw)) reject(f.key, 'must be an array of orders');
      info[f.key] = raw.map((o: unknown, i: number) => {
        if (o === null || typeof o !== 'object') reject(`${f.key}[${i}]`, 'must be an order object');
        return orderFromParams(o as Record<string, unknown>, `${f.key}[${i}]`);
      });
    }
  }
  info.ExpiredAt = h.expiredAt;
  info.Nonce = checkWidth(toInteger(h.nonce, 'Nonce'), 'Nonce', 'i64');
  info.Sig = null;
  if (spec.l1SigAfterSig) info.L1Sig = l1SigValue(params.l1Sig ?? '', 'L1Sig');
  info.L2TxAttributes = h.attributes;
  return info;
}

/** A byte field of exactly `n` bytes, else a SigningInputError naming the field. */
export function checkLen(b: Uint8Array, field: string, n: number): Uint8Array {
  if (b.length !== n) reject(field, `must be ${n} bytes, got ${b.length}`);
  return Uint8Array.from(b);
}

/** The L1Sig string of a tx_info, checked (used by both the parameter and the JSON paths). */
export function l1SigValue(raw: unknown, field: string): string {
  if (typeof raw !== 'string') reject(field, 'must be a string ("" or 0x + 65-byte hex)');
  if (raw !== '' && !/^0x[0-9a-fA-F]{130}$/.test(raw)) reject(field, 'must be "" or 0x followed by 130 hex characters');
  return raw;
}

/**
 * Checks shared by every tx type (account, api key, nonce, expiry, attributes), then the
 * type's own Validate() rules. Runs before anything is hashed.
 * @throws {SigningInputError}
 */
export function validateInfo(spec: TxSpec, info: TxInfoRecord): void {
  try {
    validateFields(spec, info);
  } catch (e) {
    throw withReceived(e, info);
  }
}

/**
 * The validation messages are lighter-go's (LG `types/txtypes/errors.go`), so users can search them; the
 * rejected value is added here, once, from the record the rule read (docs/protocol/signing.md#validation-messages).
 */
function withReceived(e: unknown, info: TxInfoRecord): unknown {
  if (!(e instanceof SigningInputError) || e.received !== undefined) return e;
  const value = valueAt(info, e.field);
  if (typeof value !== 'bigint') return e;
  return new SigningInputError(e.field, e.message.slice(e.field.length + 2), { received: String(value) });
}

/** `Orders[1].BaseAmount` -> info.Orders[1].BaseAmount; undefined when the path does not lead to a value. */
function valueAt(info: TxInfoRecord, path: string): unknown {
  let cur: unknown = info;
  for (const part of path.split(/\.|\[|\]\.?/).filter((x) => x !== '')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function validateFields(spec: TxSpec, info: TxInfoRecord): void {
  validateAttributes(info.L2TxAttributes as L2TxAttributes);
  const acct = info[spec.accountKey] as bigint;
  const acctName = spec.accountKey;
  if (acct < TX_LIMITS.MIN_ACCOUNT_INDEX) reject(acctName, `${acctName} should not be less than -1`);
  const maxAcct = spec.maxAccountIndex ?? TX_LIMITS.MAX_ACCOUNT_INDEX;
  if (acct > maxAcct) reject(acctName, `${acctName} should not be larger than ${maxAcct}`);
  const api = info.ApiKeyIndex as bigint;
  if (api > TX_LIMITS.MAX_API_KEY_INDEX && !(spec.allowNilApiKey && api === 255n)) {
    reject('ApiKeyIndex', 'ApiKeyIndex should not be larger than 254');
  }
  if ((info.Nonce as bigint) < 0n) reject('Nonce', 'AccountNonce should not be less than 0');
  const exp = info.ExpiredAt as bigint;
  if (exp < 0n || exp > TX_LIMITS.MAX_TIMESTAMP) reject('ExpiredAt', 'ExpiredAt is invalid');
  spec.validate(info);
}

/**
 * The ordered field elements of the tx hash: `[chainId, txType, Nonce, ExpiredAt, account,
 * ApiKeyIndex, …body]` (docs/protocol/signing.md#transaction-hashes).
 * @throws never for a validated record
 */
export function txElements(spec: TxSpec, info: TxInfoRecord, chainId: bigint): bigint[] {
  const out = [chainId, BigInt(spec.txType), info.Nonce as bigint, info.ExpiredAt as bigint];
  out.push(info[spec.accountKey] as bigint, info.ApiKeyIndex as bigint);
  if (spec.bodyElements) out.push(...spec.bodyElements(info));
  else {
    for (const f of spec.body) {
      const v = info[f.key];
      if (f.type === 'pubkey') {
        const b = v as Uint8Array;
        for (let i = 0; i < 5; i++) {
          let limb = 0n;
          for (let j = 7; j >= 0; j--) limb = (limb << 8n) | BigInt(b[i * 8 + j] as number);
          out.push(limb);
        }
      } else if (f.type === 'int') {
        const x = v as bigint;
        if (f.hash === 'fe') out.push(x);
        else if (f.hash === 'split') out.push(x & 0xffffffffn, (((x % U64) + U64) % U64) >> 32n);
        else if (f.hash === 'split-arith') out.push(x & 0xffffffffn, x >> 32n);
      }
    }
  }
  return out.map(fe);
}
