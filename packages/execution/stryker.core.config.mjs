// Core profile of the mutation run: the transaction pipeline, the in-flight prober and the
// reconciliation reports, killed by the fast simulator tests of vitest.mutation-core.config.ts.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutation-core.config.ts' },
  mutate: ['src/execution/tx-pipeline.ts', 'src/execution/probes.ts', 'src/execution/reconciliation.ts'],
  // The initial run starts a simulator per test; on the shared machine it can need more than the default 5 min.
  dryRunTimeoutMinutes: 20,
  incrementalFile: 'reports/stryker-incremental-core.json',
  jsonReporter: { fileName: 'reports/mutation/mutation-core.json' },
};
