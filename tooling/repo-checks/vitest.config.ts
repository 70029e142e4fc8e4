import { lighterVitestConfig } from '@lighter-ts/vitest-config';

export default lighterVitestConfig();
