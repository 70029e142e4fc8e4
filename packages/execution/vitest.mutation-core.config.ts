import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// Stryker's core profile (`pnpm --filter @lighter-ts/execution run mutation:core`): the tests that
// drive the pipeline, the in-flight prober and the reconciliation functions directly against an
// in-process simulator on 127.0.0.1 (test/helpers/core-rig.ts), with millisecond probe intervals,
// so a mutant costs about a second instead of the ~14 s of the client-level integration tests.
const CORE_TESTS = ['test/execution/tx-pipeline.test.ts', 'test/execution/probes.prober.test.ts', 'test/execution/reconciliation.test.ts'];

export default mergeConfig(base, defineConfig({ test: { include: CORE_TESTS } }));
