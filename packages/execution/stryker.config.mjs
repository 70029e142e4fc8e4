// Mutation testing of the execution core (issue 12): `pnpm mutation` from the repo root.
// Not part of `pnpm test` (it re-runs the covering tests once per mutant); see MUTATION.md.
import { createRequire } from 'node:module';

// pnpm's isolated node_modules hide the runner from Stryker's own plugin discovery: resolve it here.
const runner = createRequire(import.meta.url).resolve('@stryker-mutator/vitest-runner');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'pnpm',
  testRunner: 'vitest',
  plugins: [runner],
  vitest: { configFile: 'vitest.config.ts' },
  // perTest: each mutant runs only the tests that executed its code.
  coverageAnalysis: 'perTest',
  mutate: [
    'src/execution/**/*.ts',
    'src/orders/**/*.ts',
    'src/nonce/**/*.ts',
    'src/identity/**/*.ts',
    '!src/**/types.ts',
    '!src/execution/contracts.ts',
  ],
  // The machine is shared: never more than 2 workers (override with --concurrency 1 while others build).
  concurrency: 2,
  // Integration tests talk to the simulator over loopback; a loaded machine needs slack.
  timeoutMS: 15_000,
  timeoutFactor: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: 75 },
};
