// The layer table of the project (README "What we build"): which workspace package may import which.
// A package may import only the packages listed for it; `testOnly` adds what its tests, benches and
// scripts may use on top (the simulator is a dev-only venue for lower layers' integration tests).

/** @typedef {{ name: string, dir: string, allowed: string[], testOnly?: string[] }} LayerRule */

/** @type {LayerRule[]} */
export const LAYER_RULES = [
  { name: '@lighter-ts/models', dir: 'packages/models', allowed: [] },
  { name: '@lighter-ts/signing', dir: 'packages/signing', allowed: ['@lighter-ts/models'] },
  {
    name: '@lighter-ts/http',
    dir: 'packages/http',
    allowed: ['@lighter-ts/models', '@lighter-ts/signing'],
    testOnly: ['@lighter-ts/simulator'],
  },
  {
    name: '@lighter-ts/streaming',
    dir: 'packages/streaming',
    allowed: ['@lighter-ts/models', '@lighter-ts/signing', '@lighter-ts/http'],
    testOnly: ['@lighter-ts/simulator'],
  },
  // One-call trading client for scripts and bots: beside execution, on the same four layers and never on
  // execution (execution may later build on it; packages/client/README.md "Where it sits").
  {
    name: '@lighter-ts/client',
    dir: 'packages/client',
    allowed: ['@lighter-ts/models', '@lighter-ts/signing', '@lighter-ts/http', '@lighter-ts/streaming'],
    testOnly: ['@lighter-ts/simulator'],
  },
  {
    name: '@lighter-ts/execution',
    dir: 'packages/execution',
    allowed: ['@lighter-ts/models', '@lighter-ts/signing', '@lighter-ts/http', '@lighter-ts/streaming'],
    testOnly: ['@lighter-ts/simulator'],
  },
  { name: '@lighter-ts/simulator', dir: 'packages/simulator', allowed: ['@lighter-ts/models', '@lighter-ts/signing'] },
  // ccxt interop: a signer for ccxt's `lighter` exchange; it sits beside http, on models + signing only
  {
    name: '@lighter-ts/ccxt-signer',
    dir: 'packages/ccxt-signer',
    allowed: ['@lighter-ts/models', '@lighter-ts/signing'],
    testOnly: ['@lighter-ts/simulator'],
  },
  {
    name: '@lighter-ts/canary',
    dir: 'apps/canary',
    allowed: [
      '@lighter-ts/models',
      '@lighter-ts/signing',
      '@lighter-ts/http',
      '@lighter-ts/streaming',
      '@lighter-ts/execution',
      '@lighter-ts/simulator',
    ],
  },
];

/** Third-party modules only some packages may import (README "Rules of the layers"). */
export const RESTRICTED_MODULES = {
  undici: ['packages/http'],
  ws: ['packages/streaming', 'packages/simulator'],
};
