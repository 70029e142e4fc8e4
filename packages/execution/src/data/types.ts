/** Nautilus market-data shapes (docs/protocol/nautilus.md#parity-checklist, docs/protocol/nautilus.md#instruments). Decimals are strings, timestamps Unix ms. */
import { CANDLE_RESOLUTION_MS, type CandleResolution } from '@lighter-ts/models';

/** Nautilus `BookAction` (docs/protocol/nautilus.md#instruments). */
export const BOOK_ACTION = { ADD: 1, UPDATE: 2, DELETE: 3, CLEAR: 4 } as const;
/** Literal union of {@link BOOK_ACTION}. */
export type BookAction = (typeof BOOK_ACTION)[keyof typeof BOOK_ACTION];

/** Nautilus `RecordFlag` bits (docs/protocol/nautilus.md#instruments). */
export const RECORD_FLAG = { F_LAST: 128, F_TOB: 64, F_SNAPSHOT: 32, F_MBP: 16 } as const;

/** Nautilus book types; Lighter supports L2_MBP only. */
export type BookType = 'L1_MBP' | 'L2_MBP' | 'L3_MBO';

/** One book delta. `orderId` is 0 for L2 levels. */
export interface OrderBookDelta {
  readonly instrumentId: string;
  readonly action: BookAction;
  readonly side: 'BUY' | 'SELL' | 'NO_ORDER_SIDE';
  readonly price: string;
  readonly size: string;
  readonly orderId: 0;
  readonly flags: number;
  /** Venue book nonce. */
  readonly sequence: number;
  readonly tsEvent: number;
  readonly tsInit: number;
}

/** Deltas of one venue message; the last one carries F_LAST. */
export interface OrderBookDeltas {
  readonly instrumentId: string;
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
  readonly instrumentId: string;
  readonly dataType: DataStreamType;
  /** Venue channel, e.g. `order_book/0`. */
  readonly channel: string;
  /** Streaming-layer reason: `reconnect`, `gap`, `duplicate`, `out_of_order`, `invalid`, `stale`, `auth_refresh`. */
  readonly reason: string;
  readonly tsInit: number;
}

/** The venue confirmed the stream again after a {@link DataGap}; fresh data (a book snapshot) follows. */
export interface DataResumed {
  readonly instrumentId: string;
  readonly dataType: DataStreamType;
  readonly channel: string;
  /** How long the stream was invalid, ms. */
  readonly gapMs: number;
  readonly tsInit: number;
}

/** A price level. */
export interface BookLevelView {
  readonly price: string;
  readonly size: string;
}

/** Top-10 view (`OrderBookDepth10`). */
export interface OrderBookDepth10 {
  readonly instrumentId: string;
  readonly bids: readonly BookLevelView[];
  readonly asks: readonly BookLevelView[];
  readonly sequence: number;
  readonly tsEvent: number;
  readonly tsInit: number;
}

/** REST book snapshot (levels aggregated from resting orders). */
export interface OrderBookSnapshot {
  readonly instrumentId: string;
  readonly bids: readonly BookLevelView[];
  readonly asks: readonly BookLevelView[];
  readonly tsInit: number;
}

/** Best bid / ask. */
export interface QuoteTick {
  readonly instrumentId: string;
  readonly bidPrice: string;
  readonly askPrice: string;
  readonly bidSize: string;
  readonly askSize: string;
  readonly tsEvent: number;
  readonly tsInit: number;
}

/** A public trade. */
export interface TradeTick {
  readonly instrumentId: string;
  readonly price: string;
  readonly size: string;
  readonly aggressorSide: 'BUYER' | 'SELLER' | 'NO_AGGRESSOR';
  readonly tradeId: string;
  readonly tsEvent: number;
  readonly tsInit: number;
}

/** A closed bar; `tsEvent` is the close time. */
export interface Bar {
  readonly barType: string;
  readonly instrumentId: string;
  readonly open: string;
  readonly high: string;
  readonly low: string;
  readonly close: string;
  readonly volume: string;
  readonly tsEvent: number;
  readonly tsInit: number;
}

/** Mark price update. */
export interface MarkPriceUpdate {
  readonly instrumentId: string;
  readonly value: string;
  readonly tsEvent: number;
  readonly tsInit: number;
}

/** Index price update. */
export type IndexPriceUpdate = MarkPriceUpdate;

/** Funding rate (the venue's estimate for the upcoming payment when live). */
export interface FundingRateUpdate {
  readonly instrumentId: string;
  readonly rate: string;
  /** Funding interval in minutes (Lighter: 60). */
  readonly intervalMins: number;
  readonly nextFundingMs: number | undefined;
  readonly tsEvent: number;
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
