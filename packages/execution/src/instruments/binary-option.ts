/**
 * `BinaryOption` instruments (NautilusTrader's instrument type for two-outcome contracts) built from the
 * `events` route: one per Up/Down market (docs/protocol/binary-options.md#events). Buy = Up, sell = Down.
 */
import { DEFAULT_BINARY_SETTLEMENT_CAP, type BinaryEvent, type EventMarket } from '@lighter-ts/models';
import { incrementFor, instrumentIdFor, type LighterInstrument } from './instrument.js';

/** A binary-option instrument: the common fields plus its event, outcomes and window. */
export interface BinaryOptionInstrument extends LighterInstrument {
  /** Nautilus instrument type: always `BinaryOption`. */
  readonly type: 'BinaryOption';
  /** Market kind: always `binary`. */
  readonly kind: 'binary';
  /** Settlement cap in price ticks: prices lie strictly inside (0, cap); an Up share pays the settlement price, a Down share the cap minus it. */
  readonly settlementCap: number;
  /** Venue event id the market belongs to. */
  readonly eventId: number;
  /** Title of the event; undefined when the venue omits it. */
  readonly eventTitle: string | undefined;
  /** Event tag (category) as the venue names it; undefined when absent. */
  readonly tag: string | undefined;
  /** Buy = `Up`, sell = `Down`. */
  readonly outcomes: readonly ['Up', 'Down'];
  /** Window in ns (Nautilus `activation_ns` / `expiration_ns`); undefined when the venue omits it. */
  readonly activationNs: bigint | undefined;
  /** End of the window, Unix ns; undefined when the venue omits it. */
  readonly expirationNs: bigint | undefined;
}

const ns = (seconds: number | null | undefined): bigint | undefined =>
  seconds == null ? undefined : BigInt(seconds) * 1_000_000_000n;

/**
 * One `BinaryOption` per market of an event. Decimals default to the documented grid (2 price, 4 size
 * decimals) and the cap to 100 when the row leaves them out, which the docs' examples show but do not promise.
 *
 * @example
 * const [inst] = binaryOptionsFromEvent({ event: (await http.events({ tag: 'btc-updown-15m' })).events[0]! });
 * inst.instrumentId; // 'BTC-UPDOWN-15M-1761400800-BINARY.LIGHTER'
 * @throws never
 */
export function binaryOptionsFromEvent(params: { event: BinaryEvent; venue?: string }): BinaryOptionInstrument[] {
  const { event } = params;
  return event.markets.map((m: EventMarket) => {
    const symbol = m.symbol ?? `${event.tag ?? 'event'}-${m.market_id}`.toUpperCase();
    const p = m.price_decimals ?? 2;
    const s = m.size_decimals ?? 4;
    return {
      type: 'BinaryOption',
      instrumentId: instrumentIdFor({
        symbol,
        kind: 'binary',
        ...(params.venue === undefined ? {} : { venue: params.venue }),
      }),
      rawSymbol: symbol,
      marketIndex: m.market_id,
      kind: 'binary',
      baseCurrency: symbol,
      quoteCurrency: 'USDC',
      priceDecimals: p,
      sizeDecimals: s,
      priceIncrement: incrementFor(p),
      sizeIncrement: incrementFor(s),
      minQuantity: undefined,
      minNotional: undefined,
      maxNotional: undefined,
      marginInit: undefined,
      marginMaint: undefined,
      makerFee: undefined,
      takerFee: undefined,
      status: m.status ?? 'active',
      settlementCap: m.settlement_cap ?? DEFAULT_BINARY_SETTLEMENT_CAP,
      eventId: event.event_id,
      eventTitle: event.title ?? undefined,
      tag: event.tag ?? undefined,
      outcomes: ['Up', 'Down'],
      activationNs: ns(m.start_at ?? event.start_at),
      expirationNs: ns(m.end_at ?? event.end_at),
    };
  });
}
