import { defineConfig, type Options } from 'tsup';

// ESM keeps one dist file per source file (bundle: false) so a web bundler can drop every schema module a
// user does not import: with `sideEffects: false` in package.json a module nobody imports is skipped as a
// whole, even though its top-level `z.object(...)` calls look like side effects inside one bundled file.
// CJS stays one bundled file per entry (Node loads it; size does not matter there). Types come from the
// bundled entries, so the .d.ts layout does not change.
const entries = [
  'src/index.ts',
  'src/errors.ts',
  'src/constants/index.ts',
  'src/decimal/index.ts',
  'src/identifiers/index.ts',
  'src/internal.ts',
];
const shared: Options = { sourcemap: true, target: 'node20' };

export default defineConfig([
  { ...shared, entry: ['src/**/*.ts'], format: ['esm'], bundle: false, clean: true },
  { ...shared, entry: entries, format: ['cjs'], splitting: false, treeshake: true },
  { ...shared, entry: entries, format: ['esm', 'cjs'], dts: { only: true } },
]);
