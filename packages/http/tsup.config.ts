import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

// Two builds of one source tree: one for the `node` export condition (undici transport) and one for
// everything else (browsers, Deno, Bun: fetch transport). The browser build swaps the runtime-transport
// module, so undici and its node: built-ins never reach a browser bundle.
//
// ESM keeps one dist file per source file (bundle: false): with `sideEffects: false` a web bundler then drops
// every route, schema and client module a user does not import, so one route costs its own schema, the route
// engine and a transport, not the whole package. Node tree: dist/*.js; browser tree: dist/browser/*.js, where
// runtime-transport.js is compiled from runtime-transport.browser.ts. CJS stays one bundled file per build.
const browserTransport = fileURLToPath(new URL('./src/runtime-transport.browser.ts', import.meta.url));
const swapRuntimeTransport: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'swap-runtime-transport',
  setup(build) {
    build.onResolve({ filter: /^\.\/runtime-transport\.js$/ }, () => ({ path: browserTransport }));
  },
};

// Node-only modules, left out of the browser tree so it cannot reach undici even by a stray import.
const NODE_ONLY = new Set(['runtime-transport.ts', 'runtime-transport.browser.ts', 'undici-transport.ts']);

/** `{ 'routes/order-books': 'src/routes/order-books.ts', ... }` with the browser transport in place of the Node one. */
function browserTree(): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const file of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
    const rel = file.split('\\').join('/');
    if (!rel.endsWith('.ts') || NODE_ONLY.has(rel)) continue;
    tree[rel.slice(0, -'.ts'.length)] = `src/${rel}`;
  }
  tree['runtime-transport'] = 'src/runtime-transport.browser.ts';
  return tree;
}

const shared: Options = { sourcemap: true, target: 'node20' };
const bundled: Options = { ...shared, format: ['cjs'], splitting: false, treeshake: true };

export default defineConfig([
  {
    ...shared,
    entry: ['src/**/*.ts', '!src/runtime-transport.browser.ts'],
    format: ['esm'],
    bundle: false,
    clean: true,
    platform: 'node',
  },
  { ...shared, entry: browserTree(), outDir: 'dist/browser', format: ['esm'], bundle: false, platform: 'neutral' },
  { ...bundled, entry: { index: 'src/index.ts' }, platform: 'node' },
  {
    ...bundled,
    entry: { browser: 'src/index.ts' },
    platform: 'neutral',
    esbuildPlugins: [swapRuntimeTransport],
    external: ['@lighter-ts/models', '@lighter-ts/signing', 'zod'],
  },
  { ...shared, entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'], dts: { only: true } },
]);
