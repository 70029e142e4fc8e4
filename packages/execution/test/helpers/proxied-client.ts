import { afterEach, beforeEach } from 'vitest';
import type { LighterExecutionClient, LighterExecutionClientOptions } from '../../src/execution/client.js';
import { type Harness, startHarness } from '../integration/harness.js';
import { type RecordingProxy, startRecordingProxy } from './recording-proxy.js';
import { simClientConfig } from './sim-config.js';

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
      ...simClientConfig({ sim: h.sim, acct: h.acct, via: proxy }),
    },
    ...extra,
  });
}

/**
 * Registers per-test hooks that start a simulator harness and a recording proxy in front of it,
 * and close both after the test. Read `env.h` / `env.proxy` inside tests (set by `beforeEach`).
 */
export function useProxiedHarness(): { readonly h: Harness; readonly proxy: RecordingProxy } {
  const env = {} as { h: Harness; proxy: RecordingProxy };
  beforeEach(async () => {
    env.h = await startHarness();
    env.proxy = await startRecordingProxy(env.h.sim.httpUrl);
  });
  afterEach(async () => {
    await env.h.close();
    await env.proxy.close();
  });
  return env;
}
