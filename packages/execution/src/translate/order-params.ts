/**
 * Lighter-specific order parameters (Nautilus `SubmitOrder.params`) -> the L2TxAttributes of the
 * CreateOrder / CreateGroupedOrders tx (docs/protocol/transactions.md#attributes): self-trade
 * prevention, per-order integrator attribution and the nonce-skip flag. Validated before anything
 * is signed, with the rules of the official `L2TxAttributes.Validate()`, so a bad value is an
 * OrderDenied naming the parameter and the value instead of a venue rejection.
 */
import { SELF_TRADE_BEHAVIOR } from '@lighter-ts/models';
import { SELF_TRADE_EQUALITY, TX_LIMITS } from '@lighter-ts/signing';
import { OrderDeniedError } from '../errors.js';

/** Self-trade prevention modes (attribute 6); `EXPIRE_MAKER` is the venue default. */
export const SELF_TRADE_PREVENTION = {
  /** Cancel the resting (maker) order of the same owner, then match on (venue default). */
  EXPIRE_MAKER: 'EXPIRE_MAKER',
  /** Cancel the incoming (taker) order instead. */
  EXPIRE_TAKER: 'EXPIRE_TAKER',
  /** Cancel both orders. */
  CANCEL_BOTH: 'CANCEL_BOTH',
  /** Reduce both by the overlapping size (not with `selfTradeEquality: MASTER_ACCOUNT`). */
  REDUCE: 'REDUCE',
} as const;
/** Literal union of {@link SELF_TRADE_PREVENTION}. */
export type SelfTradePrevention = (typeof SELF_TRADE_PREVENTION)[keyof typeof SELF_TRADE_PREVENTION];

/** Which orders count as "self" (attribute 7): the same account, or any account of the same master. */
export type SelfTradeEquality = keyof typeof SELF_TRADE_EQUALITY;

/** Lighter parameters of one submitted order (every L2TxAttribute a CreateOrder can carry). */
export interface LighterOrderParams {
  /** What happens when this order would match a resting order of the same owner. Default EXPIRE_MAKER. */
  readonly selfTradePrevention?: SelfTradePrevention | undefined;
  /** Who is the same owner. Default ACCOUNT. REDUCE is not allowed with MASTER_ACCOUNT. */
  readonly selfTradeEquality?: SelfTradeEquality | undefined;
  /** Integrator earning fees on this order (overrides the config's `integrator`); 0 = none. */
  readonly integratorAccountIndex?: number | undefined;
  /** Integrator taker fee, ppm (0..1 000 000); needs an integrator, excludes self-trade settings. */
  readonly integratorTakerFeePpm?: number | undefined;
  /** Integrator maker fee, ppm (0..1 000 000). */
  readonly integratorMakerFeePpm?: number | undefined;
  /**
   * Sign with SkipNonce (attribute 4): the venue then takes any higher nonce, so the client jumps this tx's
   * nonce to the clock in ms when that is ahead (as Lighter's web app does), and later txs continue from it
   * (docs/protocol/transactions.md#skip-nonce). Lets processes that share a key avoid colliding.
   */
  readonly skipNonce?: boolean | undefined;
}

/** Attribute inputs as the signer takes them (`L2TxAttributesInput` names). */
export interface OrderTxAttributes {
  /** Integrator account index (attribute; 0 = none). */
  integratorAccountIndex?: number;
  /** Integrator taker fee in ppm. */
  integratorTakerFee?: number;
  /** Integrator maker fee in ppm. */
  integratorMakerFee?: number;
  /** Skip the strictly-increasing nonce check for this tx. */
  skipNonce?: boolean;
  /** Self-trade prevention mode code (models `SELF_TRADE_BEHAVIOR`). */
  selfTradeBehaviorMode?: number;
  /** Self-trade equality code (signing `SELF_TRADE_EQUALITY`). */
  selfTradeEqualityMode?: number;
}

const KNOWN = new Set([
  'selfTradePrevention',
  'selfTradeEquality',
  'integratorAccountIndex',
  'integratorTakerFeePpm',
  'integratorMakerFeePpm',
  'skipNonce',
]);

function deny(field: string, value: unknown, expected: string): never {
  throw new OrderDeniedError({
    field: `params.${field}`,
    reason: `params.${field}: expected ${expected}, got ${JSON.stringify(value) ?? String(value)}`,
  });
}

function int(field: string, value: unknown, max: bigint): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || BigInt(value) > max)
    deny(field, value, `an integer in 0..${max}`);
  return value;
}

/**
 * The tx attributes of an order: its `params` over the configured integrator attribution.
 * @example orderTxAttributes({ params: { selfTradePrevention: 'EXPIRE_TAKER' } }) // { selfTradeBehaviorMode: 1 }
 * @throws OrderDeniedError (field `params.<name>`) for an unknown parameter, a value out of range
 * or a combination the venue refuses (fees without integrator, self-trade settings with fees,
 * REDUCE with MASTER_ACCOUNT)
 */
export function orderTxAttributes(input: {
  params?: LighterOrderParams | undefined;
  integrator?: { accountIndex: number; takerFeePpm?: number | undefined; makerFeePpm?: number | undefined } | undefined;
}): OrderTxAttributes | undefined {
  const p = input.params ?? {};
  if (typeof p !== 'object' || p === null) deny('', p, 'an object');
  for (const key of Object.keys(p))
    if (!KNOWN.has(key))
      deny(key, (p as Record<string, unknown>)[key], `a Lighter order parameter (${[...KNOWN].join(', ')})`);
  const out: OrderTxAttributes = {};
  const stp = p.selfTradePrevention;
  if (stp !== undefined) {
    if (!Object.hasOwn(SELF_TRADE_BEHAVIOR, stp))
      deny('selfTradePrevention', stp, `one of ${Object.keys(SELF_TRADE_BEHAVIOR).join(', ')}`);
    out.selfTradeBehaviorMode = SELF_TRADE_BEHAVIOR[stp];
  }
  const eq = p.selfTradeEquality;
  if (eq !== undefined) {
    if (!Object.hasOwn(SELF_TRADE_EQUALITY, eq))
      deny('selfTradeEquality', eq, `one of ${Object.keys(SELF_TRADE_EQUALITY).join(', ')}`);
    out.selfTradeEqualityMode = SELF_TRADE_EQUALITY[eq];
  }
  if (p.skipNonce !== undefined) {
    if (typeof p.skipNonce !== 'boolean') deny('skipNonce', p.skipNonce, 'a boolean');
    if (p.skipNonce) out.skipNonce = true;
  }
  const perOrder =
    p.integratorAccountIndex !== undefined ||
    p.integratorTakerFeePpm !== undefined ||
    p.integratorMakerFeePpm !== undefined;
  const integrator =
    int('integratorAccountIndex', p.integratorAccountIndex, TX_LIMITS.MAX_ACCOUNT_INDEX) ??
    (perOrder ? 0 : input.integrator?.accountIndex);
  const taker =
    int('integratorTakerFeePpm', p.integratorTakerFeePpm, TX_LIMITS.FEE_TICK) ??
    (perOrder ? undefined : input.integrator?.takerFeePpm);
  const maker =
    int('integratorMakerFeePpm', p.integratorMakerFeePpm, TX_LIMITS.FEE_TICK) ??
    (perOrder ? undefined : input.integrator?.makerFeePpm);
  const hasFees = (taker ?? 0) !== 0 || (maker ?? 0) !== 0;
  if (hasFees && (integrator ?? 0) === 0)
    deny('integratorAccountIndex', integrator ?? 0, 'a non-zero integrator account when an integrator fee is set');
  // Attributes equal to their nil value are not sent (official builders), so only non-default modes conflict.
  if (hasFees && ((out.selfTradeBehaviorMode ?? 0) !== 0 || (out.selfTradeEqualityMode ?? 0) !== 0)) {
    deny(
      out.selfTradeBehaviorMode ? 'selfTradePrevention' : 'selfTradeEquality',
      out.selfTradeBehaviorMode ? stp : eq,
      'no self-trade setting together with integrator fees (the venue refuses the combination)',
    );
  }
  if (stp === 'REDUCE' && eq === 'MASTER_ACCOUNT')
    deny('selfTradePrevention', stp, 'EXPIRE_MAKER, EXPIRE_TAKER or CANCEL_BOTH with selfTradeEquality MASTER_ACCOUNT');
  if (integrator !== undefined && integrator !== 0) out.integratorAccountIndex = integrator;
  if (taker !== undefined) out.integratorTakerFee = taker;
  if (maker !== undefined) out.integratorMakerFee = maker;
  return Object.keys(out).length === 0 ? undefined : out;
}
