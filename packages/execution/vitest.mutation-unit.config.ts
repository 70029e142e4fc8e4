import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// Stryker's fast profile (`pnpm --filter @lighter-ts/execution run mutation:unit`): only the tests
// that need no simulator, so each mutant costs well under a second. The full profile
// (`pnpm mutation`) also runs the loopback integration tests. See MUTATION.md.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        ...configDefaults.exclude,
        '**/.stryker-tmp/**',
        'test/integration/**',
        'test/data/data-client*.test.ts',
        'test/execution/mass-status.test.ts',
        'test/execution/order-commands.*.test.ts',
        'test/execution/tx-expiry.test.ts',
        'test/execution/update-leverage.*.test.ts',
        'test/reports/**',
        'test/execution/probes.*.test.ts',
        'test/execution/query-order.test.ts',
        'test/execution/instrument-refresh.test.ts',
        'test/crash/**',
        // The core profile's simulator tests (vitest.mutation-core.config.ts).
        'test/execution/tx-pipeline.test.ts',
        'test/execution/probes.prober.test.ts',
        'test/execution/reconciliation.test.ts',
      ],
    },
  }),
);
