import { fileURLToPath } from 'node:url';
import { lighterVitestConfig } from '@lighter-ts/vitest-config';
import { mergeConfig } from 'vitest/config';

// The whole suite runs twice, once per transport: `undici` as the Node build ships, and `fetch` with
// the runtime-transport module swapped exactly as the browser/Deno/Bun build swaps it (tsup.config.ts),
// so every route, retry, rate-limit and fault test also proves the fetch transport.
const browserTransport = fileURLToPath(new URL('./src/runtime-transport.browser.ts', import.meta.url));
// Tests of undici itself (keep-alive pool, proxy) and of the built Node bundle run once.
const UNDICI_ONLY = ['test/transport.test.ts', 'test/process-exit.test.ts'];

// One small test file per route (tests mirror src/routes): reuse workers and their module cache
// instead of re-importing zod/undici/models for each of the ~70 files. Tests share no globals.
export default mergeConfig(lighterVitestConfig(), {
  test: {
    isolate: false,
    projects: [
      { extends: true, test: { name: 'undici', env: { LIGHTER_TEST_TRANSPORT: 'undici' } } },
      {
        extends: true,
        test: { name: 'fetch', exclude: UNDICI_ONLY, env: { LIGHTER_TEST_TRANSPORT: 'fetch' } },
        resolve: { alias: [{ find: /^(\.\.?\/)+(src\/)?runtime-transport\.js$/, replacement: browserTransport }] },
      },
    ],
  },
});
