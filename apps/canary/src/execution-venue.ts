/**
 * {@link CanaryVenue} over @lighter-ts/execution's `LighterExecutionClient`: every order
 * operation (submit, cancel, events, REST order status, open orders) goes through the
 * execution client. The canary injects the collaborators the client accepts
 * (`http`, `ws`, `signer`, `identityStore`) so it can observe what a compliance report
 * needs: auth tokens registered as secrets (signer wrapper; the nonce and tx hash of each
 * tx come from the client's command results), WS drops and reconnects (ws events) and HTTP 429 retries (http events).
 * Instruments and the order book come from the execution package's `LighterDataClient`.
 * This module wires them into a `CanaryVenue`; the connection (signer wrapper, instrumented clients) is in
 * `execution-venue-connection.ts`, submit and cancel in `execution-venue-commands.ts`, and the event adaptation in
 * `execution-venue-events.ts`.
 */
import {
  InMemoryIdentityStore,
  LighterDataClient,
  LighterExecutionClient,
  type OrderStatusReport,
} from '@lighter-ts/execution';
import { type Network, type NetworkName, resolveNetwork } from '@lighter-ts/models';
import type { CanaryCredentials } from './credentials.js';
import { fromUnits } from './decimal.js';
import { CANARY_ERROR_CODE, CanaryError } from './errors.js';
import { toMarket } from './execution-mapping.js';
import { cancelOrder, submitOrder } from './execution-venue-commands.js';
import { configNetwork, connectVenue } from './execution-venue-connection.js';
import { orderObserver, reportObservation } from './execution-venue-events.js';
import type {
  NautilusEventObservation,
  CanaryMarket,
  CanaryVenue,
  OrderObservation,
  RateLimitSignal,
  TopOfBook,
  TxAck,
  VenueIncident,
} from './venue.js';
import { startWsOrderTap } from './ws-order-tap.js';

/** Target of {@link createExecutionVenue}: a network name or a models `Network` (e.g. the simulator's `sim.network`). */
export type ExecutionVenueNetwork = NetworkName | Network;

type Listener<T> = (v: T) => void;

/**
 * Build the execution-backed venue. Construction is inert: no I/O until `connect`.
 *
 * @example
 * const venue = createExecutionVenue({ network: 'testnet', credentials, clock: Date.now });
 * await venue.connect({ signal });
 * @throws CanaryError (CANARY_CONFIG) when the credentials are rejected by the execution config
 */
export function createExecutionVenue(params: {
  network: ExecutionVenueNetwork;
  /** A local simulator: no client-side rate limits (it has no such budget). Default false. */
  local?: boolean;
  credentials: CanaryCredentials;
  clock: () => number;
  /** Called with every secret minted during the run (auth tokens), so output redaction knows it at once. */
  onSecret?: (secret: string) => void;
}): CanaryVenue {
  // One table for hosts and chain ids (models; docs/protocol/networks.md#hosts-and-chain-ids).
  const net = resolveNetwork(params.network);
  const isLocal = params.local ?? false;
  const { credentials, clock } = params;
  const secrets = new Set<string>([credentials.apiSecret]);
  const orderListeners = new Set<Listener<OrderObservation>>();
  const incidentListeners = new Set<Listener<VenueIncident>>();
  const rateListeners = new Set<Listener<RateLimitSignal>>();
  const eventListeners = new Set<Listener<NautilusEventObservation>>();
  const identities = new InMemoryIdentityStore();
  // Retries the REST client announced and has not made yet, by `${route}#${attempt}`.
  const announced = new Set<string>();
  const emitIncident = (i: VenueIncident): void => {
    for (const l of incidentListeners) l(i);
  };

  const { signer, http, ws } = connectVenue({
    net,
    isLocal,
    credentials,
    secrets,
    announced,
    rateListeners,
    emitIncident,
    ...(params.onSecret === undefined ? {} : { onSecret: params.onSecret }),
  });

  const books = new Map<number, TopOfBook>();
  const instrumentMarkets = new Map<string, number>();
  const exec: LighterExecutionClient = new LighterExecutionClient({
    config: {
      network: configNetwork(net),
      accountIndex: credentials.accountIndex,
      apiKeyIndex: credentials.apiKeyIndex,
      privateKey: credentials.apiSecret,
    },
    env: {},
    signer,
    http,
    ws,
    // A canary run must not leave identity files behind; its orders live for one run only.
    identityStore: identities,
    quoteSource: (instrumentId: string): { bid?: string; ask?: string } | undefined => {
      const m = instrumentMarkets.get(instrumentId);
      const b = m === undefined ? undefined : books.get(m);
      return b === undefined
        ? undefined
        : {
            ...(b.bestBid === undefined ? {} : { bid: b.bestBid }),
            ...(b.bestAsk === undefined ? {} : { ask: b.bestAsk }),
          };
    },
    now: clock,
  });

  // Market data (instruments, order book) comes from the execution package's data client, on its
  // own read-only WS connection (parity C4), sharing the instrumented REST client.
  const data = new LighterDataClient({
    config: { network: configNetwork(net) },
    env: {},
    http,
    now: clock,
  });
  const offDepth = data.on('depth10', (d) => {
    const m = instrumentMarkets.get(d.instrumentId);
    if (m !== undefined) books.set(m, { bestBid: d.bids[0]?.price, bestAsk: d.asks[0]?.price });
  });

  const instrumentOf = (market: CanaryMarket): string => market.instrumentId ?? '';
  const observe = orderObserver({ exec, clock, eventListeners, orderListeners });
  exec.on('order', observe);

  const fromReport = (r: OrderStatusReport, fallbackId: string): OrderObservation =>
    reportObservation(r, fallbackId, clock);
  let stopTap: (() => void) | undefined;
  let firstQuota: number | null = null;

  const submit = (order: Parameters<LighterExecutionClient['submitOrder']>[0], signal: AbortSignal): Promise<TxAck> =>
    submitOrder({
      exec,
      order,
      signal,
      onQuota: (q) => {
        // Every canary tx that spends quota is a submit, so the first answer that reports it is the "before".
        firstQuota ??= q;
      },
    });

  return {
    endpoint: {
      httpUrl: net.httpUrl,
      wsUrl: net.wsUrl,
      chainId: net.chainId,
      networkId: net.networkId,
      collateral: net.collateral.symbol,
    },
    account: { accountIndex: String(credentials.accountIndex), apiKeyIndex: credentials.apiKeyIndex },
    secrets: () => [...secrets],
    async connect({ signal }) {
      // Execution: instruments, nonce baseline, WS and the five account streams (gate: first frame
      // of each). Data: instruments and the read-only market-data WS.
      await exec.connect({ signal });
      stopTap ??= startWsOrderTap({
        ws,
        accountIndex: credentials.accountIndex,
        identities,
        clock,
        emit: (o) => {
          for (const l of orderListeners) l(o);
        },
      });
      await data.connect({ signal });
    },
    async loadMarkets({ signal }) {
      return (await data.requestInstruments({ signal })).map(toMarket);
    },
    async subscribe({ market, signal }) {
      if (market.instrumentId === null)
        throw new CanaryError({
          code: CANARY_ERROR_CODE.MARKET,
          message: `market ${market.symbol} has no instrument id`,
        });
      const instrumentId = market.instrumentId;
      instrumentMarkets.set(instrumentId, market.marketIndex);
      return new Promise<TopOfBook>((resolve, reject) => {
        const done = (): void => {
          off();
          signal.removeEventListener('abort', onAbort);
        };
        const onAbort = (): void => {
          done();
          reject(signal.reason);
        };
        const off = data.on('depth10', (d) => {
          if (d.instrumentId !== instrumentId || (d.bids.length === 0 && d.asks.length === 0)) return;
          done();
          resolve({ bestBid: d.bids[0]?.price, bestAsk: d.asks[0]?.price });
        });
        signal.addEventListener('abort', onAbort, { once: true });
        data.subscribeBookDepth10({ instrumentId });
      });
    },
    topOfBook(market) {
      return books.get(market.marketIndex) ?? { bestBid: undefined, bestAsk: undefined };
    },
    onOrderUpdate(listener) {
      orderListeners.add(listener);
      return () => orderListeners.delete(listener);
    },
    onIncident(listener) {
      incidentListeners.add(listener);
      return () => incidentListeners.delete(listener);
    },
    onOrderEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onRateLimit(listener) {
      rateListeners.add(listener);
      return () => rateListeners.delete(listener);
    },
    submitPostOnly({ market, side, priceUnits, sizeUnits, clientOrderId, signal }) {
      return submit(
        {
          clientOrderId,
          instrumentId: instrumentOf(market),
          side: side === 'buy' ? 'BUY' : 'SELL',
          type: 'LIMIT',
          quantity: fromUnits({ units: sizeUnits, decimals: market.sizeDecimals }),
          price: fromUnits({ units: priceUnits, decimals: market.priceDecimals }),
          timeInForce: 'GTC',
          postOnly: true,
        },
        signal,
      );
    },
    submitTaker({ market, side, sizeUnits, worstPriceUnits, reduceOnly, clientOrderId, signal }) {
      return submit(
        {
          clientOrderId,
          instrumentId: instrumentOf(market),
          side: side === 'buy' ? 'BUY' : 'SELL',
          type: 'LIMIT',
          quantity: fromUnits({ units: sizeUnits, decimals: market.sizeDecimals }),
          price: fromUnits({ units: worstPriceUnits, decimals: market.priceDecimals }),
          timeInForce: 'IOC',
          reduceOnly,
        },
        signal,
      );
    },
    cancel: ({ clientOrderId, signal }) => cancelOrder({ exec, clientOrderId, signal }),
    async queryOrder({ market, clientOrderId, venueOrderId, signal }) {
      const known = exec.identity.get(clientOrderId) !== undefined;
      if (!known && venueOrderId === undefined) return null;
      const r = await exec.generateOrderStatusReport({
        instrumentId: instrumentOf(market),
        ...(known ? { clientOrderId } : {}),
        ...(venueOrderId === undefined ? {} : { venueOrderId }),
        signal,
      });
      return r ? fromReport(r, clientOrderId) : null;
    },
    async openOrders({ market, signal }) {
      const reports = await exec.generateOrderStatusReports({
        instrumentId: instrumentOf(market),
        openOnly: true,
        signal,
      });
      return reports.map((r: OrderStatusReport) => fromReport(r, `venue-${r.venueOrderId}`));
    },
    async accountOpenOrders({ market, signal }) {
      const instrumentId = instrumentOf(market);
      const rows = await http.accountActiveOrders(
        { accountIndex: credentials.accountIndex, marketId: market.marketIndex },
        { signal },
      );
      const unaddressable: string[] = [];
      for (const row of rows.orders) {
        const venueOrderId = String(row.order_index);
        const known = identities.getByClientOrderIndex(Number(row.client_order_index));
        if (known === undefined) {
          // Adopt it: reconciliation then maps client_order_index back to this id and the client can cancel it.
          identities.put({
            clientOrderId: `EXT-${venueOrderId}`,
            clientOrderIndex: Number(row.client_order_index),
            venueOrderId,
            instrumentId,
            createdAtMs: clock(),
          });
        } else if (known.venueOrderId !== undefined && known.venueOrderId !== venueOrderId) {
          // Two venue orders share one client order index (placed outside any identity store).
          unaddressable.push(venueOrderId);
        }
      }
      const reports = await exec.generateOrderStatusReports({ instrumentId, openOnly: true, signal });
      return { orders: reports.map((r: OrderStatusReport) => fromReport(r, `venue-${r.venueOrderId}`)), unaddressable };
    },
    async accountTier({ signal }) {
      // Through the execution client, so its account state carries the tier too.
      return (await exec.refreshAccountLimits({ signal })).tier;
    },
    volumeQuota() {
      return { first: firstQuota, latest: exec.account.venueLimits.volumeQuotaRemaining };
    },
    async positions({ signal }) {
      const res = await http.account({ by: 'index', value: String(credentials.accountIndex) }, { signal });
      const out = new Map<number, string>();
      for (const row of res.accounts[0]?.positions ?? []) {
        const size = row.position.replace(/^-/, '');
        if (!/[1-9]/.test(size)) continue;
        out.set(row.market_id, (row.sign ?? 1) < 0 ? `-${size}` : size);
      }
      return out;
    },
    async position({ market, signal }) {
      // The venue has no positions route; `account` (REST) carries them (docs/protocol/rest.md#accounts).
      const res = await http.account({ by: 'index', value: String(credentials.accountIndex) }, { signal });
      const row = res.accounts[0]?.positions.find((p: { market_id: number }) => p.market_id === market.marketIndex);
      if (!row) return '0';
      const size = row.position.replace(/^-/, '');
      return (row.sign ?? 1) < 0 && /[1-9]/.test(size) ? `-${size}` : size;
    },
    async close() {
      offDepth();
      stopTap?.();
      await exec.close();
      await data.close();
      await ws.close();
      await http.close();
    },
  };
}
