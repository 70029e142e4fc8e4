/**
 * The runtime's default transport, Node build: undici. The browser/Deno/Bun/default builds swap this
 * module for `runtime-transport.browser.ts` at bundle time (tsup.config.ts), so the package exports the
 * same names everywhere and only the Node build loads undici.
 */
import type { HttpTransport } from './transport.js';
import { createUndiciTransport, type UndiciTransportOptions } from './undici-transport.js';

export { createUndiciTransport, type UndiciTransportOptions };

/** Which transport {@link createDefaultTransport} builds in this build of the package. */
export const DEFAULT_TRANSPORT_KIND: 'undici' | 'fetch' = 'undici';

/**
 * The transport the client uses when none is injected: undici under Node, fetch elsewhere.
 * @example const transport = createDefaultTransport({ baseUrl: sim.httpUrl });
 * @throws {LighterInputError} never under Node; in the fetch build, for a `proxyUrl` (fetch has no proxy option)
 */
export function createDefaultTransport(options: UndiciTransportOptions): HttpTransport {
  return createUndiciTransport(options);
}
