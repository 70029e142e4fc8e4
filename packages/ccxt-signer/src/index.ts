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
