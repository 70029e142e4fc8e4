/**
 * LighterLiveExecClientFactory: builds an execution client from its config, the way NautilusTrader's Lighter
 * adapter does (`LighterLiveExecClientFactory.create` in `nautilus_trader/adapters/lighter/factories.py`).
 * One job: the entry point a node or an app calls to get a wired, not yet connected client; the wiring itself
 * is in ./parts.ts.
 */
import { LighterExecutionClient } from './client.js';
import type { LighterExecutionClientOptions } from './options.js';

/**
 * Factory of {@link LighterExecutionClient}s (NautilusTrader `LiveExecClientFactory` role): `create` resolves the
 * config, builds the signer, the REST and WS clients, the identity store, the nonce manager, the sequencer and the
 * tx pipeline, and wires them. Construction is inert: nothing talks to the venue before `connect()`.
 * @example
 * const exec = LighterLiveExecClientFactory.create({ config: { network: 'testnet' }, env: process.env });
 * await exec.connect();
 * await exec.close();
 * @throws ExecutionConfigError from `create` when credentials or config values are missing or malformed (`fields` names them)
 */
// biome-ignore lint/complexity/noStaticOnlyClass: mirrors NautilusTrader's factory classes (a class with a static create).
export class LighterLiveExecClientFactory {
  /**
   * Builds an execution client from its options (config, env for credentials, optional injected parts).
   * @example const exec = LighterLiveExecClientFactory.create({ config: { network: 'mainnet' }, env: process.env });
   * @throws ExecutionConfigError when credentials or config values are missing or malformed (`fields` names them)
   * @throws ExecutionError ORDER_DENIED for a `txExpiryMs` below 1000
   */
  static create(options: LighterExecutionClientOptions): LighterExecutionClient {
    return new LighterExecutionClient(options);
  }
}
