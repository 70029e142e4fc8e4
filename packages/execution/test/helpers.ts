import { EXECUTION_ERROR_CODE } from '../src/errors.js';

export function isInvalidStateTransition(e: unknown): boolean {
  return (
    typeof e === 'object' &&
    e !== null &&
    (e as { code?: unknown }).code === EXECUTION_ERROR_CODE.INVALID_STATE_TRANSITION
  );
}
