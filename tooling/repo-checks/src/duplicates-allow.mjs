// Duplicates the duplicate guard (duplicate-guard.mjs) accepts: name -> why.
// A reason starting with 'debt:' is not deliberate: it is a duplicate that existed when the guard was
// written (issue 13), listed with the packages that declare it, waiting to be removed. The guard fails
// on any duplicate not listed here and on any entry that no longer matches, so this list only shrinks.

/** UPPER_SNAKE_CASE top-level constants declared in more than one package. @type {Record<string, string>} */
export const ALLOWED_DUPLICATE_CONSTANTS = {};

/** Names exported by more than one package's public entry points. @type {Record<string, string>} */
export const ALLOWED_DUPLICATE_EXPORTS = {
  MarketKind: "deliberate: execution re-exports models' MarketKind as the type of LighterInstrument.kind",
};

/**
 * Top-level consts outside models whose literal value repeats a models constant (values, table or schema field set,
 * literal-duplicates.mjs), by the copy's name. @type {Record<string, string>}
 */
export const ALLOWED_DUPLICATE_LITERALS = {};
