// Fast profile of the mutation run: the same mutants, only the tests that need no simulator.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutation-unit.config.ts' },
  incrementalFile: 'reports/stryker-incremental-unit.json',
  jsonReporter: { fileName: 'reports/mutation/mutation-unit.json' },
};
