import { lighterVitestConfig } from '@lighter-ts/vitest-config';
import { mergeConfig } from 'vitest/config';

// One small test file per route (tests mirror src/routes): reuse workers and their module cache
// instead of re-importing zod/undici/models for each of the ~70 files. Tests share no globals.
export default mergeConfig(lighterVitestConfig(), { test: { isolate: false } });
