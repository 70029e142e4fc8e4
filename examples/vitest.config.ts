import { defineConfig, mergeConfig } from 'vitest/config';
import { lighterVitestConfig } from '@lighter-ts/vitest-config';

// Each example runs as its own process (several seconds each on a loaded 2-core box, ccxt and the canary
// longest); three at a time keep the whole suite well under a minute.
export default mergeConfig(
  lighterVitestConfig({ testTimeout: 120_000 }),
  defineConfig({ test: { maxConcurrency: 3 } }),
);
