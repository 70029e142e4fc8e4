// Error classes of @lighter-ts/signing, namespace `signing` of the lighter-ts error family (models'
// `LighterError`). Guards check `name`/`code` rather than only `instanceof`, because dual ESM/CJS installs
// can load two copies of a class (STYLE.md).
import { LighterError } from '@lighter-ts/models/errors';

/** Stable string codes of every error this package throws. */
export const SIGNING_ERROR_CODE = {
  /** Root code: signing or verification failed for a reason other than bad input. */
  SIGNING: 'SIGNING',
  /** A caller-supplied value is malformed or out of range; `field` names it. */
  SIGNING_INPUT: 'SIGNING_INPUT',
  /** An auth token is malformed, expired or carries a bad signature. */
  AUTH_TOKEN: 'AUTH_TOKEN',
} as const;

/** Literal union of {@link SIGNING_ERROR_CODE} values. */
export type SigningErrorCode = (typeof SIGNING_ERROR_CODE)[keyof typeof SIGNING_ERROR_CODE];

/**
 * Root error of @lighter-ts/signing.
 *
 * Messages never contain private keys or auth tokens.
 *
 * @example
 * try { signer.signCreateOrder(params) } catch (e) { if (isSigningError(e)) console.error(e.code) }
 * @throws never (it is the thrown value)
 */
export class SigningError extends LighterError<SigningErrorCode> {
  /** Class name; guards check it, not only `instanceof` (dual ESM/CJS installs). */
  override readonly name: string = 'SigningError';

  constructor(message: string, options?: { code?: SigningErrorCode; cause?: unknown }) {
    super({ namespace: 'signing', code: options?.code ?? SIGNING_ERROR_CODE.SIGNING, message, cause: options?.cause });
  }

  /** JSON form without stack or cause (which could carry caller data). */
  override toJSON(): {
    /** Class name (`SigningError`, `SigningInputError`, `AuthTokenError`). */
    name: string;
    /** Error family namespace: always `signing`. */
    namespace: string;
    /** Stable code from {@link SIGNING_ERROR_CODE}. */
    code: string;
    /** The message (never holds key material). */
    message: string;
  } {
    return { name: this.name, namespace: this.namespace, code: this.code, message: this.message };
  }
}

/**
 * A caller-supplied value was rejected before anything was hashed or signed.
 *
 * `field` names the offending input (tx_info key such as `"MarketIndex"`, or a
 * parameter such as `"privateKey"`). The message mirrors the official signer's
 * `Validate()` text where one exists (LG `types/txtypes/errors.go`).
 *
 * @example
 * try { signer.signCancelOrder({ marketIndex: 300, orderIndex: 1, nonce: 0 }) }
 * catch (e) { if (isSigningInputError(e)) console.log(e.field) } // "MarketIndex"
 * @throws never (it is the thrown value)
 */
export class SigningInputError extends SigningError {
  /** `SigningInputError`. */
  override readonly name: string = 'SigningInputError';
  /** The rejected input: a tx_info key (`"MarketIndex"`, `"Orders[1].BaseAmount"`) or a parameter (`"privateKey"`). */
  readonly field: string;
  /**
   * The rejected value as decimal text, when it is a number or flag of a tx field (set by tx validation,
   * where the message reads as lighter-go's plus `(received …)`); undefined for keys and other inputs.
   */
  readonly received: string | undefined;

  constructor(field: string, message: string, options?: { cause?: unknown; received?: string }) {
    const tail = options?.received === undefined ? '' : ` (received ${options.received})`;
    super(`${field}: ${message}${tail}`, { code: SIGNING_ERROR_CODE.SIGNING_INPUT, cause: options?.cause });
    this.field = field;
    this.received = options?.received;
  }

  override toJSON(): {
    /** `SigningInputError`. */
    name: string;
    /** Always `signing`. */
    namespace: string;
    /** Always `SIGNING_INPUT`. */
    code: string;
    /** `<field>: <rule>` plus ` (received …)` when known. */
    message: string;
    /** The rejected input (see {@link SigningInputError.field}). */
    field: string;
    /** The refused value as decimal text, when known. */
    received?: string;
  } {
    return {
      ...super.toJSON(),
      field: this.field,
      ...(this.received === undefined ? {} : { received: this.received }),
    };
  }
}

/**
 * An auth token could not be parsed or verified (`verifyAuthToken`).
 *
 * @example
 * try { verifyAuthToken({ token, publicKey }) } catch (e) { if (isAuthTokenError(e)) reject() }
 * @throws never (it is the thrown value)
 */
export class AuthTokenError extends SigningError {
  /** `AuthTokenError`. */
  override readonly name: string = 'AuthTokenError';
  /** Why the token failed: unparsable text, past its deadline, or a signature that does not verify. */
  readonly reason: 'malformed' | 'expired' | 'bad_signature';

  constructor(reason: 'malformed' | 'expired' | 'bad_signature', message: string) {
    super(message, { code: SIGNING_ERROR_CODE.AUTH_TOKEN });
    this.reason = reason;
  }
}

function hasCode(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

/**
 * True for any error thrown by this package (checks `code`, not only `instanceof`).
 * @example if (isSigningError(e)) log(e.code)
 * @throws never
 */
export function isSigningError(e: unknown): e is SigningError {
  if (e instanceof SigningError) return true;
  return Object.values(SIGNING_ERROR_CODE).some((c) => hasCode(e, c)) && e instanceof Error;
}

/**
 * True for {@link SigningInputError} (checks `code` and `field`).
 * @example if (isSigningInputError(e)) console.log(e.field)
 * @throws never
 */
export function isSigningInputError(e: unknown): e is SigningInputError {
  return hasCode(e, SIGNING_ERROR_CODE.SIGNING_INPUT) && typeof (e as { field?: unknown }).field === 'string';
}

/**
 * True for {@link AuthTokenError}.
 * @example if (isAuthTokenError(e)) res.status(401)
 * @throws never
 */
export function isAuthTokenError(e: unknown): e is AuthTokenError {
  return hasCode(e, SIGNING_ERROR_CODE.AUTH_TOKEN);
}
