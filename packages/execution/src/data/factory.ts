/**
 * LighterLiveDataClientFactory: builds a market-data client from its config, the way NautilusTrader's Lighter
 * adapter does (`LighterLiveDataClientFactory.create` in `nautilus_trader/adapters/lighter/factories.py`).
 * One job: the entry point a node or an app calls to get a wired, not yet connected client; the wiring itself
 * is in ./parts.ts.
 */
import { LighterDataClient } from './client.js';
import type { LighterDataClientOptions } from './options.js';

/**
 * Factory of {@link LighterDataClient}s (NautilusTrader `LiveDataClientFactory` role): `create` resolves the config
 * (credentials optional) and the read-only token, builds the REST client, the read-only WS client and the
 * instrument provider, and wires them. Construction is inert: nothing talks to the venue before `connect()`.
 * @example
 * const data = LighterLiveDataClientFactory.create({ config: { network: 'testnet' } });
 * await data.connect();
 * data.subscribeBookDeltas({ instrumentId: 'ETH-PERP.LIGHTER' });
 * await data.close();
 * @throws ExecutionConfigError from `create` for an invalid config or read-only token (`fields` names it)
 */
// biome-ignore lint/complexity/noStaticOnlyClass: mirrors NautilusTrader's factory classes (a class with a static create).
export class LighterLiveDataClientFactory {
  /**
   * Builds a data client from its options (config, env, optional read-only token and injected clients).
   * @example const data = LighterLiveDataClientFactory.create({ config: { network: 'mainnet' } });
   * @throws ExecutionConfigError for an invalid config or read-only token (`fields` names it; the token is never echoed)
   */
  static create(options: LighterDataClientOptions = {}): LighterDataClient {
    return new LighterDataClient(options);
  }
}
