/**
 * Errors of @lighter-ts/execution, namespace `execution` of the lighter-ts error family (models'
 * `LighterError`). Every error carries a stable string `code`; type guards check `name`/`code` (not only
 * `instanceof`) because dual ESM/CJS builds can load two copies of a class. Secrets are redacted by
 * models' one redactor.
 */
import { LighterError, redactSecrets } from '@lighter-ts/models';

/** Stable error codes of this package. */
export const EXECUTION_ERROR_CODE = {
  /** Configuration or credentials missing or malformed ({@link ExecutionConfigError} names the fields). */
  CONFIG: 'EXECUTION_CONFIG',
  /** An event does not apply to the order's current status (a bug or an out-of-order venue frame). */
  INVALID_STATE_TRANSITION: 'INVALID_STATE_TRANSITION',
  /** A command refused before sending: invalid value, unsupported feature, unknown or duplicate ClientOrderId. */
  ORDER_DENIED: 'ORDER_DENIED',
  /** The identity store (ClientOrderId ↔ client order index) could not be read, written or locked. */
  IDENTITY_STORE: 'IDENTITY_STORE',
  /** The next nonce could not be read or resynchronised from the venue. */
  NONCE: 'NONCE',
  /** A request the venue cannot answer (e.g. a data type Lighter does not publish). */
  UNSUPPORTED_REQUEST: 'UNSUPPORTED_REQUEST',
  /** A command before `connect()` finished or after `close()`. */
  NOT_CONNECTED: 'NOT_CONNECTED',
  /** No instrument with that InstrumentId (or market index) is loaded. */
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
  /** Class name; type guards check it with `code` (dual ESM/CJS can load two copies of the class). */
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
  /** Class name, for type guards. */
  override readonly name = 'ExecutionConfigError';
  /** Every config field or credential at fault (`accountIndex`, `network`, …), so one error lists them all. */
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
  /** Class name, for type guards. */
  override readonly name = 'InvalidStateTransitionError';
  /** The order status the event arrived in (`FILLED`, …). */
  readonly from: string;
  /** The event that does not apply (`OrderAccepted`, …). */
  readonly event: string;
  /** ClientOrderId of the order concerned. */
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
  /** Class name, for type guards. */
  override readonly name = 'OrderDeniedError';
  /** Why the order was denied, naming the value and the allowed range or increment. */
  readonly reason: string;
  /** The order field at fault (`price`, `quantity`, `params.skipNonce`, …); undefined when no single field is. */
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
