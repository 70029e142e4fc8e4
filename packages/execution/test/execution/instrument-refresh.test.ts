/**
 * The execution client refreshes its instruments periodically once connected
 * (`updateInstrumentsIntervalMins`, NT default 60 min); a closed client sends no more refreshes.
 */
import { describe, expect, it } from 'vitest';
import { proxiedClient, useProxiedHarness } from '../helpers/proxied-client.js';
import { startRecordingProxy } from '../helpers/recording-proxy.js';
import { until } from '../integration/harness.js';

const env = useProxiedHarness();

describe('execution client instrument refresh', () => {
  it('re-fetches orderBookDetails periodically after connect and sends nothing after close', async () => {
    // 0.005 min = 300 ms between refreshes.
    const c = proxiedClient(env.h, env.proxy, {}, { updateInstrumentsIntervalMins: 0.005 });
    const fetches = () => env.proxy.count('/api/v1/orderBookDetails');
    await c.connect();
    const afterConnect = fetches();
    expect(afterConnect).toBe(1);
    await until(() => fetches() >= afterConnect + 2, 'two periodic refreshes');
    await c.close();
    const atClose = fetches();
    // A second client behind its own proxy proves refresh periods went by; the closed one stays silent.
    const proxy2 = await startRecordingProxy(env.h.sim.httpUrl);
    try {
      const other = proxiedClient(env.h, proxy2, {}, { updateInstrumentsIntervalMins: 0.005 });
      await other.connect();
      await until(() => proxy2.count('/api/v1/orderBookDetails') >= 3, 'the other client refreshing');
      expect(fetches()).toBe(atClose);
      await other.close();
    } finally {
      await proxy2.close();
    }
  });
});
