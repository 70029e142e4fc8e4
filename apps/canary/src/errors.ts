/**
 * Errors raised by the canary, namespace `canary` of the lighter-ts error family (models'
 * `LighterError`). Each has a stable string `code` so callers (and the CLI's exit-code mapping) never
 * rely on `instanceof` alone: a dual ESM/CJS install can load two copies of this class.
 */
import { LighterError } from '@lighter-ts/models';

/** Stable error codes of the canary. */
export const CANARY_ERROR_CODE = {
  /** Bad flags or options; nothing was sent (exit 2). */
  USAGE: 'CANARY_USAGE',
  /** Missing or invalid credentials or config file (every missing item is named). */
  CONFIG: 'CANARY_CONFIG',
  /** The market was not found or is not tradable. */
  MARKET: 'CANARY_MARKET',
  /** No valid resting price could be computed (empty book, increments). */
  PRICE: 'CANARY_PRICE',
  /** A step did not see what it waited for within its timeout. */
  TIMEOUT: 'CANARY_TIMEOUT',
  /** The run was aborted (signal or AbortSignal). */
  ABORTED: 'CANARY_ABORTED',
  /** The venue refused a call; `venueCode` says why. */
  VENUE: 'CANARY_VENUE',
  /** The report could not be built or written. */
  REPORT: 'CANARY_REPORT',
} as const;

/** Literal union of {@link CANARY_ERROR_CODE} values. */
export type CanaryErrorCode = (typeof CANARY_ERROR_CODE)[keyof typeof CANARY_ERROR_CODE];

/**
 * Root error of the canary.
 *
 * @example
 * throw new CanaryError({ code: CANARY_ERROR_CODE.USAGE, message: '--size: not a decimal', field: 'size' });
 * @throws never (constructor)
 */
export class CanaryError extends LighterError<CanaryErrorCode> {
  /** Class name, stable across bundled copies: isCanaryError compares it (not `instanceof`). */
  override readonly name = 'CanaryError';
  /** Input field the error is about (CLI flag or config key), when there is one. */
  readonly field: string | undefined;
  /** Venue numeric error code (21xxx) when the venue reported one. */
  readonly venueCode: number | undefined;

  constructor(params: {
    code: CanaryErrorCode;
    message: string;
    field?: string;
    venueCode?: number;
    cause?: unknown;
  }) {
    super({ namespace: 'canary', code: params.code, message: params.message, cause: params.cause });
    this.field = params.field;
    this.venueCode = params.venueCode;
  }

  /** Serializable form; the message is already free of secrets (callers redact before throwing). */
  override toJSON(): {
    /** Always `CanaryError`. */
    name: string;
    /** One of CANARY_ERROR_CODE. */
    code: string;
    /** The message, free of secrets. */
    message: string;
    /** CLI flag or config key the error is about, when there is one. */
    field?: string;
    /** Venue numeric code (21xxx), when the venue reported one. */
    venueCode?: number;
  } {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.venueCode === undefined ? {} : { venueCode: this.venueCode }),
    };
  }
}

/**
 * Type guard that checks `name` and `code`, not only `instanceof`.
 *
 * @example
 * if (isCanaryError(err) && err.code === 'CANARY_USAGE') process.exitCode = 2;
 * @throws never
 */
export function isCanaryError(value: unknown): value is CanaryError {
  if (value instanceof CanaryError) return true;
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { name?: unknown; code?: unknown };
  return (
    v.name === 'CanaryError' &&
    typeof v.code === 'string' &&
    Object.values(CANARY_ERROR_CODE).includes(v.code as CanaryErrorCode)
  );
}

/**
 * Best-effort human message of any thrown value (never includes stack traces).
 *
 * @example
 * describeError(new Error('boom')); // 'boom'
 * @throws never
 */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    const venue = (err as { venueCode?: unknown }).venueCode;
    const prefix = typeof code === 'string' ? `${code}: ` : '';
    const suffix = typeof venue === 'number' && !err.message.includes(String(venue)) ? ` (venue code ${venue})` : '';
    return `${prefix}${err.message}${suffix}`;
  }
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}
