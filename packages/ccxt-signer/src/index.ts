/**
 * Makes ccxt's `lighter` exchange sign with `@lighter-ts/signing` instead of the Go WASM signer.
 *
 * @packageDocumentation
 * @module @lighter-ts/ccxt-signer
 */
// Public API of @lighter-ts/ccxt-signer: every export is named here (no `export *`).
export {
  createCcxtSignerMethods,
  type CcxtLighterSignerMethods,
  type CcxtSignerHandle,
  type CcxtSignedPair,
  type CcxtSignedTriple,
} from './methods.js';
export { useLighterTsSigner, LIGHTER_TS_LIBRARY_PATH, type CcxtLighterLike } from './install.js';
export type { CcxtRequest } from './requests.js';
