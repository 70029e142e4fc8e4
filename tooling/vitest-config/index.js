// Shared vitest settings for every package: node environment, tests under test/,
// benchmarks under bench/, and generous timeouts for loopback integration tests.
import { defineConfig } from 'vitest/config';

/** @param {{ testTimeout?: number }} [overrides] */
export function lighterVitestConfig(overrides = {}) {
  return defineConfig({
    test: {
      environment: 'node',
      include: ['test/**/*.test.ts'],
      benchmark: { include: ['bench/**/*.bench.ts'] },
      testTimeout: overrides.testTimeout ?? 20_000,
      hookTimeout: 20_000,
      pool: 'forks',
      reporters: process.env.CI ? ['dot'] : ['default'],
    },
  });
}
