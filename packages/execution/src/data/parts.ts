/**
 * The data client's wiring: resolves its config and read-only token, and builds its event emitter, REST client,
 * read-only WebSocket client and instrument provider from its options. One job: construction (inert, no I/O);
 * the client (./client.ts) keeps the public contract and delegates here.
 */
import { LighterHttpClient, type ReadOnlyAuth, readOnlyTokenAuth } from '@lighter-ts/http';
import { LighterWsClient } from '@lighter-ts/streaming';
import { type ResolvedClientConfig, resolveClientConfig } from '../config/config.js';
import { ExecutionConfigError } from '../errors.js';
import { type InstrumentProvider, instrumentProviderOver } from '../instruments/provider.js';
import { Emitter } from '../util/emitter.js';
import type { DataClientEvents, LighterDataClientOptions } from './options.js';

/** Every collaborator of a data client, wired together; see {@link buildDataParts}. */
export interface DataParts {
  /** The resolved configuration. */
  readonly config: ResolvedClientConfig;
  /** The read-only token as an auth source (undefined without `readOnlyToken`). */
  readonly readOnly: ReadOnlyAuth | undefined;
  /** The client's event emitter (listener exceptions are re-emitted as `error`). */
  readonly events: Emitter<DataClientEvents>;
  /** REST client (injected, or owned). */
  readonly http: LighterHttpClient;
  /** True when `http` was built here, so the client closes it. */
  readonly ownsHttp: boolean;
  /** WebSocket client (injected, or an owned read-only one). */
  readonly ws: LighterWsClient;
  /** True when `ws` was built here, so the client closes it. */
  readonly ownsWs: boolean;
  /** Instruments of the venue; its status events reach `instrumentStatus` for ids in `statusSubs` only. */
  readonly instruments: InstrumentProvider;
  /** Instrument ids whose status is subscribed. */
  readonly statusSubs: Set<string>;
  /** Clock in ms since the epoch. */
  readonly now: () => number;
  /** Staleness watchdog per market-data stream (undefined: off). */
  readonly staleAfterMs: number | undefined;
}

/**
 * Builds and wires the parts of a data client from its options. Inert: no I/O.
 * @example
 * const parts = buildDataParts({ config: { network: 'testnet' } });
 * parts.events.on('instrument', (i) => console.log(i.instrumentId));
 * @throws ExecutionConfigError for an invalid config or read-only token (`fields` names it; the token is never echoed)
 */
export function buildDataParts(options: LighterDataClientOptions): DataParts {
  const config = resolveClientConfig({
    config: options.config ?? {},
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  const readOnly = readOnlyAuthOf(options.readOnlyToken, config.network);
  const auth = readOnly === undefined ? {} : { auth: readOnly };
  const now = options.now ?? Date.now;
  const staleAfterMs = options.staleAfterMs;
  const statusSubs = new Set<string>();
  const events: Emitter<DataClientEvents> = new Emitter({ onListenerError: (e) => events.emit('error', e) });
  const ownsHttp = options.http === undefined;
  const http =
    options.http ??
    new LighterHttpClient({
      network: config.network,
      headersTimeoutMs: config.httpTimeoutMs,
      rateLimits: {
        budget: {
          restPerMinute: config.restQuotaPerMin,
          txPerMinute: config.sendTxQuotaPerMin,
          weighted: false,
        },
      },
      ...auth,
    });
  const ownsWs = options.ws === undefined;
  const ws =
    options.ws ??
    new LighterWsClient({
      network: config.network,
      readonly: true,
      connectTimeoutMs: config.wsTimeoutMs,
      ...auth,
    });
  const instruments = instrumentProviderOver({
    http,
    loadBinaryOptions: options.loadBinaryOptions,
    venue: config.venue,
  });
  instruments.listen({
    onInstrument: (i) => events.emit('instrument', i),
    onStatus: (s) => {
      if (statusSubs.has(s.instrumentId)) events.emit('instrumentStatus', s);
    },
    onRefreshError: (e) => events.emit('error', e),
  });
  return { config, readOnly, events, http, ownsHttp, ws, ownsWs, instruments, statusSubs, now, staleAfterMs };
}

/** The read-only token as an auth source, or a config error that names the field without echoing the token. */
function readOnlyAuthOf(token: string | undefined, network: LighterClientNetwork): ReadOnlyAuth | undefined {
  if (token === undefined) return undefined;
  try {
    return readOnlyTokenAuth({ token, network });
  } catch (cause) {
    throw new ExecutionConfigError({
      message:
        'invalid config: readOnlyToken must be a read-only API token ro:{account_index}:{single|all}:{expiry}:{hex}',
      fields: ['readOnlyToken'],
      cause,
    });
  }
}

type LighterClientNetwork = ResolvedClientConfig['network'];
