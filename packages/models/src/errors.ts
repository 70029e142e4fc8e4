/**
 * Error classes of @lighter-ts/models.
 *
 * Guards check `name`/`code` rather than only `instanceof`, because a dual ESM/CJS install can load
 * two copies of this module (STYLE.md "Errors").
 */

/** Keys whose values are secrets and must never appear in messages or `toJSON()` output. */
const SECRET_KEY_PATTERN =
  /^(auth|authorization|token|auth_token|authtoken|api_?token|private_?key|privatekey|secret|api_?secret|seed|sig|signature|l1_?sig|password|mnemonic)$/i;

const SECRET_TEXT_PATTERN =
  /("(?:auth|authorization|token|auth_token|api_?token|private_?key|secret|seed|sig|signature|l1_?sig|password|mnemonic)"\s*:\s*")[^"]*("?)/gi;

/**
 * Redact secret-looking `"key":"value"` pairs inside raw text (e.g. a truncated JSON frame).
 *
 * @example
 * redactText('{"auth":"1:2:3:abcd"'); // '{"auth":"[REDACTED]"'
 * @throws never
 */
export function redactText(text: string): string {
  return text.replace(SECRET_TEXT_PATTERN, (_m, head: string, tail: string) => `${head}[REDACTED]${tail}`);
}

/**
 * Placeholder written in place of a redacted secret.
 *
 * @example
 * import { REDACTED } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const REDACTED = '[REDACTED]';

/**
 * True when a key names a secret (auth tokens, private keys, signatures of auth).
 *
 * @example
 * isSecretKey('auth'); // true
 * isSecretKey('price'); // false
 * @throws never
 */
export function isSecretKey(key: string | number): boolean {
  return typeof key === 'string' && SECRET_KEY_PATTERN.test(key);
}

/**
 * Deep copy of `value` with every secret-named key replaced by `[REDACTED]`. Cycles and depth are
 * bounded so a hostile payload cannot blow the stack.
 *
 * @example
 * redactSecrets({ auth: 'abc', channel: 'x' }); // { auth: '[REDACTED]', channel: 'x' }
 * @throws never
 */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[…]';
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redactSecrets(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = isSecretKey(k) ? REDACTED : redactSecrets(v, depth + 1);
    }
    return out;
  }
  if (typeof value === 'bigint') return `${value.toString()}n`;
  if (typeof value === 'string') return redactText(value);
  return value;
}

/**
 * Stable string codes of models errors.
 *
 * @example
 * import { MODELS_ERROR_CODE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MODELS_ERROR_CODE = {
  PARSE_ERROR: 'PARSE_ERROR',
  INVALID_DECIMAL: 'INVALID_DECIMAL',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  NOT_ON_INCREMENT: 'NOT_ON_INCREMENT',
  BELOW_MINIMUM: 'BELOW_MINIMUM',
  INVALID_IDENTIFIER: 'INVALID_IDENTIFIER',
  PRECISION_MISMATCH: 'PRECISION_MISMATCH',
  INVALID_NETWORK: 'INVALID_NETWORK',
  NETWORK_MISMATCH: 'NETWORK_MISMATCH',
} as const;
/** Union of {@link MODELS_ERROR_CODE} values. */
export type ModelsErrorCode = (typeof MODELS_ERROR_CODE)[keyof typeof MODELS_ERROR_CODE];

/**
 * Root error of @lighter-ts/models. Every error thrown by this package is one of these, with a stable
 * string `code` and, where a single input field is at fault, its `field`.
 *
 * @example
 * try { toScaledInteger({ value: 'abc', decimals: 2 }); } catch (e) { if (isLighterModelsError(e)) console.log(e.code); }
 * @throws never (constructor)
 */
export class LighterModelsError extends Error {
  override readonly name: string = 'LighterModelsError';
  readonly code: ModelsErrorCode;
  readonly field: string | undefined;

  constructor(params: { code: ModelsErrorCode; message: string; field?: string; cause?: unknown }) {
    super(params.message, params.cause === undefined ? undefined : { cause: params.cause });
    this.code = params.code;
    this.field = params.field;
  }

  /** JSON view for logs; carries no secrets. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, field: this.field, message: this.message };
  }
}

/** One problem found while parsing. `received` is already redacted. */
export interface ParseIssue {
  /** Dotted path in the payload, e.g. `order_book.asks.0.price` (empty for the root). */
  readonly path: string;
  /** What the schema expected, e.g. `decimal string`, `number`, `'perp' | 'spot'`. */
  readonly expected: string;
  /** The value found there (secrets redacted, long strings cut). */
  readonly received: unknown;
  /** Human message from the validator. */
  readonly message: string;
}

/**
 * A payload did not match its schema (or was not JSON at all). Names the first failing `path`, the
 * `expected` shape and the `received` value; secrets (auth tokens, keys, signatures) are redacted.
 * Never a raw ZodError: the validator's issues are copied (redacted) into `issues`, and no `cause` is kept.
 *
 * @example
 * try { parseNextNonce({ code: 200, nonce: null }); } catch (e) { if (isLighterParseError(e)) console.log(e.path, e.expected); }
 * @throws never (constructor)
 */
export class LighterParseError extends LighterModelsError {
  override readonly name = 'LighterParseError';
  /** What was being parsed, e.g. `NextNonce` or `ws:update/order_book`. */
  readonly what: string;
  readonly path: string;
  readonly expected: string;
  readonly received: unknown;
  readonly issues: readonly ParseIssue[];

  constructor(params: { what: string; issues: readonly ParseIssue[]; cause?: unknown }) {
    const first = params.issues[0] ?? {
      path: '',
      expected: 'valid payload',
      received: undefined,
      message: 'invalid payload',
    };
    const more = params.issues.length > 1 ? ` (+${params.issues.length - 1} more)` : '';
    super({
      code: 'PARSE_ERROR',
      field: first.path,
      message: `Cannot parse ${params.what}: at '${first.path || '<root>'}' expected ${first.expected}, received ${describe(first.received)}${more}`,
      cause: params.cause,
    });
    this.what = params.what;
    this.path = first.path;
    this.expected = first.expected;
    this.received = first.received;
    this.issues = params.issues;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      what: this.what,
      path: this.path,
      expected: this.expected,
      received: this.received,
      issues: this.issues,
    };
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  try {
    const text = JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 120)}…` : text;
  } catch {
    return String(value);
  }
}

/**
 * Guard for {@link LighterModelsError} by `name`/`code` (works across duplicate module copies).
 *
 * @example
 * if (isLighterModelsError(err)) console.log(err.code);
 * @throws never
 */
export function isLighterModelsError(e: unknown): e is LighterModelsError {
  if (e instanceof LighterModelsError) return true;
  if (typeof e !== 'object' || e === null) return false;
  const code = (e as { code?: unknown }).code;
  const name = (e as { name?: unknown }).name;
  return (
    typeof name === 'string' &&
    (name === 'LighterModelsError' || name === 'LighterParseError' || name === 'NetworkMismatchError') &&
    typeof code === 'string' &&
    Object.values(MODELS_ERROR_CODE).includes(code as ModelsErrorCode)
  );
}

/**
 * Guard for {@link LighterParseError} by `name`/`code`.
 *
 * @example
 * if (isLighterParseError(err)) console.log(err.path, err.expected, err.received);
 * @throws never
 */
export function isLighterParseError(e: unknown): e is LighterParseError {
  if (e instanceof LighterParseError) return true;
  if (typeof e !== 'object' || e === null) return false;
  return (e as { name?: unknown }).name === 'LighterParseError' && (e as { code?: unknown }).code === 'PARSE_ERROR';
}
