/**
 * The execution client's session start: the ordered steps of `connect()` (instruments, API key check, nonce
 * baseline, maker-only status, WS, the five account streams, instrument refresh) and the maker-only read.
 * One job: bring a constructed client's parts up against the venue; the client (./client.ts) guards the call
 * (closed, already connected), combines the abort signals and marks itself connected when this resolves.
 */
import type { LighterHttpClient } from '@lighter-ts/http';
import type { LighterWsClient } from '@lighter-ts/streaming';
import type { AccountStateCache } from '../account/account-state.js';
import type { LighterCredentials, ResolvedClientConfig } from '../config/config.js';
import type { InstrumentProvider } from '../instruments/provider.js';
import type { NonceManager } from '../nonce/nonce-manager.js';
import type { Emitter } from '../util/emitter.js';
import type { AccountStreams } from './account-streams.js';
import type { ExecSigner } from './contracts.js';
import { assertApiKeyRegistered } from './key-check.js';
import type { ExecutionClientEvents } from './options.js';

/** What the session start needs of the execution client. */
export interface SessionContext {
  /** The resolved configuration with credentials. */
  readonly config: ResolvedClientConfig & {
    /** The resolved account, API key slot and private key. */
    readonly credentials: LighterCredentials;
  };
  /** Account state, reset at every start. */
  readonly account: AccountStateCache;
  /** Instruments, loaded first and then refreshed. */
  readonly instruments: InstrumentProvider;
  /** The signer; its public key (when known) is checked against the venue's slot. */
  readonly signer: ExecSigner;
  /** REST client. */
  readonly http: LighterHttpClient;
  /** Nonce manager, resynced from the venue. */
  readonly nonces: NonceManager;
  /** WebSocket client. */
  readonly ws: LighterWsClient;
  /** The five account streams whose first frames gate the start. */
  readonly streams: AccountStreams;
  /** The client's event emitter (a failed maker-only read is reported as `error`). */
  readonly events: Emitter<ExecutionClientEvents>;
  /** Records whether the venue restricts this client's api key to maker-only traffic. */
  readonly setMakerOnly: (makerOnly: boolean) => void;
}

/**
 * Instruments -> API key check (`apikeys`) -> nonce baseline -> maker-only status -> WS -> 5 account streams ->
 * instrument refresh; resolves once every stream has delivered its first frame.
 * @throws ExecutionError NOT_CONNECTED (gate timeout / abort), http / ws errors
 * @throws ApiKeyMismatchError the account's API key slot is empty or holds another key (nothing was sent)
 */
export async function openSession(ctx: SessionContext, signal: AbortSignal): Promise<void> {
  ctx.account.reset();
  await ctx.instruments.load({ signal });
  // Before the nonce baseline: `nextNonce` answers 0 for an empty slot too (docs/protocol/transactions.md#api-keys).
  if (ctx.signer.publicKeyHex !== undefined) {
    const creds = ctx.config.credentials;
    await assertApiKeyRegistered({
      http: ctx.http,
      accountIndex: creds.accountIndex,
      apiKeyIndex: creds.apiKeyIndex,
      publicKeyHex: ctx.signer.publicKeyHex,
      signal,
    });
  }
  await ctx.nonces.resync({ signal });
  await readMakerOnly(ctx, signal);
  await ctx.ws.connect({ signal });
  try {
    await ctx.streams.start({ timeoutMs: ctx.config.connectTimeoutMs, signal });
  } catch (e) {
    // Tear down on a failed gate so a retry starts clean (NT: teardown on timeout).
    ctx.streams.stop();
    throw e;
  }
  ctx.instruments.startRefresh({ intervalMins: ctx.config.updateInstrumentsIntervalMins });
}

/**
 * Whether this client's api key is maker-only (docs/protocol/transactions.md#maker-only-api-keys).
 * A venue that cannot tell (the route refused, e.g. a non-premium account) counts as "not
 * maker-only": the venue still enforces it (62007) and that is reported, not fatal.
 */
export async function readMakerOnly(ctx: SessionContext, signal: AbortSignal): Promise<void> {
  const creds = ctx.config.credentials;
  try {
    const r = await ctx.http.getMakerOnlyApiKeys({ accountIndex: creds.accountIndex }, { signal });
    ctx.setMakerOnly((r.api_key_indexes ?? []).includes(creds.apiKeyIndex));
  } catch (e) {
    if (signal.aborted) throw e;
    ctx.setMakerOnly(false);
    ctx.events.emit('error', e);
  }
}
