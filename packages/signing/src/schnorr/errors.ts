/**
 * Typed error for bad inputs to the cryptographic primitives (keys, scalars, encodings).
 * `code` is the same stable string the transaction layer uses for input errors, so one
 * type guard covers both; messages never contain key material.
 */
export class PrimitiveInputError extends Error {
  override readonly name = 'PrimitiveInputError';
  readonly code = 'SIGNING_INPUT' as const;
  /** The offending parameter, e.g. `privateKey`. */
  readonly field: string;

  constructor(field: string, message: string, options?: { cause?: unknown }) {
    super(`${field}: ${message}`, options);
    this.field = field;
  }

  toJSON(): { name: string; code: string; field: string; message: string } {
    return { name: this.name, code: this.code, field: this.field, message: this.message };
  }
}

/**
 * Type guard that works across duplicate module copies (checks name and code, not instanceof).
 * @example if (isPrimitiveInputError(err)) console.log(err.field)
 * @throws never
 */
export function isPrimitiveInputError(err: unknown): err is PrimitiveInputError {
  return (
    typeof err === 'object' &&
    err !== null &&
    (err as { name?: unknown }).name === 'PrimitiveInputError' &&
    (err as { code?: unknown }).code === 'SIGNING_INPUT'
  );
}
