import { lighterVitestConfig } from '@lighter-ts/vitest-config';

// A browser launch and a full order lifecycle on a loaded 2-core machine: generous timeouts.
export default lighterVitestConfig({ testTimeout: 120_000 });
