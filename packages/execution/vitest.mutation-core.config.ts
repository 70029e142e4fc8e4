import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// Stryker's core profile (`pnpm --filter @lighter-ts/execution run mutation:core`): the tests that
// drive the pipeline, the in-flight prober and the reconciliation functions directly against an
// in-process simulator on 127.0.0.1 (test/helpers/core-rig.ts), with millisecond probe intervals,
// so a mutant costs seconds instead of the ~14 s of the client-level integration tests.
const merged = mergeConfig(base, defineConfig({ test: {} }));
// Set, not merged: mergeConfig would append these to the default include and run the whole suite.
merged.test = {
  ...merged.test,
  include: [
    'test/execution/tx-pipeline.test.ts',
    'test/execution/probes.prober.test.ts',
    'test/execution/probes.after-ack.test.ts',
    'test/execution/reconciliation.test.ts',
  ],
};
export default merged;
