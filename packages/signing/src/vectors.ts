// `@lighter-ts/signing/vectors`: the checker behind `lighter-verify-vectors`, as a library. It lives in
// its own entry point so that apps which only sign do not bundle it (size budget: see scripts/size.mjs).
export { checkVectors, type VectorReport, type VectorCaseResult } from './validate-vectors.js';
