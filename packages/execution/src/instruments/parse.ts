/**
 * orderBookDetails rows -> {@link LighterInstrument} (parity I1-I3, docs/protocol/nautilus.md#instruments). Margin fractions are
 * in 1/10000 (500 = 5%); fees are percent strings (docs/protocol/errors-and-limits.md#account-tiers) and become fractions.
 */
// One parse path (issue 13): http parsed the answer with models' OrderBookDetailsSchema (and throws its typed
// parse error on a bad answer), so the rows arrive typed and are only mapped here, never checked again.
import type { OrderBookDetails, PerpsOrderBookDetail, SpotOrderBookDetail } from '@lighter-ts/models';
import { normalizeDecimal, scaleDecimal, unscaleDecimal } from '../translate/decimal.js';
import { incrementFor, instrumentIdFor, type LighterInstrument, type MarketKind } from './instrument.js';

/** One typed detail row and the list it came from: `order_book_details` (perp) or `spot_order_book_details`. */
export type InstrumentDetailRow =
  | {
      /** A perp market's detail row as models parsed it. */
      readonly row: PerpsOrderBookDetail;
      /** The list the row came from: `order_book_details`. */
      readonly kind: 'perp';
    }
  | {
      /** A spot market's detail row as models parsed it. */
      readonly row: SpotOrderBookDetail;
      /** The list the row came from: `spot_order_book_details`. */
      readonly kind: 'spot';
    };

/** The two lists of a parsed orderBookDetails answer (models' `OrderBookDetails`, http's `OrderBookDetailsResponse`). */
export type InstrumentDetails = Pick<OrderBookDetails, 'order_book_details' | 'spot_order_book_details'>;

function divide(value: string | null | undefined, by: number): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const neg = value.startsWith('-');
  const abs = neg ? value.slice(1) : value;
  const places = by === 100 ? 2 : 4;
  const dot = abs.indexOf('.');
  const d = dot < 0 ? 0 : abs.length - dot - 1;
  // Dividing by 10^places is a shift of the decimal point: exact.
  const out = normalizeDecimal(
    unscaleDecimal({ value: scaleDecimal({ value: abs, decimals: d }), decimals: d + places }),
  );
  return neg && out !== '0' ? `-${out}` : out;
}

/**
 * Maps one typed detail row, or returns undefined for a row that does not map (a symbol or decimals no instrument
 * id can be built from): never fatal, its siblings are unaffected.
 * @example parseInstrument({ row: (await http.orderBookDetails({})).order_book_details[0]!, kind: 'perp' })
 * @throws never
 */
export function parseInstrument(params: InstrumentDetailRow & { venue?: string }): LighterInstrument | undefined {
  const { row } = params;
  // Only perp rows carry margin fractions.
  const margins = params.kind === 'perp' ? params.row : undefined;
  const kind: MarketKind = row.market_type === 'spot' ? 'spot' : row.market_type === 'perp' ? 'perp' : params.kind;
  const [base, quote] =
    kind === 'spot' && row.symbol.includes('/') ? (row.symbol.split('/') as [string, string]) : [row.symbol, 'USDC'];
  const nonZero = (v: string | null | undefined) =>
    v === undefined || v === null || v === '' || Number(v) === 0 ? undefined : normalizeDecimal(v);
  try {
    return {
      instrumentId: instrumentIdFor({
        symbol: row.symbol,
        kind,
        ...(params.venue === undefined ? {} : { venue: params.venue }),
        quote,
      }),
      rawSymbol: row.symbol,
      marketIndex: row.market_id,
      kind,
      baseCurrency: base,
      quoteCurrency: quote,
      priceDecimals: row.price_decimals,
      sizeDecimals: row.size_decimals,
      priceIncrement: incrementFor(row.price_decimals),
      sizeIncrement: incrementFor(row.size_decimals),
      minQuantity: nonZero(row.min_base_amount),
      minNotional: nonZero(row.min_quote_amount),
      maxNotional: nonZero(row.order_quote_limit),
      marginInit:
        kind === 'perp' && margins?.default_initial_margin_fraction != null
          ? divide(String(margins.default_initial_margin_fraction), 10_000)
          : undefined,
      marginMaint:
        kind === 'perp' && margins?.maintenance_margin_fraction != null
          ? divide(String(margins.maintenance_margin_fraction), 10_000)
          : undefined,
      makerFee: divide(row.maker_fee, 100),
      takerFee: divide(row.taker_fee, 100),
      status: row.status ?? 'active',
    };
  } catch {
    return undefined;
  }
}

/**
 * Maps a parsed orderBookDetails answer (perp + spot lists) to instruments, skipping rows that do not map.
 * @example parseInstruments({ response: await http.orderBookDetails({}) })
 * @throws never
 */
export function parseInstruments(params: { response: InstrumentDetails; venue?: string }): LighterInstrument[] {
  const venue = params.venue === undefined ? {} : { venue: params.venue };
  const out: LighterInstrument[] = [];
  for (const row of params.response.order_book_details) {
    const i = parseInstrument({ row, kind: 'perp', ...venue });
    if (i !== undefined) out.push(i);
  }
  for (const row of params.response.spot_order_book_details) {
    const i = parseInstrument({ row, kind: 'spot', ...venue });
    if (i !== undefined) out.push(i);
  }
  return out;
}
