/**
 * Nautilus-style identifiers (docs/protocol/nautilus.md#identifiers): `Venue`, `Symbol`, `InstrumentId`
 * (`BTC-PERP.LIGHTER`, spot `ETH/USDC-SPOT.LIGHTER`), `ClientOrderId`, `VenueOrderId`, `TradeId`, `AccountId`.
 * Immutable value objects: compare with `equals`, serialise with `toString()`/`toJSON()`.
 */
import { LighterModelsError } from '../errors.js';

function invalid(field: string, message: string): never {
  throw new LighterModelsError({ code: 'INVALID_IDENTIFIER', field, message: `${field}: ${message}` });
}

function checkText(value: unknown, field: string, maxLength = 256): string {
  if (typeof value !== 'string' || value.length === 0) invalid(field, 'must be a non-empty string');
  if (value.length > maxLength) invalid(field, `must be at most ${maxLength} characters`);
  if (/\s/.test(value)) invalid(field, 'must not contain whitespace');
  return value;
}

/** Base of string identifiers. */
abstract class StringIdentifier {
  /** The identifier text. */
  readonly value: string;
  protected constructor(value: string) {
    this.value = value;
  }
  /** Same class and same value. */
  equals(other: unknown): boolean {
    return other instanceof StringIdentifier && other.constructor === this.constructor && other.value === this.value;
  }
  /** The identifier text. */
  toString(): string {
    return this.value;
  }
  /** The identifier text (so `JSON.stringify` writes a plain string). */
  toJSON(): string {
    return this.value;
  }
}

/**
 * Venue name used by NautilusTrader's Lighter adapter.
 *
 * @example
 * import { LIGHTER_VENUE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const LIGHTER_VENUE = 'LIGHTER';

/**
 * Trading venue identifier (`LIGHTER`).
 *
 * @example
 * Venue.LIGHTER.toString(); // 'LIGHTER'
 * @throws {LighterModelsError} INVALID_IDENTIFIER from `Venue.from` for empty / dotted text
 */
export class Venue extends StringIdentifier {
  /** The Lighter venue. */
  static readonly LIGHTER = new Venue(LIGHTER_VENUE);
  /** Parses and validates the text. @throws {LighterModelsError} code `INVALID_IDENTIFIER`, naming the value, when it is malformed */
  static from(value: string): Venue {
    const v = checkText(value, 'venue');
    if (v.includes('.')) invalid('venue', 'must not contain "."');
    return v === LIGHTER_VENUE ? Venue.LIGHTER : new Venue(v);
  }
}

/**
 * Instrument symbol within a venue (`BTC-PERP`, `ETH/USDC-SPOT`).
 *
 * @example
 * Symbol.from('BTC-PERP').value; // 'BTC-PERP'
 * @throws {LighterModelsError} INVALID_IDENTIFIER for empty text
 */
// biome-ignore lint/suspicious/noShadowRestrictedNames: Nautilus names this type `Symbol`.
export class Symbol extends StringIdentifier {
  /** Parses and validates the text. @throws {LighterModelsError} code `INVALID_IDENTIFIER`, naming the value, when it is malformed */
  static from(value: string): Symbol {
    return new Symbol(checkText(value, 'symbol'));
  }
}

/**
 * Suffix of perpetual symbols.
 *
 * @example
 * import { PERP_SUFFIX } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const PERP_SUFFIX = '-PERP';
/**
 * Suffix of spot symbols.
 *
 * @example
 * import { SPOT_SUFFIX } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const SPOT_SUFFIX = '-SPOT';
/**
 * Quote / settlement currency of Lighter perps (docs/protocol/nautilus.md#instruments).
 *
 * @example
 * import { PERP_QUOTE_CURRENCY } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const PERP_QUOTE_CURRENCY = 'USDC';

/**
 * `{symbol}.{venue}`; Lighter perps are `BASE-PERP.LIGHTER`, spot `BASE/QUOTE-SPOT.LIGHTER`
 * (docs/protocol/nautilus.md#identifiers, docs/protocol/nautilus.md#parity-checklist I2).
 *
 * @example
 * InstrumentId.perp('BTC').toString(); // 'BTC-PERP.LIGHTER'
 * InstrumentId.from('ETH/USDC-SPOT.LIGHTER').base; // 'ETH'
 * @throws {LighterModelsError} INVALID_IDENTIFIER for malformed text
 */
export class InstrumentId extends StringIdentifier {
  /** The part before the last `.`, e.g. `BTC-PERP` or `ETH/USDC-SPOT`. */
  readonly symbol: Symbol;
  /** The part after the last `.`: `LIGHTER` for every Lighter instrument. */
  readonly venue: Venue;

  private constructor(symbol: Symbol, venue: Venue) {
    super(`${symbol.value}.${venue.value}`);
    this.symbol = symbol;
    this.venue = venue;
  }

  /** Parse `SYMBOL.VENUE` (split at the last `.`). */
  static from(value: string): InstrumentId {
    const text = checkText(value, 'instrumentId');
    const dot = text.lastIndexOf('.');
    if (dot <= 0 || dot === text.length - 1) invalid('instrumentId', `expected "{symbol}.{venue}", received "${text}"`);
    return new InstrumentId(Symbol.from(text.slice(0, dot)), Venue.from(text.slice(dot + 1)));
  }

  /** Build from parts. */
  static of(params: { symbol: string | Symbol; venue?: string | Venue }): InstrumentId {
    const symbol = typeof params.symbol === 'string' ? Symbol.from(params.symbol) : params.symbol;
    const venue =
      params.venue === undefined
        ? Venue.LIGHTER
        : typeof params.venue === 'string'
          ? Venue.from(params.venue)
          : params.venue;
    return new InstrumentId(symbol, venue);
  }

  /** `BASE-PERP.LIGHTER`. */
  static perp(base: string): InstrumentId {
    return InstrumentId.of({ symbol: `${checkText(base, 'base')}${PERP_SUFFIX}` });
  }

  /** `BASE/QUOTE-SPOT.LIGHTER`. */
  static spot(base: string, quote: string): InstrumentId {
    return InstrumentId.of({ symbol: `${checkText(base, 'base')}/${checkText(quote, 'quote')}${SPOT_SUFFIX}` });
  }

  /**
   * From a venue market row: perp symbol `ETH` → `ETH-PERP.LIGHTER`; spot `ETH/USDC` → `ETH/USDC-SPOT.LIGHTER`.
   */
  static fromMarket(params: { symbol: string; marketType: string }): InstrumentId {
    if (params.marketType === 'spot') {
      const [base, quote, ...rest] = params.symbol.split('/');
      if (base === undefined || base === '' || rest.length > 0 || quote === '') {
        invalid('symbol', `spot symbol must be "BASE/QUOTE", received "${params.symbol}"`);
      }
      // Older NT releases spelled spot `{BASE}-SPOT.LIGHTER` from a bare venue symbol; keep that form
      // when the venue sends no quote.
      if (quote === undefined) return InstrumentId.of({ symbol: `${checkText(base, 'base')}${SPOT_SUFFIX}` });
      return InstrumentId.spot(base, quote);
    }
    return InstrumentId.perp(params.symbol);
  }

  /** True for `…-PERP` symbols. */
  get isPerp(): boolean {
    return this.symbol.value.endsWith(PERP_SUFFIX);
  }

  /** True for `…-SPOT` symbols. */
  get isSpot(): boolean {
    return this.symbol.value.endsWith(SPOT_SUFFIX);
  }

  /** Venue symbol as the market list spells it (`BTC`, `ETH/USDC`). */
  get rawSymbol(): string {
    const s = this.symbol.value;
    if (this.isPerp) return s.slice(0, -PERP_SUFFIX.length);
    if (this.isSpot) return s.slice(0, -SPOT_SUFFIX.length);
    return s;
  }

  /** Base currency code (`BTC`). */
  get base(): string {
    return this.rawSymbol.split('/')[0] ?? this.rawSymbol;
  }

  /** Quote currency code (`USDC` for perps). */
  get quote(): string {
    return this.isSpot ? (this.rawSymbol.split('/')[1] ?? PERP_QUOTE_CURRENCY) : PERP_QUOTE_CURRENCY;
  }
}

/**
 * Client order id: any non-empty string (Nautilus). The venue needs a numeric `client_order_index`
 * (1…2^48−1; NT caps at 2^31−1): map it separately (docs/protocol/nautilus.md#identifiers).
 *
 * @example
 * ClientOrderId.from('O-19700101-000000-001-001-1');
 * @throws {LighterModelsError} INVALID_IDENTIFIER for empty text
 */
export class ClientOrderId extends StringIdentifier {
  /** Parses and validates the text. @throws {LighterModelsError} code `INVALID_IDENTIFIER`, naming the value, when it is malformed */
  static from(value: string): ClientOrderId {
    return new ClientOrderId(checkText(value, 'clientOrderId'));
  }
}

/**
 * Venue order id: the venue `order_index` as a decimal string (exact; may exceed 2^53).
 *
 * @example
 * VenueOrderId.from(281476929510110).value; // '281476929510110'
 * @throws {LighterModelsError} INVALID_IDENTIFIER for non-integer input
 */
export class VenueOrderId extends StringIdentifier {
  /** Parses and validates the text. @throws {LighterModelsError} code `INVALID_IDENTIFIER`, naming the value, when it is malformed */
  static from(value: string | number | bigint): VenueOrderId {
    const text =
      typeof value === 'bigint'
        ? value.toString()
        : typeof value === 'number' && Number.isSafeInteger(value)
          ? String(value)
          : value;
    if (typeof text !== 'string' || !/^\d+$/.test(text))
      invalid('venueOrderId', `expected a non-negative integer, received ${String(value)}`);
    return new VenueOrderId(text);
  }
  /** The order index as bigint. */
  toBigInt(): bigint {
    return BigInt(this.value);
  }
}

/**
 * Trade id: string, at most 36 characters (Nautilus rule, docs/protocol/nautilus.md#identifiers).
 *
 * @example
 * TradeId.from('19211490282');
 * @throws {LighterModelsError} INVALID_IDENTIFIER for empty or over-long text
 */
export class TradeId extends StringIdentifier {
  /** Parses and validates the text. @throws {LighterModelsError} code `INVALID_IDENTIFIER`, naming the value, when it is malformed */
  static from(value: string | number | bigint): TradeId {
    const text = typeof value === 'string' ? value : value.toString();
    return new TradeId(checkText(text, 'tradeId', 36));
  }
}

/**
 * Account id `{issuer}-{number}` with exactly one hyphen (e.g. `LIGHTER-123456`).
 *
 * @example
 * AccountId.from('LIGHTER-001').issuer; // 'LIGHTER'
 * @throws {LighterModelsError} INVALID_IDENTIFIER for malformed text
 */
export class AccountId extends StringIdentifier {
  /** Parses and validates the text. @throws {LighterModelsError} code `INVALID_IDENTIFIER`, naming the value, when it is malformed */
  static from(value: string): AccountId {
    const text = checkText(value, 'accountId');
    const parts = text.split('-');
    if (parts.length !== 2 || parts[0] === '' || parts[1] === '')
      invalid('accountId', `expected "{issuer}-{number}", received "${text}"`);
    return new AccountId(text);
  }
  /** `LIGHTER-{accountIndex}`. */
  static lighter(accountIndex: number | bigint): AccountId {
    return AccountId.from(`${LIGHTER_VENUE}-${accountIndex.toString()}`);
  }
  /** The part before the first `-` (e.g. `LIGHTER` of `LIGHTER-1001`). */
  get issuer(): string {
    return this.value.split('-')[0] ?? '';
  }
  /** The part after the first `-` (e.g. `1001` of `LIGHTER-1001`). */
  get number(): string {
    return this.value.split('-')[1] ?? '';
  }
}
