// Published source files still importing classic zod, which the zod/mini guard (zod-mini-guard.mjs) accepts:
// file -> why. Empty since the conversion of models, http, execution and the canary (issue 14 item 5): every
// published package is on zod/mini. Add an entry only with a reason; a stale entry fails the guard.

/** @type {Record<string, string>} */
export const ALLOWED_CLASSIC_ZOD = {};
