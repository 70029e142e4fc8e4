import { lighterVitestConfig } from '@lighter-ts/vitest-config';

// ccxt conformance steps each do several REST/WS round trips on a loaded 2-core machine
export default lighterVitestConfig({ testTimeout: 60_000 });
