/**
 * Instrument provider: loads perp + spot instruments from `orderBookDetails`, keeps a
 * bidirectional market_index <-> InstrumentId map, refreshes periodically (re-emitting every
 * instrument and its status, parity I4/I5; NT default 60 min) and is restart-safe (I6).
 */
import type { LighterHttpClient } from '@lighter-ts/http';
import type { Events } from '@lighter-ts/models';
import { binaryOptionsFromEvent } from './binary-option.js';
import { EXECUTION_ERROR_CODE, ExecutionError } from '../errors.js';
import type { LighterInstrument } from './instrument.js';
import { type InstrumentDetails, parseInstruments } from './parse.js';

/** Nautilus market status from the venue status (parity I5). */
export type InstrumentStatusAction = 'TRADING' | 'NOT_AVAILABLE_FOR_TRADING';

/** An instrument status event. */
export interface InstrumentStatus {
  /** InstrumentId whose status changed. */
  readonly instrumentId: string;
  /** TRADING when the venue status is `active`, else NOT_AVAILABLE_FOR_TRADING. */
  readonly action: InstrumentStatusAction;
  /** The venue's market status as it spells it (`active`, `inactive`, …). */
  readonly venueStatus: string;
  /** When the change was seen, Unix ms. */
  readonly tsEvent: number;
}

/** Listener set of the provider. */
export interface InstrumentProviderListeners {
  /** An instrument was loaded or changed. */
  onInstrument?(instrument: LighterInstrument): void;
  /** A market's trading status changed. */
  onStatus?(status: InstrumentStatus): void;
  /** A periodic refresh failed (the previous instruments stay in use). */
  onRefreshError?(error: unknown): void;
}

/**
 * @example
 * const provider = new InstrumentProvider({ fetchDetails: (signal) => http.orderBookDetails({}, { signal }) });
 * await provider.load();
 * provider.byId('ETH-PERP.LIGHTER')
 */
export class InstrumentProvider {
  readonly #fetch: (signal?: AbortSignal) => Promise<InstrumentDetails>;
  readonly #venue: string;
  readonly #fetchEvents: ((signal?: AbortSignal) => Promise<Pick<Events, 'events'>>) | undefined;
  readonly #listeners = new Set<InstrumentProviderListeners>();
  #byId = new Map<string, LighterInstrument>();
  #byMarket = new Map<number, LighterInstrument>();
  #timer: ReturnType<typeof setInterval> | undefined;
  #closed = false;
  #abort = new AbortController();

  /**
   * `fetchEvents` (optional) answers the `events` route: its Up/Down markets become `BinaryOption` instruments
   * (docs/protocol/binary-options.md#events), since `orderBookDetails` does not list them. Both answer parsed
   * values (http's `orderBookDetails` / `events` parse with models' schemas); a bad answer is the fetch's
   * rejection (http's `LighterHttpParseError`), which `load` passes on.
   */
  constructor(params: {
    fetchDetails: (signal?: AbortSignal) => Promise<InstrumentDetails>;
    fetchEvents?: (signal?: AbortSignal) => Promise<Pick<Events, 'events'>>;
    venue?: string;
  }) {
    this.#fetch = params.fetchDetails;
    this.#fetchEvents = params.fetchEvents;
    this.#venue = params.venue ?? 'LIGHTER';
  }

  /** Adds listeners; returns a remover. @throws never */
  listen(listeners: InstrumentProviderListeners): () => void {
    this.#listeners.add(listeners);
    return () => this.#listeners.delete(listeners);
  }

  /**
   * Fetches and (re)builds the registry, then emits every instrument and its status.
   * @throws whatever the fetch throws (transport / venue / parse errors); the registry is then left as it was
   */
  async load(params: { signal?: AbortSignal } = {}): Promise<LighterInstrument[]> {
    const response = await this.#fetch(params.signal);
    const list = parseInstruments({ response, venue: this.#venue });
    if (this.#fetchEvents) {
      const { events } = await this.#fetchEvents(params.signal);
      for (const event of events) list.push(...binaryOptionsFromEvent({ event, venue: this.#venue }));
    }
    this.#byId = new Map(list.map((i) => [i.instrumentId, i]));
    this.#byMarket = new Map(list.map((i) => [i.marketIndex, i]));
    const ts = Date.now();
    for (const l of this.#listeners) {
      for (const i of list) {
        l.onInstrument?.(i);
        l.onStatus?.(statusOf(i, ts));
      }
    }
    return list;
  }

  /**
   * Starts the periodic refresh (0 disables). Errors go to `onRefreshError`; the registry is kept.
   * @throws never
   */
  startRefresh(params: { intervalMins: number }): void {
    if (this.#closed || this.#timer !== undefined || params.intervalMins <= 0) return;
    this.#timer = setInterval(() => {
      this.load({ signal: this.#abort.signal }).catch((e: unknown) => {
        for (const l of this.#listeners) l.onRefreshError?.(e);
      });
    }, params.intervalMins * 60_000);
    this.#timer.unref?.();
  }

  /** @throws never */
  byId(instrumentId: string): LighterInstrument | undefined {
    return this.#byId.get(instrumentId);
  }
  /** @throws never */
  byMarketIndex(marketIndex: number): LighterInstrument | undefined {
    return this.#byMarket.get(marketIndex);
  }
  /**
   * @throws ExecutionError (code INSTRUMENT_NOT_FOUND)
   */
  require(instrumentId: string): LighterInstrument {
    const i = this.#byId.get(instrumentId);
    if (i === undefined)
      throw new ExecutionError({
        code: EXECUTION_ERROR_CODE.INSTRUMENT_NOT_FOUND,
        message: `unknown instrument ${instrumentId}`,
      });
    return i;
  }
  /** @throws never */
  all(): LighterInstrument[] {
    return [...this.#byId.values()];
  }
  /** Status of a cached instrument. @throws never */
  status(instrumentId: string): InstrumentStatus | undefined {
    const i = this.#byId.get(instrumentId);
    return i === undefined ? undefined : statusOf(i, Date.now());
  }

  /** Stops the refresh timer and aborts an in-flight refresh. Idempotent. @throws never */
  close(): void {
    this.#closed = true;
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#abort.abort();
  }
}

function statusOf(i: LighterInstrument, ts: number): InstrumentStatus {
  return {
    instrumentId: i.instrumentId,
    action: i.status === 'active' ? 'TRADING' : 'NOT_AVAILABLE_FOR_TRADING',
    venueStatus: i.status,
    tsEvent: ts,
  };
}

/**
 * The provider both clients build: instruments from `http`'s `orderBookDetails` and, with `loadBinaryOptions`, the
 * Up/Down markets of its `events` answer (first 100 events).
 * @example const instruments = instrumentProviderOver({ http, loadBinaryOptions: true }); await instruments.load();
 * @throws never
 */
export function instrumentProviderOver(params: {
  http: LighterHttpClient;
  loadBinaryOptions?: boolean | undefined;
  venue?: string;
}): InstrumentProvider {
  const { http } = params;
  const opts = (signal?: AbortSignal) => (signal === undefined ? {} : { signal });
  return new InstrumentProvider({
    fetchDetails: (signal) => http.orderBookDetails({}, opts(signal)),
    ...(params.loadBinaryOptions === true
      ? { fetchEvents: (signal?: AbortSignal) => http.events({ limit: 100 }, opts(signal)) }
      : {}),
    ...(params.venue === undefined ? {} : { venue: params.venue }),
  });
}
