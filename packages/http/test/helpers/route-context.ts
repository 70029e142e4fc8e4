// One loopback server plus a route context against it for the enclosing suite: a fake auth signer,
// no retries, requests cleared before each test, everything closed after the suite.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import * as http from '../../src/index.js';
import { type Loopback, startLoopback } from './loopback.js';

export interface LoopbackRouteContext {
  readonly server: Loopback;
  readonly transport: http.HttpTransport;
  readonly ctx: http.RouteContext;
}

/** Registers the suite hooks and returns live accessors (valid inside tests, after beforeAll). */
export function useLoopbackRouteContext(): LoopbackRouteContext {
  let state: LoopbackRouteContext | undefined;
  const current = (): LoopbackRouteContext => {
    if (state === undefined) throw new Error('loopback route context used outside a test');
    return state;
  };
  beforeAll(async () => {
    const server = await startLoopback();
    const transport = http.createDefaultTransport({ baseUrl: server.url });
    const auth = http.createAuthTokenProvider({
      signer: { createAuthToken: ({ deadline }) => `${deadline}:1077:3:${'ab'.repeat(80)}` },
    });
    state = { server, transport, ctx: { transport, auth, retry: { ...http.DEFAULT_RETRY_POLICY, maxRetries: 0 } } };
  });
  afterAll(async () => {
    await state?.transport.close();
    await state?.server.close();
  });
  beforeEach(() => {
    if (state) state.server.requests.length = 0;
  });
  return {
    get server() {
      return current().server;
    },
    get transport() {
      return current().transport;
    },
    get ctx() {
      return current().ctx;
    },
  };
}
