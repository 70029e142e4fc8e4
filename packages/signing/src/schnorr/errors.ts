/**
 * Input errors of the cryptographic primitives (keys, scalars, encodings).
 *
 * A subclass of the package's {@link SigningInputError}, so `instanceof SigningInputError`,
 * `isSigningInputError` and `isSigningError` all accept it; `name` tells the layer apart.
 * Messages name the parameter, never its value (keys are secrets).
 */
import { SigningInputError } from '../errors.js';

/**
 * Thrown by the primitives for a malformed or out-of-range input; `field` names it
 * (`privateKey`, `seed`, `k`, `messageHash`, `crypto`).
 * @example
 * try { parsePrivateKey('0x12') } catch (e) { if (isPrimitiveInputError(e)) console.log(e.field) } // "privateKey"
 * @throws never (it is the thrown value)
 */
export class PrimitiveInputError extends SigningInputError {
  /** `PrimitiveInputError` (guards check it, not only `instanceof`). */
  override readonly name: string = 'PrimitiveInputError';
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
    (err as { code?: unknown }).code === 'SIGNING_INPUT' &&
    typeof (err as { field?: unknown }).field === 'string'
  );
}
