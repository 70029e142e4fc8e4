/**
 * orderBookDetails rows -> {@link LighterInstrument} (parity I1-I3, docs/protocol/nautilus.md#instruments). Margin fractions are
 * in 1/10000 (500 = 5%); fees are percent strings (docs/protocol/errors-and-limits.md#account-tiers) and become fractions.
 */
import {
  type PerpsOrderBookDetail,
  PerpsOrderBookDetailSchema,
  type SpotOrderBookDetail,
  SpotOrderBookDetailSchema,
} from '@lighter-ts/models';
import { normalizeDecimal, scaleDecimal, unscaleDecimal } from '../translate/decimal.js';
import { incrementFor, instrumentIdFor, type LighterInstrument, type MarketKind } from './instrument.js';

// One home per wire schema (issue 13): a detail row is checked by models' perp / spot schema, the one http's
// orderBookDetails answer was parsed with, never by a copy here.
function parseRow(row: unknown, kind: MarketKind): PerpsOrderBookDetail | SpotOrderBookDetail | undefined {
  const r = (kind === 'spot' ? SpotOrderBookDetailSchema : PerpsOrderBookDetailSchema).safeParse(row);
  return r.success ? r.data : undefined;
}

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
 * Parses one detail row, or returns undefined for rows that do not parse (never fatal).
 * @example parseInstrument({ row, kind: 'perp' })
 * @throws never
 */
export function parseInstrument(params: {
  row: unknown;
  kind: MarketKind;
  venue?: string;
}): LighterInstrument | undefined {
  const row = parseRow(params.row, params.kind);
  if (row === undefined) return undefined;
  // Only the perp schema checked the margin fractions.
  const margins = params.kind === 'perp' ? (row as PerpsOrderBookDetail) : undefined;
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
 * Parses an orderBookDetails response (perp + spot lists; null lists are empty).
 * @example parseInstruments({ response: await http.orderBookDetails({}) })
 * @throws never
 */
export function parseInstruments(params: { response: unknown; venue?: string }): LighterInstrument[] {
  const res = (params.response ?? {}) as { order_book_details?: unknown; spot_order_book_details?: unknown };
  const out: LighterInstrument[] = [];
  const add = (rows: unknown, kind: MarketKind) => {
    if (!Array.isArray(rows)) return;
    for (const row of rows) {
      const i = parseInstrument({ row, kind, ...(params.venue === undefined ? {} : { venue: params.venue }) });
      if (i !== undefined) out.push(i);
    }
  };
  add(res.order_book_details, 'perp');
  add(res.spot_order_book_details, 'spot');
  return out;
}
