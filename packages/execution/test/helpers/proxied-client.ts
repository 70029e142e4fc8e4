import type { LighterExecutionClient, LighterExecutionClientOptions } from '../../src/execution/client.js';
import type { Harness } from '../integration/harness.js';
import type { RecordingProxy } from './recording-proxy.js';

/**
 * An execution client of the harness account whose REST and WS go through `proxy` (same
 * simulator, same identity store and event log as `h.makeClient`).
 */
export function proxiedClient(
  h: Harness,
  proxy: RecordingProxy,
  extra: Partial<LighterExecutionClientOptions> = {},
  config: { updateInstrumentsIntervalMins?: number } = {},
): LighterExecutionClient {
  return h.makeClient({
    config: {
      ...config,
      network: { httpUrl: proxy.httpUrl, wsUrl: proxy.wsUrl, chainId: h.sim.chainId },
      accountIndex: h.acct.accountIndex,
      apiKeyIndex: h.acct.apiKeyIndex,
      privateKey: h.acct.privateKey,
      restQuotaPerMin: 1_000_000,
      sendTxQuotaPerMin: 1_000_000,
      connectTimeoutMs: 10_000,
    },
    ...extra,
  });
}
