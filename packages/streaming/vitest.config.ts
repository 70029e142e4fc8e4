import { lighterVitestConfig } from '@lighter-ts/vitest-config';
import { mergeConfig } from 'vitest/config';

// The whole suite runs twice, once per WebSocket implementation: `ws` (Node 20 has no global
// WebSocket) and `standard`, where Node exposes its global WHATWG WebSocket as browsers, Deno, Bun
// and Node 22+ do, so reconnect, keepalive (JSON pings alone) and tx correlation are proven on both.
export default mergeConfig(lighterVitestConfig(), {
  test: {
    projects: [
      { extends: true, test: { name: 'ws', env: { LIGHTER_TEST_WEBSOCKET: 'ws' } } },
      {
        extends: true,
        test: { name: 'standard', execArgv: ['--experimental-websocket'], env: { LIGHTER_TEST_WEBSOCKET: 'standard' } },
      },
    ],
  },
});
