/**
 * REST route descriptors and request-parameter encoding shared by every `rest/<route>.ts` file.
 * Params are camelCase in TypeScript and snake_case on the wire (docs/protocol/rest.md#conventions "Requests").
 */

/** Static facts about one REST route (docs/protocol/rest.md#endpoints, weights docs/protocol/errors-and-limits.md#rate-limits). */
export interface RouteInfo {
  readonly method: 'GET' | 'POST';
  /** Path below the host, e.g. `/api/v1/orderBooks`. */
  readonly path: string;
  /** Cost against the weighted per-minute budget (docs/protocol/errors-and-limits.md#rate-limits). */
  readonly weight: number;
  /** Whether an auth token is required (docs/protocol/rest.md#authentication). */
  readonly auth: boolean;
  /** Request encoding: query string (GET) or form fields (POST). */
  readonly encoding: 'query' | 'form';
}

/** Wire parameters: snake_case keys, string values, ready for URLSearchParams / FormData. */
export type WireParams = Record<string, string>;

/**
 * camelCase -> snake_case (`marketId` -> `market_id`, `l1Address` -> `l1_address`).
 *
 * @example
 * toSnakeCase('apiKeyIndex'); // 'api_key_index'
 * @throws never
 */
export function toSnakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * Encode validated params for the wire: keys to snake_case, numbers/bigints/booleans to strings,
 * arrays comma-joined (e.g. `client_order_indexes=123,456`), `undefined` dropped.
 *
 * @example
 * toWireParams({ marketId: 0, limit: 20 }); // { market_id: '0', limit: '20' }
 * @throws never
 */
export function toWireParams(params: object): WireParams {
  const out: WireParams = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    const wireKey = toSnakeCase(key);
    if (Array.isArray(value)) out[wireKey] = value.map((v) => String(v)).join(',');
    else out[wireKey] = String(value);
  }
  return out;
}
