/** Nautilus market-data shapes (docs/protocol/nautilus.md#parity-checklist, docs/protocol/nautilus.md#instruments). Decimals are strings, timestamps Unix ms. */
import { CANDLE_RESOLUTION_MS, type CandleResolution } from '@lighter-ts/models';

/** Nautilus `BookAction` (docs/protocol/nautilus.md#instruments). */
export const BOOK_ACTION = {
  /** A new price level. */
  ADD: 1,
  /** A level's size changed. */
  UPDATE: 2,
  /** A level is gone (size 0 on the wire). */
  DELETE: 3,
  /** Drop the whole book (before a snapshot, or after a gap). */
  CLEAR: 4,
} as const;
/** Literal union of {@link BOOK_ACTION}. */
export type BookAction = (typeof BOOK_ACTION)[keyof typeof BOOK_ACTION];

/** Nautilus `RecordFlag` bits (docs/protocol/nautilus.md#instruments). */
export const RECORD_FLAG = {
  /** Last delta of one venue message: the book is consistent after applying it. */
  F_LAST: 128,
  /** Top-of-book record. */
  F_TOB: 64,
  /** Part of a snapshot (the venue's first frame after subscribing). */
  F_SNAPSHOT: 32,
  /** Market-by-price data (aggregated levels, as Lighter sends). */
  F_MBP: 16,
} as const;

/** Nautilus book types; Lighter supports L2_MBP only. */
export type BookType = 'L1_MBP' | 'L2_MBP' | 'L3_MBO';

/** One book delta. `orderId` is 0 for L2 levels. */
export interface OrderBookDelta {
  /** Nautilus InstrumentId (`ETH-PERP.LIGHTER`). */
  readonly instrumentId: string;
  /** ADD / UPDATE / DELETE / CLEAR ({@link BOOK_ACTION}). */
  readonly action: BookAction;
  /** Book side of the level; NO_ORDER_SIDE for CLEAR. */
  readonly side: 'BUY' | 'SELL' | 'NO_ORDER_SIDE';
  /** Level price, decimal string (`0` for CLEAR). */
  readonly price: string;
  /** Size at the level after the change, decimal string in base units (`0` for DELETE and CLEAR). */
  readonly size: string;
  /** Always 0: Lighter books are aggregated by price (L2), not by order. */
  readonly orderId: 0;
  /** {@link RECORD_FLAG} bits, OR-ed. */
  readonly flags: number;
  /** Venue book nonce. */
  readonly sequence: number;
  /** When the venue produced it, Unix ms. */
  readonly tsEvent: number;
  /** When this client built the object, Unix ms. */
  readonly tsInit: number;
}

/** Deltas of one venue message; the last one carries F_LAST. */
export interface OrderBookDeltas {
  /** Nautilus InstrumentId (`ETH-PERP.LIGHTER`). */
  readonly instrumentId: string;
  /** The deltas in venue order; the last carries F_LAST. */
  readonly deltas: readonly OrderBookDelta[];
}

/** Market-data streams of the data client (the subscribe method names). */
export type DataStreamType =
  | 'deltas'
  | 'depth10'
  | 'quotes'
  | 'trades'
  | 'bars'
  | 'markPrice'
  | 'indexPrice'
  | 'fundingRate'
  | 'binaryMarketStats'
  | 'upDownBars';

/**
 * A stream's local state was discarded (connection lost and in reconnect backoff, sequence gap,
 * stale stream): data between this event and the matching {@link DataResumed} is missing. For
 * book deltas a CLEAR delta follows at once, then a fresh snapshot once resubscribed.
 */
export interface DataGap {
  /** Nautilus InstrumentId (`ETH-PERP.LIGHTER`). */
  readonly instrumentId: string;
  /** Which subscription the event concerns. */
  readonly dataType: DataStreamType;
  /** Venue channel, e.g. `order_book/0`. */
  readonly channel: string;
  /** Streaming-layer reason: `reconnect`, `gap`, `duplicate`, `out_of_order`, `invalid`, `stale`, `auth_refresh`. */
  readonly reason: string;
  /** When this client built the object, Unix ms. */
  readonly tsInit: number;
}

/** The venue confirmed the stream again after a {@link DataGap}; fresh data (a book snapshot) follows. */
export interface DataResumed {
  /** Nautilus InstrumentId (`ETH-PERP.LIGHTER`). */
  readonly instrumentId: string;
  /** Which subscription the event concerns. */
  readonly dataType: DataStreamType;
  /** Venue channel, e.g. `order_book/0`. */
  readonly channel: string;
  /** How long the stream was invalid, ms. */
  readonly gapMs: number;
  /** When this client built the object, Unix ms. */
  readonly tsInit: number;
}

/** A price level. */
export interface BookLevelView {
  /** Level price, decimal string. */
  readonly price: string;
  /** Total size resting at the price, decimal string in base units. */
  readonly size: string;
}

/** Top-10 view (`OrderBookDepth10`). */
export interface OrderBookDepth10 {
  /** Nautilus InstrumentId (`ETH-PERP.LIGHTER`). */
  readonly instrumentId: string;
  /** Bid levels, best (highest) first. */
  readonly bids: readonly BookLevelView[];
  /** Ask levels, best (lowest) first. */
  readonly asks: readonly BookLevelView[];
  /** Venue book nonce of the message this view reflects. */
  readonly sequence: number;
  /** When the venue produced it, Unix ms. */
  readonly tsEvent: number;
  /** When this client built the object, Unix ms. */
  readonly tsInit: number;
}

/** REST book snapshot (levels aggregated from resting orders). */
export interface OrderBookSnapshot {
  /** Nautilus InstrumentId (`ETH-PERP.LIGHTER`). */
  readonly instrumentId: string;
  /** Bid levels, best (highest) first. */
  readonly bids: readonly BookLevelView[];
  /** Ask levels, best (lowest) first. */
  readonly asks: readonly BookLevelView[];
  /** When the snapshot was read, Unix ms. */
  readonly tsInit: number;
}

/** Best bid / ask. */
export interface QuoteTick {
  /** Nautilus InstrumentId (`ETH-PERP.LIGHTER`). */
  readonly instrumentId: string;
  /** Best bid price, decimal string. */
  readonly bidPrice: string;
  /** Best ask price, decimal string. */
  readonly askPrice: string;
  /** Size at the best bid, decimal string in base units. */
  readonly bidSize: string;
  /** Size at the best ask, decimal string in base units. */
  readonly askSize: string;
  /** When the venue produced it, Unix ms. */
  readonly tsEvent: number;
  /** When this client built the object, Unix ms. */
  readonly tsInit: number;
}

/** A public trade. */
export interface TradeTick {
  /** Nautilus InstrumentId (`ETH-PERP.LIGHTER`). */
  readonly instrumentId: string;
  /** Trade price, decimal string. */
  readonly price: string;
  /** Traded size, decimal string in base units. */
  readonly size: string;
  /** Side that crossed the spread (the taker): BUYER when the maker was the ask. */
  readonly aggressorSide: 'BUYER' | 'SELLER' | 'NO_AGGRESSOR';
  /** Venue trade id as a string. */
  readonly tradeId: string;
  /** When the venue produced it, Unix ms. */
  readonly tsEvent: number;
  /** When this client built the object, Unix ms. */
  readonly tsInit: number;
}

/** A closed bar; `tsEvent` is the close time. */
export interface Bar {
  /** Nautilus bar type string (`ETH-PERP.LIGHTER-5-MINUTE-LAST-EXTERNAL`). */
  readonly barType: string;
  /** Nautilus InstrumentId (`ETH-PERP.LIGHTER`). */
  readonly instrumentId: string;
  /** First trade price of the bar, decimal string. */
  readonly open: string;
  /** Highest trade price of the bar, decimal string. */
  readonly high: string;
  /** Lowest trade price of the bar, decimal string. */
  readonly low: string;
  /** Last trade price of the bar, decimal string. */
  readonly close: string;
  /** Base volume traded in the bar, decimal string. */
  readonly volume: string;
  /** Close time of the bar, Unix ms. */
  readonly tsEvent: number;
  /** When this client built the object, Unix ms. */
  readonly tsInit: number;
}

/** Mark price update. */
export interface MarkPriceUpdate {
  /** Nautilus InstrumentId (`ETH-PERP.LIGHTER`). */
  readonly instrumentId: string;
  /** The price, decimal string. */
  readonly value: string;
  /** When the venue produced it, Unix ms. */
  readonly tsEvent: number;
  /** When this client built the object, Unix ms. */
  readonly tsInit: number;
}

/** Index price update. */
export type IndexPriceUpdate = MarkPriceUpdate;

/** Funding rate (the venue's estimate for the upcoming payment when live). */
export interface FundingRateUpdate {
  /** Nautilus InstrumentId (`ETH-PERP.LIGHTER`). */
  readonly instrumentId: string;
  /** Funding rate per interval, decimal string as the venue reports it. */
  readonly rate: string;
  /** Funding interval in minutes (Lighter: 60). */
  readonly intervalMins: number;
  /** When the next funding is paid, Unix ms; undefined when the venue did not say. */
  readonly nextFundingMs: number | undefined;
  /** When the venue produced it, Unix ms. */
  readonly tsEvent: number;
  /** When this client built the object, Unix ms. */
  readonly tsInit: number;
}

/** Candle resolutions: live subscriptions support all but `1w` (REST only, parity D7). */
export type BarResolution = CandleResolution;

/**
 * Milliseconds of a resolution (the models table shared with http pagination and the simulator).
 * @example resolutionMs('5m') // 300000
 * @throws never
 */
export function resolutionMs(resolution: BarResolution): number {
  return CANDLE_RESOLUTION_MS[resolution];
}

/**
 * Nautilus bar type string for a resolution (`ETH-PERP.LIGHTER-5-MINUTE-LAST-EXTERNAL`).
 * @example barTypeOf('ETH-PERP.LIGHTER', '1h')
 * @throws never
 */
export function barTypeOf(instrumentId: string, resolution: BarResolution): string {
  const n = Number.parseInt(resolution, 10);
  const unit = resolution.endsWith('m')
    ? 'MINUTE'
    : resolution.endsWith('h')
      ? 'HOUR'
      : resolution.endsWith('d')
        ? 'DAY'
        : 'WEEK';
  return `${instrumentId}-${n}-${unit}-LAST-EXTERNAL`;
}
