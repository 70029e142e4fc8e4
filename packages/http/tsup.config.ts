import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

// Two builds of one source tree: `index.*` for the `node` export condition (undici transport) and
// `browser.*` for everything else (browsers, Deno, Bun: fetch transport). The browser build swaps the
// runtime-transport module, so undici and its node: built-ins never reach a browser bundle.
const browserTransport = fileURLToPath(new URL('./src/runtime-transport.browser.ts', import.meta.url));
const swapRuntimeTransport: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'swap-runtime-transport',
  setup(build) {
    build.onResolve({ filter: /^\.\/runtime-transport\.js$/ }, () => ({ path: browserTransport }));
  },
};

const shared: Options = {
  format: ['esm', 'cjs'],
  sourcemap: true,
  target: 'node20',
  splitting: false,
  treeshake: true,
};

export default defineConfig([
  { ...shared, entry: { index: 'src/index.ts' }, dts: true, clean: true, platform: 'node' },
  { ...shared, entry: { browser: 'src/index.ts' }, dts: false, clean: false, platform: 'neutral', esbuildPlugins: [swapRuntimeTransport], external: ['@lighter-ts/models', '@lighter-ts/signing', 'zod'] },
]);
