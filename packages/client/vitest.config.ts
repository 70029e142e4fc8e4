import { lighterVitestConfig } from '@lighter-ts/vitest-config';

export default lighterVitestConfig({ testTimeout: 30_000 });
