// Error family of @lighter-ts/client. Thrown only for caller mistakes and broken invariants (a bad
// side, an off-tick price, an unknown market, a closed client); venue answers are result values.
// Namespace `client` of the lighter-ts error family (models' `LighterError`). Guards check `name`/`code`,
// not only `instanceof`, because dual ESM/CJS installs can load two copies of a class (STYLE.md "Errors").
import { LighterError } from '@lighter-ts/models';

/** Stable string codes of every error this package throws. */
export const TRADING_CLIENT_ERROR_CODE = {
  /** A parameter is malformed or out of range; `field` names it, `value` shows what was received. */
  INPUT: 'CLIENT_INPUT',
  /** A price or size is not a multiple of the market's increment; never rounded silently. */
  NOT_ON_INCREMENT: 'CLIENT_NOT_ON_INCREMENT',
  /** No market has that symbol or id. */
  UNKNOWN_MARKET: 'CLIENT_UNKNOWN_MARKET',
  /** The client was closed. */
  CLOSED: 'CLIENT_CLOSED',
} as const;

/** Literal union of {@link TRADING_CLIENT_ERROR_CODE} values. */
export type TradingClientErrorCode = (typeof TRADING_CLIENT_ERROR_CODE)[keyof typeof TRADING_CLIENT_ERROR_CODE];

/**
 * Root error of @lighter-ts/client. `field` names the offending parameter and `value` is what was
 * received (never a key: key material is described by shape only, see @lighter-ts/signing).
 *
 * @example
 * try { await client.placeOrder({ market: 'ETH', side: 'buy', size: '0.01', price: '2000.005' }) }
 * catch (e) { if (isTradingClientError(e)) console.log(e.code, e.field, e.value) }
 * @throws never (it is the thrown value)
 */
export class TradingClientError extends LighterError<TradingClientErrorCode> {
  /** `TradingClientError`: type guards check it (a second copy of the class under dual ESM/CJS fails `instanceof`). */
  override readonly name: string = 'TradingClientError';
  /** The parameter at fault (`price`, `market`, `clientOrderIndex`, …); undefined when no single one is. */
  readonly field: string | undefined;
  /** What was received for `field`, as text (never a secret); undefined when no value applies. */
  readonly value: string | undefined;

  constructor(params: {
    code: TradingClientErrorCode;
    message: string;
    field?: string;
    value?: string;
    cause?: unknown;
  }) {
    super({ namespace: 'client', code: params.code, message: params.message, cause: params.cause });
    this.field = params.field;
    this.value = params.value;
  }

  /** JSON form without stack or cause (a cause could carry caller data). */
  override toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, field: this.field, value: this.value, message: this.message };
  }
}

/**
 * True for any error thrown by this package (checks `code`, works across module copies).
 * @example if (isTradingClientError(e) && e.code === 'CLIENT_NOT_ON_INCREMENT') fixPrice(e.value)
 * @throws never
 */
export function isTradingClientError(e: unknown): e is TradingClientError {
  if (e instanceof TradingClientError) return true;
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return e instanceof Error && Object.values(TRADING_CLIENT_ERROR_CODE).some((c) => c === code);
}

/** @internal shorthand for an input error. */
export function inputError(field: string, message: string, value?: unknown): TradingClientError {
  const shown = value === undefined ? undefined : typeof value === 'string' ? value : String(value);
  return new TradingClientError({
    code: TRADING_CLIENT_ERROR_CODE.INPUT,
    field,
    ...(shown === undefined ? {} : { value: shown }),
    message: `${field}: ${message}${shown === undefined ? '' : `, received ${JSON.stringify(shown).slice(0, 80)}`}`,
  });
}
