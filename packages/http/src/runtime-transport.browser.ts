/**
 * The runtime's default transport, fetch build (browsers, Deno, Bun, anything but the `node` export
 * condition): WHATWG fetch. Replaces `runtime-transport.ts` at bundle time so undici, which needs
 * `node:stream` and `node:zlib`, never enters a browser bundle.
 */
import { LighterInputError } from './errors.js';
import { createFetchTransport } from './fetch-transport.js';
import type { HttpTransport } from './transport.js';
import type { UndiciTransportOptions } from './undici-transport.js';

export type { UndiciTransportOptions };

/** Which transport {@link createDefaultTransport} builds in this build of the package. */
export const DEFAULT_TRANSPORT_KIND: 'undici' | 'fetch' = 'fetch';

/**
 * undici is not part of this build; kept so the export list is the same in every runtime.
 * @example createFetchTransport({ baseUrl }) // use this instead outside Node
 * @throws {LighterInputError} always (field `transport`): undici runs only under Node
 */
export function createUndiciTransport(options: UndiciTransportOptions): HttpTransport {
  throw new LighterInputError({
    route: 'createUndiciTransport',
    field: 'transport',
    detail: `undici runs only under Node (received baseUrl ${JSON.stringify(options.baseUrl)}): use createFetchTransport`,
  });
}

/**
 * The transport the client uses when none is injected: fetch in this build. Pool sizing and connect
 * timeout are undici settings and are ignored; the headers timeout covers the connect.
 * @example const transport = createDefaultTransport({ baseUrl: sim.httpUrl });
 * @throws {LighterInputError} for a `proxyUrl` (fetch has no portable proxy option)
 */
export function createDefaultTransport(options: UndiciTransportOptions): HttpTransport {
  if (options.proxyUrl) {
    throw new LighterInputError({
      route: 'createDefaultTransport',
      field: 'proxyUrl',
      detail: 'fetch cannot use a proxy: configure it in the runtime (received a proxy URL)',
    });
  }
  return createFetchTransport({
    baseUrl: options.baseUrl,
    ...(options.headersTimeoutMs === undefined ? {} : { headersTimeoutMs: options.headersTimeoutMs }),
    ...(options.bodyTimeoutMs === undefined ? {} : { bodyTimeoutMs: options.bodyTimeoutMs }),
    ...(options.headers === undefined ? {} : { headers: options.headers }),
  });
}
