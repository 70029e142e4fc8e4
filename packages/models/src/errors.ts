/**
 * Error classes of @lighter-ts/models, members of the lighter-ts error family ({@link LighterError}).
 *
 * Guards check a brand, `name` and `code` rather than only `instanceof`, because a dual ESM/CJS install
 * can load two copies of this module (STYLE.md "Errors").
 */
import { LighterError } from './error-base.js';

// The `@lighter-ts/models/errors` entry (zod-free): the family base, its guard and the redactor, with models' own errors.
export { LighterError, isLighterError } from './error-base.js';
export type { LighterErrorNamespace, LighterErrorParams } from './error-base.js';
export { REDACTED, isSecretKey, redactSecrets, redactText } from './redact.js';

/**
 * Stable string codes of models errors.
 *
 * @example
 * import { MODELS_ERROR_CODE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MODELS_ERROR_CODE = {
  /** A payload did not match its schema or was not JSON ({@link LighterParseError}). */
  PARSE_ERROR: 'PARSE_ERROR',
  /** A decimal input is not exact decimal text (or a finite number), or has more decimals than allowed. */
  INVALID_DECIMAL: 'INVALID_DECIMAL',
  /** A number is outside its allowed range (a negative quantity, a zero increment, an order above the quote limit...). */
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  /** A price or size is not a multiple of the market's tick or lot. */
  NOT_ON_INCREMENT: 'NOT_ON_INCREMENT',
  /** An order is below the market's minimum base or quote amount. */
  BELOW_MINIMUM: 'BELOW_MINIMUM',
  /** An identifier (instrument id, symbol, venue, currency code, read-only token) is malformed. */
  INVALID_IDENTIFIER: 'INVALID_IDENTIFIER',
  /** Values of different decimal precision or currency were combined. */
  PRECISION_MISMATCH: 'PRECISION_MISMATCH',
  /** A network name or custom network definition is invalid (URL, chain id, id). */
  INVALID_NETWORK: 'INVALID_NETWORK',
  /** Something made for one network was given to a client of another ({@link NetworkMismatchError}). */
  NETWORK_MISMATCH: 'NETWORK_MISMATCH',
  /** A tx batch is longer than the venue accepts ({@link BatchTooLargeError}). */
  BATCH_TOO_LARGE: 'BATCH_TOO_LARGE',
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
export class LighterModelsError extends LighterError<ModelsErrorCode> {
  /** Class name; subclasses override it (`LighterParseError`, ...). Guards check it with `code`. */
  override readonly name: string = 'LighterModelsError';
  /** The input field at fault (e.g. `price`, `network`, a payload path); `undefined` when no single field is. */
  readonly field: string | undefined;

  constructor(params: { code: ModelsErrorCode; message: string; field?: string; cause?: unknown }) {
    super({
      namespace: 'models',
      code: params.code,
      message: params.message,
      details: params.field === undefined ? undefined : { field: params.field },
      cause: params.cause,
    });
    this.field = params.field;
  }

  /** JSON view for logs; carries no secrets. */
  override toJSON(): Record<string, unknown> {
    return { name: this.name, namespace: this.namespace, code: this.code, field: this.field, message: this.message };
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
  /** Always `LighterParseError`. */
  override readonly name = 'LighterParseError';
  /** What was being parsed, e.g. `NextNonce` or `ws:update/order_book`. */
  readonly what: string;
  /** Dotted path of the first failing value, e.g. `order_book.asks.0.price` (empty for the root). */
  readonly path: string;
  /** What the schema expected at `path`, e.g. `decimal string`. */
  readonly expected: string;
  /** The value found at `path`, secrets redacted and long strings cut. */
  readonly received: unknown;
  /** Every problem found (at most 10), the first one being `path`/`expected`/`received`. */
  readonly issues: readonly ParseIssue[];

  constructor(params: { what: string; issues: readonly ParseIssue[]; cause?: unknown }) {
    const first = params.issues[0] ?? {
      /** Dotted path of the first failing value, e.g. `order_book.asks.0.price` (empty for the root). */
      path: '',
      /** What the schema expected at `path`, e.g. `decimal string`. */
      expected: 'valid payload',
      /** The value found at `path`, secrets redacted and long strings cut. */
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
      /** Dotted path of the first failing value, e.g. `order_book.asks.0.price` (empty for the root). */
      path: this.path,
      /** What the schema expected at `path`, e.g. `decimal string`. */
      expected: this.expected,
      /** The value found at `path`, secrets redacted and long strings cut. */
      received: this.received,
      /** Every problem found (at most 10), the first one being `path`/`expected`/`received`. */
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
    (name === 'LighterModelsError' ||
      name === 'LighterParseError' ||
      name === 'NetworkMismatchError' ||
      name === 'BatchTooLargeError') &&
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
