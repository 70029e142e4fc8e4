/**
 * The shape of the route facts that models' remaining request-side declarations (the binary-option routes in
 * `src/binary/`) still carry. Every other route is declared once, next to its function, in `@lighter-ts/http`
 * (`<route>Route`: path, method, weight, auth, params schema, response schema).
 */

/** Static facts about one REST route (docs/protocol/rest.md#endpoints, weights docs/protocol/errors-and-limits.md#rate-limits). */
export interface RouteInfo {
  /** HTTP method: `GET` reads take a query string, `POST` writes take form fields. */
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
