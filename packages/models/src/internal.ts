/**
 * Internals of @lighter-ts/models for sibling packages: the plumbing http and streaming are wired from (the
 * order-book fast paths beside their schemas, the zod-issue converter of the REST boundary, the null-list
 * primitive http's few local response schemas are built from). Not a user API:
 * names here can change in any release. Users import schemas, parsers and types from `@lighter-ts/models`.
 *
 * @packageDocumentation
 * @module @lighter-ts/models/internal
 */
export {
  fastParseOrderBookOrders,
  safeParseOrderBookPayload,
} from './fast/order-book.js';
export type { SafeOrderBookPayloadResult } from './fast/order-book.js';
export { toParseIssues } from './parse.js';
export { listOf } from './schemas/primitives.js';
