/**
 * The base of every error lighter-ts throws, in every package: one family, one guard.
 *
 * Each package's root error (`LighterModelsError`, `SigningError`, `LighterHttpError`, `LighterWsError`,
 * `ExecutionError`, the simulator's and the canary's) extends {@link LighterError} and names its
 * `namespace`; `code` stays the package's stable string code. {@link isLighterError} recognises the family
 * by a global symbol, not by `instanceof` alone, so it holds across the two copies of a package that a
 * dual ESM/CJS install can load (viem's `BaseError` and `@solana/errors` are the models for this shape).
 */
import { redactSecrets, redactText } from './redact.js';

/** The layers that throw: the package each error comes from. */
export type LighterErrorNamespace =
  | 'models'
  | 'signing'
  | 'http'
  | 'streaming'
  | 'execution'
  | 'simulator'
  | 'canary'
  | 'client';

/** `Symbol.for` so every copy of this module (ESM and CJS) brands with the same key. */
const BRAND = Symbol.for('@lighter-ts/error');
/** Marks the base class itself (an own static property, so subclasses do not inherit the mark). */
const BASE = Symbol.for('@lighter-ts/error-base');

/** What every family constructor passes to {@link LighterError}. */
export interface LighterErrorParams<C extends string = string> {
  /** The package that throws, e.g. `models`, `http`. */
  readonly namespace: LighterErrorNamespace;
  /** The package's stable string code, e.g. `PARSE_ERROR`, `RATE_LIMIT`. */
  readonly code: C;
  /** The message, one line, no secrets (it is redacted again here). */
  readonly message: string;
  /** Structured facts about the failure (field, received value, route...); redacted on the way in. */
  readonly details?: Readonly<Record<string, unknown>> | undefined;
  /** The underlying error, kept as the standard `cause`. */
  readonly cause?: unknown;
}

/**
 * Root of the lighter-ts error family.
 *
 * @example
 * try { await client.orderBooks(); } catch (e) {
 *   if (isLighterError(e)) console.log(e.namespace, e.code, e.shortMessage, e.toJSON());
 * }
 * @throws never (it is the thrown value)
 */
export class LighterError<C extends string = string> extends Error {
  /** Class name; every subclass overrides it (guards compare it, not `instanceof`, across module copies). */
  override readonly name: string = 'LighterError';
  /** The package that threw. */
  readonly namespace: LighterErrorNamespace;
  /** Stable string code of the package's error table. */
  readonly code: C;
  /** The message without the details a subclass may append. */
  readonly shortMessage: string;
  /** Structured facts about the failure, secrets redacted. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(params: LighterErrorParams<C>) {
    const message = redactText(params.message);
    super(message, params.cause === undefined ? undefined : { cause: params.cause });
    this.namespace = params.namespace;
    this.code = params.code;
    this.shortMessage = message;
    this.details = (params.details === undefined ? {} : redactSecrets(params.details)) as Readonly<
      Record<string, unknown>
    >;
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }

  /**
   * `value instanceof LighterError` holds for a family error from any copy of this module (a dual ESM/CJS
   * install, or two entry points bundled apart); `instanceof` a subclass keeps its usual meaning.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class `instanceof` was asked about (a subclass included)
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    // biome-ignore lint/complexity/noThisInStatic: only the base itself (not a subclass) answers by brand
    return Object.hasOwn(this, BASE) && isLighterError(value);
  }

  /** `namespace/code`, unique across the family (`http/PARSE_ERROR` vs `models/PARSE_ERROR`). */
  get qualifiedCode(): string {
    return `${this.namespace}/${this.code}`;
  }

  /**
   * Walk the `cause` chain from this error. Without a predicate, returns the deepest cause; with one,
   * the first error (this one included) it accepts, or `undefined`. Bounded, so a cyclic chain ends.
   *
   * @example
   * const venue = e.walk((c) => isLighterError(c, 'API_ERROR'));
   * @throws never
   */
  walk(predicate?: (error: unknown) => boolean): unknown {
    let current: unknown = this;
    for (let depth = 0; depth < 32; depth += 1) {
      if (predicate?.(current)) return current;
      const next = typeof current === 'object' && current !== null ? (current as { cause?: unknown }).cause : undefined;
      if (next === undefined) return predicate === undefined ? current : undefined;
      current = next;
    }
    return predicate === undefined ? current : undefined;
  }

  /** JSON form for logs: name, codes, message, details and the cause chain, every value redacted. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {
      /** Class name; every subclass overrides it (guards compare it, not `instanceof`, across module copies). */
      name: this.name,
      namespace: this.namespace,
      code: this.code,
      message: this.message,
    };
    if (Object.keys(this.details).length > 0) out.details = this.details;
    if (this.cause !== undefined) out.cause = causeJson(this.cause);
    return out;
  }
}

Object.defineProperty(LighterError, BASE, { value: true });

function causeJson(cause: unknown): unknown {
  const c = cause as { toJSON?: () => unknown; name?: unknown; message?: unknown } | null;
  if (c !== null && typeof c === 'object' && typeof c.toJSON === 'function') return redactSecrets(c.toJSON());
  if (c !== null && typeof c === 'object') return redactSecrets({ name: c.name, message: c.message });
  return redactSecrets(String(cause));
}

/**
 * True when `e` is an error of the lighter-ts family (any package, any module copy), optionally with
 * the given `code` (`RATE_LIMIT`) or qualified code (`http/RATE_LIMIT`).
 *
 * @example
 * if (isLighterError(e, 'http/RATE_LIMIT')) await sleep(1000);
 * @throws never
 */
export function isLighterError(e: unknown, code?: string): e is LighterError {
  if (typeof e !== 'object' || e === null || (e as Record<symbol, unknown>)[BRAND] !== true) return false;
  if (code === undefined) return true;
  const err = e as LighterError;
  return code.includes('/') ? `${err.namespace}/${err.code}` === code : err.code === code;
}
