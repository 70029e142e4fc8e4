/**
 * Venue error catalogue (docs/protocol/errors-and-limits.md#error-codes) and the error classes of the simulator.
 */
import { LighterError } from '@lighter-ts/models/errors';

// The table's entries are documented as a whole, as models' VENUE_ERROR_MESSAGE is: each code's meaning is its
// message (docs/protocol/errors-and-limits.md#error-codes), so the exported constant is typed as a record.
const MESSAGES = {
  20001: 'invalid param',
  20013: 'invalid auth',
  21100: 'account not found',
  21102: 'invalid account index',
  21103: 'invalid account l1 address',
  21104: 'invalid nonce',
  21105: 'batch transaction nonce is not increasing',
  21108: 'invalid PublicKey,please run changePubKey',
  21109: 'api key not found',
  21110: 'invalid api key index',
  21113: 'invalid initial margin fraction',
  21120: 'invalid signature',
  21121: 'all transactions in the batch must have use same account and apikey',
  21132: 'margin mode change on a market with position or open order is not allowed',
  21106: 'invalid ToAccount',
  21146: 'system account cannot be an integrator',
  21149: 'integrator is not approved',
  61003: 'too many api tokens',
  61004: 'custom scopes are not supported',
  61007: 'api token name is empty',
  61008: 'api token name is too long',
  21300: 'invalid asset amount',
  21301: 'not enough collateral',
  21304: 'not enough asset balance',
  21805: 'only usdc transfer supported',
  21500: 'transaction not found',
  21501: 'invalid tx info',
  21504: 'fail to l1 signature',
  21505: 'unsupported tx type',
  21508: "account is below initial margin, can't execute transaction",
  21513: 'TxInfos and TxTypes should have the same length',
  21514: 'maximum 50 transactions allowed per batch',
  21600: 'given order is not an active limit order',
  21602: 'invalid market index',
  21621: 'invalid perps market index',
  21603: 'invalid min amounts for market',
  21613: 'invalid margin mode',
  21614: 'no position found',
  21615: 'invalid update margin direction',
  21618: 'invalid order type for market',
  21700: 'invalid order index',
  21701: 'invalid base amount',
  21702: 'invalid price',
  21703: 'invalid isAsk',
  21704: 'invalid OrderType',
  21705: 'invalid OrderTimeInForce',
  21706: 'invalid order base or quote amount',
  21710: 'unsupported order type',
  21707: 'account is not owner of the order',
  21709: 'order is inactive',
  21711: 'invalid expiry',
  21712: 'account has a queued cancel all orders request',
  21713: 'invalid cancel all time in force',
  21714: 'invalid cancel all time',
  21715: 'given order is not an active order',
  21717: 'maximum active limit order count reached',
  21718: 'maximum active limit order count per market reached',
  21727: 'invalid client order index',
  21728: 'client order index already exists',
  21729: 'invalid order trigger price',
  21732: 'reduce only increases position',
  21739: 'not enough margin to create the order',
  21740: 'invalid reduce only mode',
  21741: 'invalid grouping type',
  21742: 'invalid order group size',
  21743: 'invalid order info',
  22400: 'invalid timestamps: end_timestamp must be greater than start_timestamp',
  22402: 'invalid resolution: resolution unsupported',
  23000: 'Too Many Requests!',
  23001: 'Too Many Subscriptions!',
  23002: 'Too Many Different Accounts!',
  23003: 'Too Many Connections!',
  29404: 'not found',
  29500: 'internal server error',
  30000: 'Invalid Json',
  30001: 'Invalid Type',
  30002: 'Not Subscribed to',
  30003: 'Already Subscribed to',
  30005: 'Invalid Channel',
  30007: 'Invalid Data',
  62002: 'invalid tier',
  62003: 'account already part of requested tier',
  62004: 'account has open positions',
  62005: 'account has open orders',
  62006: 'too frequent tier change request',
  62007: 'maker-only API key used for a disallowed tx',
} as const;

/** A venue error code the simulator emits: the subset of models' `VenueErrorCode` it has a message for. */
export type SimVenueErrorCode = keyof typeof MESSAGES;

/**
 * Numeric venue codes the simulator emits, with the venue's message text (docs/protocol/errors-and-limits.md#error-codes).
 * @example VENUE_ERRORS[21104] // 'invalid nonce'
 * @throws never (a constant)
 */
export const VENUE_ERRORS: Readonly<Record<SimVenueErrorCode, string>> = MESSAGES;

/**
 * Returns the venue's message for a code, or a generic text for unknown codes.
 * @example venueMessage(21120) // 'invalid signature'
 * @throws never
 */
export function venueMessage(code: number): string {
  return (VENUE_ERRORS as Record<number, string>)[code] ?? `error ${code}`;
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
