/**
 * Translation of the request dictionaries ccxt's `lighter` exchange builds (snake_case keys, the
 * positional order of lighter-go's WASM functions) into the named parameter objects of
 * `@lighter-ts/signing`. Field names follow ccxt 4.5.x `js/src/base/Exchange.js` `lighterSign*`.
 */
import type { CreateOrderParams, IntegerInput, L2TxAttributesInput, OrderParams } from '@lighter-ts/signing';
import { SigningInputError, hexToBytes } from '@lighter-ts/signing';

/** A request dictionary as ccxt passes it to `lighterSign*` (values are numbers or numeric strings). */
export type CcxtRequest = Readonly<Record<string, unknown>>;

/** Reads a required integer field; the error names the field and the received value. */
export function int(r: CcxtRequest, key: string): IntegerInput {
  const v = r[key];
  if (typeof v === 'number' || typeof v === 'bigint' || (typeof v === 'string' && /^-?\d+$/.test(v))) return v;
  throw new SigningInputError(key, `must be an integer, received ${JSON.stringify(String(v))}`);
}

/** Reads an optional integer field with a default, as ccxt's `safeInteger(request, key, d)`. */
export function optInt(r: CcxtRequest, key: string, fallback: number): IntegerInput {
  return r[key] === undefined || r[key] === null ? fallback : int(r, key);
}

/**
 * The L2 attributes every ccxt `lighterSign*` call sets. ccxt passes SkipNonce = 1 on every
 * transaction (its default nonce is the clock in ms: docs/protocol/transactions.md#nonces), plus the
 * integrator and self-trade fields where the request has them.
 */
export function ccxtAttributes(r: CcxtRequest, p: { withIntegrator: boolean }): L2TxAttributesInput {
  const attrs: { -readonly [K in keyof L2TxAttributesInput]: L2TxAttributesInput[K] } = { skipNonce: true };
  if (!p.withIntegrator) return attrs;
  // zero means "not set" in ccxt's requests; an absent attribute is what the Go signer leaves out
  const set = (key: string): bigint | undefined => {
    const v = BigInt(optInt(r, key, 0));
    return v === 0n ? undefined : v;
  };
  const fields = {
    integratorAccountIndex: set('integrator_account_index'),
    integratorTakerFee: set('integrator_taker_fee'),
    integratorMakerFee: set('integrator_maker_fee'),
    selfTradeBehaviorMode: set('self_trade_behavior_mode'),
    selfTradeEqualityMode: set('self_trade_equality_mode'),
  };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) (attrs as Record<string, unknown>)[k] = v;
  return attrs;
}

/** One ccxt order dictionary → {@link OrderParams} (`avg_execution_price` is ccxt's name for the limit price). */
export function orderOf(r: CcxtRequest): OrderParams {
  return {
    marketIndex: int(r, 'market_index'),
    clientOrderIndex: optInt(r, 'client_order_index', 0),
    baseAmount: int(r, 'base_amount'),
    price: int(r, 'avg_execution_price'),
    isAsk: Number(int(r, 'is_ask')) === 1 ? 1 : 0,
    orderType: int(r, 'order_type'),
    timeInForce: int(r, 'time_in_force'),
    reduceOnly: Number(optInt(r, 'reduce_only', 0)) === 1 ? 1 : 0,
    triggerPrice: optInt(r, 'trigger_price', 0),
    orderExpiry: int(r, 'order_expiry'),
  };
}

/** A ccxt create-order request → {@link CreateOrderParams}. */
export function createOrderOf(r: CcxtRequest): CreateOrderParams {
  return { ...orderOf(r), nonce: int(r, 'nonce'), attributes: ccxtAttributes(r, { withIntegrator: true }) };
}

/** The ASCII hex public key ccxt passes to `lighterSignChangePubkey` (a string or the bytes of that string). */
export function pubKeyText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  throw new SigningInputError('pubkey', `must be the hex public key, received ${typeof v}`);
}

/**
 * The transfer memo as lighter-go's WASM `SignTransfer` reads its string argument: 66 characters
 * `0x` + hex or 64 hex characters are 32 hex-encoded bytes, exactly 32 characters are taken as raw
 * bytes (ccxt's default `'0x' + 30 zeros` is such a 32-character memo). Absent: the zero memo.
 */
export function memoOf(v: unknown): Uint8Array | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new SigningInputError('memo', `must be a string, received ${typeof v}`);
  if (v.length === 66 && v.startsWith('0x')) return hexToBytes('memo', v.slice(2), 32);
  if (v.length === 64) return hexToBytes('memo', v, 32);
  const raw = new TextEncoder().encode(v);
  if (v.length === 32 && raw.length === 32) return raw;
  throw new SigningInputError(
    'memo',
    `must be 32 characters, or 32 bytes as 64 hex characters (optionally 0x-prefixed), received ${v.length} characters`,
  );
}
