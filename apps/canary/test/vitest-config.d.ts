// The shared tooling package ships plain JS; declare its one export for the typechecker.
declare module '@lighter-ts/vitest-config' {
  export function lighterVitestConfig(overrides?: { testTimeout?: number }): import('vitest/config').UserConfig;
}
