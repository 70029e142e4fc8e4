/**
 * Errors of @lighter-ts/execution, namespace `execution` of the lighter-ts error family (models'
 * `LighterError`). Every error carries a stable string `code`; type guards check `name`/`code` (not only
 * `instanceof`) because dual ESM/CJS builds can load two copies of a class. Secrets are redacted by
 * models' one redactor.
 */
import { LighterError, redactSecrets } from '@lighter-ts/models';

/** Stable error codes of this package. */
export const EXECUTION_ERROR_CODE = {
  CONFIG: 'EXECUTION_CONFIG',
  INVALID_STATE_TRANSITION: 'INVALID_STATE_TRANSITION',
  ORDER_DENIED: 'ORDER_DENIED',
  IDENTITY_STORE: 'IDENTITY_STORE',
  NONCE: 'NONCE',
  UNSUPPORTED_REQUEST: 'UNSUPPORTED_REQUEST',
  NOT_CONNECTED: 'NOT_CONNECTED',
  INSTRUMENT_NOT_FOUND: 'INSTRUMENT_NOT_FOUND',
  /** connect(): the account's API key slot is empty or holds another public key. */
  API_KEY_MISMATCH: 'API_KEY_MISMATCH',
} as const;

/** Literal union of {@link EXECUTION_ERROR_CODE} values. */
export type ExecutionErrorCode = (typeof EXECUTION_ERROR_CODE)[keyof typeof EXECUTION_ERROR_CODE];

/**
 * Root error of @lighter-ts/execution.
 * @example
 * try { await client.connect() } catch (e) { if (isExecutionError(e)) console.log(e.code) }
 * @throws never (it is the thing thrown)
 */
export class ExecutionError extends LighterError<ExecutionErrorCode> {
  override readonly name: string = 'ExecutionError';
  /** Venue numeric error code (21xxx) when the failure came from the venue. */
  readonly venueCode: number | undefined;

  constructor(params: { code: ExecutionErrorCode; message: string; cause?: unknown; venueCode?: number }) {
    super({ namespace: 'execution', code: params.code, message: params.message, cause: params.cause });
    this.venueCode = params.venueCode;
  }

  /** JSON form with secrets redacted (the cause is reduced to its message). */
  override toJSON(): Record<string, unknown> {
    const cause = this.cause instanceof Error ? redactSecrets(this.cause.message) : undefined;
    return { name: this.name, code: this.code, message: this.message, venueCode: this.venueCode, cause };
  }
}

/**
 * Invalid or missing configuration / credentials. `fields` names what is wrong; key material is never printed.
 * @example new ExecutionConfigError({ message: 'missing privateKey', fields: ['privateKey'] })
 * @throws never
 */
export class ExecutionConfigError extends ExecutionError {
  override readonly name = 'ExecutionConfigError';
  readonly fields: readonly string[];
  constructor(params: { message: string; fields: readonly string[]; cause?: unknown }) {
    super({ code: EXECUTION_ERROR_CODE.CONFIG, message: params.message, cause: params.cause });
    this.fields = params.fields;
  }
}

/**
 * An order event that is illegal in the order's current status (Nautilus `InvalidStateTransition`).
 * @example new InvalidStateTransitionError({ from: 'FILLED', event: 'OrderCanceled', clientOrderId: 'O-1' })
 * @throws never
 */
export class InvalidStateTransitionError extends ExecutionError {
  override readonly name = 'InvalidStateTransitionError';
  readonly from: string;
  readonly event: string;
  readonly clientOrderId: string;
  constructor(params: { from: string; event: string; clientOrderId: string }) {
    super({
      code: EXECUTION_ERROR_CODE.INVALID_STATE_TRANSITION,
      message: `invalid state transition for ${params.clientOrderId}: ${params.from} -> ${params.event}`,
    });
    this.from = params.from;
    this.event = params.event;
    this.clientOrderId = params.clientOrderId;
  }
}

/**
 * Local pre-submit validation failed; the order is DENIED before anything is signed.
 * @example new OrderDeniedError({ reason: 'FOK is not supported', field: 'timeInForce' })
 * @throws never
 */
export class OrderDeniedError extends ExecutionError {
  override readonly name = 'OrderDeniedError';
  readonly reason: string;
  readonly field: string | undefined;
  constructor(params: { reason: string; field?: string }) {
    super({ code: EXECUTION_ERROR_CODE.ORDER_DENIED, message: params.reason });
    this.reason = params.reason;
    this.field = params.field;
  }
}

/**
 * Type guard for any error of this package (checks `code`, not only `instanceof`).
 * @example if (isExecutionError(e) && e.code === 'ORDER_DENIED') { … }
 * @throws never
 */
export function isExecutionError(value: unknown): value is ExecutionError {
  if (value instanceof ExecutionError) return true;
  if (typeof value !== 'object' || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && (Object.values(EXECUTION_ERROR_CODE) as string[]).includes(code);
}

/**
 * Type guard for {@link ExecutionConfigError}.
 * @example if (isExecutionConfigError(e)) console.log(e.fields)
 * @throws never
 */
export function isExecutionConfigError(value: unknown): value is ExecutionConfigError {
  return isExecutionError(value) && value.code === EXECUTION_ERROR_CODE.CONFIG;
}

/**
 * Type guard for {@link OrderDeniedError}.
 * @example if (isOrderDeniedError(e)) console.log(e.reason)
 * @throws never
 */
export function isOrderDeniedError(value: unknown): value is OrderDeniedError {
  return isExecutionError(value) && value.code === EXECUTION_ERROR_CODE.ORDER_DENIED;
}
