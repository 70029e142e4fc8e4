// Public cryptographic primitives of @lighter-ts/signing (named re-exports; src/index.ts
// re-exports these).
export { GOLDILOCKS_P, fieldElementFromInt } from './field/goldilocks.js';
export {
  type Gfp5,
  gfp5,
  gfp5Add,
  gfp5Equals,
  gfp5FromLeBytes,
  gfp5Inv,
  gfp5Mul,
  gfp5Sub,
  gfp5ToLeBytes,
} from './field/gfp5.js';
export { ECGFP5_ORDER, scalarFromGfp5, scalarFromLeBytes, scalarToLeBytes } from './curve/scalar.js';
export { decodePoint, encodePoint } from './curve/point.js';
export { precomputeGeneratorTable } from './curve/scalar-mult.js';
export { poseidon2Permute } from './hash/poseidon2.js';
export { type HashOut, hashNToMNoPad, hashNoPad, hashToQuinticExtension, hashTwoToOne } from './hash/sponge.js';
export { type SchnorrSignParams, schnorrSign } from './schnorr/sign.js';
export { type SchnorrVerifyParams, schnorrVerify } from './schnorr/verify.js';
export { PrimitiveInputError, isPrimitiveInputError } from './schnorr/errors.js';
export { parsePrivateKey, privateKeyToHex, publicKeyFromPrivateKey } from './keys/private-key.js';
export { generatePrivateKey, privateKeyFromSeed, randomScalar } from './keys/generate.js';
export { bytesToHex, hexToBytes } from './keys/hex.js';
