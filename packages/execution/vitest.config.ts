import { lighterVitestConfig } from '@lighter-ts/vitest-config';
import { configDefaults, mergeConfig } from 'vitest/config';

// Stryker's sandbox copies (`.stryker-tmp/`) hold a second copy of every test: never collect them.
export default mergeConfig(lighterVitestConfig(), {
  test: { exclude: [...configDefaults.exclude, '**/.stryker-tmp/**'] },
});
