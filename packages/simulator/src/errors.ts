/**
 * The error classes of the simulator. The venue's codes and texts are models' catalogue
 * (`VENUE_ERROR_MESSAGE`, docs/protocol/errors-and-limits.md#error-codes), not a copy kept here.
 */
import { venueErrorMessage } from '@lighter-ts/models';
import { LighterError } from '@lighter-ts/models/errors';

/**
 * Returns the venue's message for a code (models' `VENUE_ERROR_MESSAGE`, the one catalogue), or a generic text for
 * a code it does not list (a fault may inject any code).
 * @example venueMessage(21120) // 'invalid signature'
 * @throws never
 */
export function venueMessage(code: number): string {
  return venueErrorMessage(code) ?? `error ${code}`;
}

/**
 * A rejection the venue would answer with `{code, message}` (HTTP 400 on REST).
 * @example throw new VenueError({ code: 21104 });
 * @throws never (constructing it does not throw)
 */
// Not a member of the lighter-ts error family on purpose: it is the venue's answer (numeric `code`, sent
// to clients as the `{code, message}` body), not an error of this SDK.
export class VenueError extends Error {
  /** Always `VenueError`: what {@link isVenueError} checks, since `instanceof` fails across ESM/CJS copies. */
  override readonly name = 'VenueError';
  /** Stable string code for type guards. */
  readonly errorCode = 'VENUE_ERROR' as const;
  /** Venue numeric code (21xxx, 20001, ...). */
  readonly code: number;
  /** HTTP status of the REST answer: 400 for domain errors, 429 for a spent budget. */
  readonly httpStatus: number;

  constructor(params: { code: number; message?: string; cause?: unknown; httpStatus?: number }) {
    super(params.message ?? venueMessage(params.code), { cause: params.cause });
    this.code = params.code;
    this.httpStatus = params.httpStatus ?? 400;
  }

  /** Body the venue sends for this error. */
  toBody(): {
    /** The venue's numeric code, as in `{"code":21104,"message":"invalid nonce"}`. */
    code: number;
    /** The venue's message text for it (or the specific one the simulator raised). */
    message: string;
  } {
    return { code: this.code, message: this.message };
  }
}

/**
 * Type guard that does not rely on `instanceof` (dual ESM/CJS copies).
 * @example if (isVenueError(e)) res.status(400).json(e.toBody());
 * @throws never
 */
export function isVenueError(e: unknown): e is VenueError {
  return (
    typeof e === 'object' &&
    e !== null &&
    (e as { name?: unknown }).name === 'VenueError' &&
    typeof (e as { code?: unknown }).code === 'number'
  );
}

/**
 * Invalid simulator options or test-control input (not a venue error).
 * @example throw new SimulatorInputError({ field: 'seed', message: 'must be an integer' });
 * @throws never (constructing it does not throw)
 */
export class SimulatorInputError extends LighterError<'SIMULATOR_INPUT'> {
  /** Always `SimulatorInputError`: what {@link isSimulatorInputError} checks. */
  override readonly name = 'SimulatorInputError';
  /** Path of the refused option or argument, e.g. `markets[3].binary.referencePrice` or `funding.intervalMs`. */
  readonly field: string;

  constructor(params: { field: string; message: string }) {
    super({
      namespace: 'simulator',
      code: 'SIMULATOR_INPUT',
      message: `${params.field}: ${params.message}`,
      details: { field: params.field },
    });
    this.field = params.field;
  }
}

/**
 * Type guard for {@link SimulatorInputError}.
 * @example await startSimulator({ port: -1 }).catch((e) => isSimulatorInputError(e)); // true
 * @throws never
 */
export function isSimulatorInputError(e: unknown): e is SimulatorInputError {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'SIMULATOR_INPUT';
}
