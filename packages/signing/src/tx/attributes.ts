// Optional L2TxAttributes (docs/protocol/signing.md#tx-attributes; LG `types/txtypes/tx_attributes.go`).
import { SigningInputError } from '../errors.js';
import { JsonEntries, type JsonOut, type JsonValue } from '../tx-info-json.js';
import { intInRange, toFlag } from '../validate.js';
import { TX_ATTRIBUTE, TX_LIMITS } from './constants.js';

/** One attribute entry as carried in tx_info (`"type": value`). */
export interface AttributeEntry {
  /** Attribute type code (models' `TX_ATTRIBUTE`: 1 integrator account, 2/3 integrator taker/maker fee, 4 skip nonce, …). */
  readonly type: number;
  /** Its value: an account index, a fee in ppm, a 0/1 flag or a market index, depending on `type`. */
  readonly value: bigint;
}

/** Attributes of a tx, ascending by type; `null` when the tx carries none. */
export type L2TxAttributes = readonly AttributeEntry[] | null;

/** Named attribute inputs accepted by every `sign*` method. Omitted or nil values are not sent. */
export interface L2TxAttributesInput {
  /** Type 1: integrator account that earns fees on this order (0 = none). */
  integratorAccountIndex?: bigint | number;
  /** Type 2: integrator taker fee, ppm (0 … 1 000 000). */
  integratorTakerFee?: bigint | number;
  /** Type 3: integrator maker fee, ppm (0 … 1 000 000). */
  integratorMakerFee?: bigint | number;
  /** Type 4: skip the strictly-increasing nonce check. */
  skipNonce?: boolean;
  /** Type 5: CancelAllOrders limited to one market (255 = all). */
  cancelAllMarketIndex?: bigint | number;
  /** Type 6: self-trade behaviour (0 expire maker, 1 expire taker, 2 cancel both, 3 reduce). */
  selfTradeBehaviorMode?: bigint | number;
  /** Type 7: self-trade equality (0 account, 1 master account). */
  selfTradeEqualityMode?: bigint | number;
}

interface AttributeConfig {
  readonly min: bigint;
  readonly max: bigint;
  readonly nil: bigint;
  readonly message: string;
}

// AttributeTypeToConfig (tx_attributes.go:50-100).
const CONFIG: Readonly<Record<number, AttributeConfig>> = {
  1: { min: 0n, max: TX_LIMITS.MAX_ACCOUNT_INDEX, nil: 0n, message: 'IntegratorAccountIndex is in invalid range' },
  2: { min: 0n, max: TX_LIMITS.FEE_TICK, nil: 0n, message: 'Integrator fees are in invalid range' },
  3: { min: 0n, max: TX_LIMITS.FEE_TICK, nil: 0n, message: 'Integrator fees are in invalid range' },
  4: { min: 1n, max: 1n, nil: 0n, message: 'Nonce skip attribute is invalid' },
  5: { min: 0n, max: 255n, nil: 255n, message: 'Cancel all for market index attribute is in invalid range' },
  6: { min: 0n, max: 3n, nil: 0n, message: 'SelfTradeBehaviorMode is in invalid range' },
  7: { min: 0n, max: 1n, nil: 0n, message: 'SelfTradeEqualityMode is in invalid range' },
};

const FIELD = 'L2TxAttributes';

/**
 * Build attribute entries from named inputs. Like the official builders, nil values are
 * left out (LG `types/tx_request.go:181-215`), so `{}` gives `null`.
 *
 * @example attributesFromInput({ skipNonce: true }) // [{ type: 4, value: 1n }]
 * @throws {SigningInputError} for out-of-range values or invalid combinations
 */
export function attributesFromInput(input: L2TxAttributesInput | undefined): L2TxAttributes {
  if (input === undefined) return null;
  if (input === null || typeof input !== 'object') throw new SigningInputError('attributes', 'must be an object');
  const raw: [number, unknown][] = [
    [TX_ATTRIBUTE.INTEGRATOR_ACCOUNT_INDEX, input.integratorAccountIndex],
    [TX_ATTRIBUTE.INTEGRATOR_TAKER_FEE, input.integratorTakerFee],
    [TX_ATTRIBUTE.INTEGRATOR_MAKER_FEE, input.integratorMakerFee],
    [TX_ATTRIBUTE.SKIP_TX_NONCE, input.skipNonce === undefined ? undefined : toFlag(input.skipNonce, 'skipNonce')],
    [TX_ATTRIBUTE.CANCEL_ALL_MARKET_INDEX, input.cancelAllMarketIndex],
    [TX_ATTRIBUTE.SELF_TRADE_BEHAVIOR_MODE, input.selfTradeBehaviorMode],
    [TX_ATTRIBUTE.SELF_TRADE_EQUALITY_MODE, input.selfTradeEqualityMode],
  ];
  const entries: AttributeEntry[] = [];
  for (const [type, v] of raw) {
    if (v === undefined) continue;
    const cfg = CONFIG[type] as AttributeConfig;
    const value = intInRange(v, `${FIELD}.${type}`, -(2n ** 63n), 2n ** 63n - 1n);
    if (value === cfg.nil) continue;
    entries.push({ type, value });
  }
  const out = entries.length === 0 ? null : entries;
  validateAttributes(out);
  return out;
}

/**
 * Apply the official `L2TxAttributes.Validate()` rules (tx_attributes.go:124-166).
 *
 * @example validateAttributes([{ type: 2, value: 10n }]) // throws: fee without integrator
 * @throws {SigningInputError} (field `L2TxAttributes`)
 */
export function validateAttributes(attrs: L2TxAttributes): void {
  if (attrs === null || attrs.length === 0) return;
  if (attrs.length > TX_LIMITS.MAX_ATTRIBUTES) {
    throw new SigningInputError(FIELD, `Too many attributes, should not be larger than ${TX_LIMITS.MAX_ATTRIBUTES}`);
  }
  const seen = new Set<number>();
  for (const { type, value } of attrs) {
    const cfg = CONFIG[type];
    if (cfg === undefined) throw new SigningInputError(FIELD, `Attribute type is invalid: ${type}`);
    if (seen.has(type)) throw new SigningInputError(FIELD, `duplicate attribute type ${type}`);
    seen.add(type);
    if (value < cfg.min || value > cfg.max) throw new SigningInputError(FIELD, cfg.message);
  }
  const get = (t: number): bigint => attrs.find((a) => a.type === t)?.value ?? (CONFIG[t] as AttributeConfig).nil;
  const isNil = (t: number): boolean => get(t) === (CONFIG[t] as AttributeConfig).nil;
  const hasFees = !isNil(2) || !isNil(3);
  if (hasFees && isNil(1)) {
    throw new SigningInputError(
      FIELD,
      'IntegratorAccountIndex should be non-zero when integrator taker fee or maker fee is non-zero',
    );
  }
  if ((!isNil(6) || !isNil(7)) && hasFees) {
    throw new SigningInputError(FIELD, "Self-trade specification isn't allowed with integrator fees");
  }
  if (get(6) === 3n && get(7) === 1n) {
    throw new SigningInputError(
      FIELD,
      "Reduce self-trade behavior mode isn't allowed with master account index equality mode",
    );
  }
}

/**
 * The 8 field elements hashed for the attributes, or `null` when every value is nil
 * (`IsEmpty`: then msgHash = txHash). Non-nil types ascending, padded with (0,0).
 *
 * @example attributeElements([{ type: 4, value: 1n }]) // [4n, 1n, 0n, 0n, 0n, 0n, 0n, 0n]
 * @throws never (call validateAttributes first)
 */
export function attributeElements(attrs: L2TxAttributes): bigint[] | null {
  if (attrs === null) return null;
  const live = attrs
    .filter((a) => a.value !== (CONFIG[a.type] as AttributeConfig | undefined)?.nil)
    .sort((a, b) => a.type - b.type);
  if (live.length === 0) return null;
  const out: bigint[] = [];
  for (let i = 0; i < TX_LIMITS.MAX_ATTRIBUTES; i++) {
    const a = live[i];
    out.push(a === undefined ? 0n : BigInt(a.type), a === undefined ? 0n : a.value);
  }
  return out;
}

/**
 * tx_info form: `null`, or an object with keys in ascending order (Go sorts map keys).
 * @example attributesToJson([{ type: 4, value: 1n }]) // JsonEntries [["4", 1n]]
 * @throws never
 */
export function attributesToJson(attrs: L2TxAttributes): JsonOut {
  if (attrs === null) return null;
  const sorted = [...attrs].sort((a, b) => (String(a.type) < String(b.type) ? -1 : 1));
  return new JsonEntries(sorted.map((a) => [String(a.type), a.value] as const));
}

/**
 * Parse the tx_info `L2TxAttributes` value (null or `{"type": int}`), keeping nil-valued
 * entries as sent (newer signers emit `{"1":0,"2":0,"3":0}`, docs/protocol/signing.md#newer-signer-builds).
 *
 * @example attributesFromJson({ '4': 1n }) // [{ type: 4, value: 1n }]
 * @throws {SigningInputError} (field `L2TxAttributes`)
 */
export function attributesFromJson(value: JsonValue | undefined): L2TxAttributes {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new SigningInputError(FIELD, 'must be null or an object');
  }
  const entries: AttributeEntry[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(k) || Number(k) > 255)
      throw new SigningInputError(FIELD, `bad attribute key ${JSON.stringify(k)}`);
    if (typeof v !== 'bigint') throw new SigningInputError(`${FIELD}.${k}`, 'must be an integer');
    entries.push({ type: Number(k), value: v });
  }
  entries.sort((a, b) => a.type - b.type);
  validateAttributes(entries);
  return entries;
}
