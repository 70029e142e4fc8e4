/**
 * The connection half of the execution-backed canary venue: the signer wrapper that registers every auth token as a
 * secret, and the REST and WS clients instrumented so the compliance report sees HTTP 429 retries and WS drops and
 * reconnects. `createExecutionVenue` hands these to the execution and data clients.
 */
import type { ExecSigner } from '@lighter-ts/execution';
import { createAuthTokenProvider, type HttpEvent, LighterHttpClient } from '@lighter-ts/http';
import type { Network } from '@lighter-ts/models';
import { createSigner } from '@lighter-ts/signing';
import { LighterWsClient } from '@lighter-ts/streaming';
import type { CanaryCredentials } from './credentials.js';
import type { RateLimitSignal, VenueIncident } from './venue.js';

/** What {@link connectVenue} wires: the network, the account's key, and where secrets and signals go. */
export interface VenueConnectionParams {
  /** The resolved target network. */
  net: Network;
  /** A local simulator: no client-side rate limits. */
  isLocal: boolean;
  /** The account's API key. */
  credentials: CanaryCredentials;
  /** Every secret of the run; minted auth tokens are added. */
  secrets: Set<string>;
  /** Retries the REST client announced and has not made yet, by `${route}#${attempt}`. */
  announced: Set<string>;
  /** Receivers of rate-limit hits and retries. */
  rateListeners: Set<(v: RateLimitSignal) => void>;
  /** Receives WS drops, reconnect attempts and reconnects. */
  emitIncident: (i: VenueIncident) => void;
  /** Called with every auth token minted, so output redaction knows it at once. */
  onSecret?: (secret: string) => void;
}

/**
 * Builds the signer wrapper and the instrumented REST and WS clients. Inert: no I/O until the clients connect.
 * @example const { signer, http, ws } = connectVenue({ net, isLocal: true, credentials, secrets, announced, rateListeners, emitIncident });
 * @throws whatever `createSigner` throws for an invalid key (the caller maps it)
 */
export function connectVenue(params: VenueConnectionParams): {
  signer: ExecSigner;
  http: LighterHttpClient;
  ws: LighterWsClient;
} {
  const { net, isLocal, credentials, secrets, announced, rateListeners, emitIncident } = params;
  const base = createSigner({
    network: net,
    accountIndex: credentials.accountIndex,
    apiKeyIndex: credentials.apiKeyIndex,
    privateKey: credentials.apiSecret,
  });
  // Wraps the real signer: registers auth tokens as secrets.
  const signer: ExecSigner = {
    // Carried so the clients check the network of what this signer makes.
    networkId: base.networkId,
    chainId: base.chainId,
    signCreateOrder: (p) => base.signCreateOrder(p),
    signCancelOrder: (p) => base.signCancelOrder(p),
    signModifyOrder: (p) => base.signModifyOrder(p),
    signCreateGroupedOrders: (p) => base.signCreateGroupedOrders(p),
    createAuthToken: (p) => {
      const token = base.createAuthToken(p);
      secrets.add(token);
      params.onSecret?.(token);
      return token;
    },
  };
  const auth = createAuthTokenProvider({ signer, ttlSeconds: 3600 });
  const onHttpEvent = (e: HttpEvent): void => {
    if (e.type === 'retry' && /RATE/i.test(e.reason)) {
      const key = `${e.route}#${e.attempt}`;
      announced.add(key);
      for (const l of rateListeners)
        l({
          type: 'hit',
          key,
          operation: `REST ${e.route}`,
          attempt: e.attempt,
          delayMs: e.delayMs,
          reason: `${e.reason} (retry announced by the REST client)`,
        });
    } else if (e.type === 'request' && announced.delete(`${e.route}#${e.attempt}`)) {
      // The announced retry really went out: only now is it counted as a retry.
      for (const l of rateListeners) l({ type: 'retried', key: `${e.route}#${e.attempt}` });
    }
    // A client-side quota rejection surfaces as a RateLimitError to the caller, where the
    // canary's own retry records it; recording the event too would count it twice.
  };
  const http = new LighterHttpClient({
    network: net,
    auth,
    onEvent: onHttpEvent,
    // docs/protocol/errors-and-limits.md#rate-limits: standard tier is 60 REST requests and 60 sendTx per minute. The local
    // simulator has no such budget, so the client-side limiter is off there to keep runs fast.
    rateLimits: isLocal ? false : { budget: { restPerMinute: 60, txPerMinute: 60, weighted: false } },
    rateLimitAccount: credentials.accountIndex,
  });
  const ws = new LighterWsClient({ network: net, auth });
  let opened = 0;
  ws.on('open', () => {
    opened++;
    if (opened > 1) emitIncident({ kind: 'ws-reconnected', detail: `connection ${opened} open` });
  });
  ws.on('close', (c) =>
    emitIncident({ kind: 'ws-disconnected', detail: `close code ${c.code}${c.reason ? ` (${c.reason})` : ''}` }),
  );
  ws.on('reconnecting', (r) =>
    emitIncident({ kind: 'ws-reconnecting', detail: `attempt ${r.attempt} in ${r.delayMs} ms` }),
  );
  return { signer, http, ws };
}

/**
 * The execution config's custom-network form of a resolved network (identity and collateral kept).
 * @example new LighterDataClient({ config: { network: configNetwork(net) }, env: {}, http, now: Date.now });
 * @throws never
 */
export function configNetwork(net: Network) {
  return {
    httpUrl: net.httpUrl,
    wsUrl: net.wsUrl,
    chainId: net.chainId,
    networkId: net.networkId,
    displayName: net.displayName,
    collateral: net.collateral,
    isMainnet: net.isMainnet,
  };
}
