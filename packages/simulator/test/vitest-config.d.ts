// The shared tooling package ships plain JS without types; declare its one export for tsc.
declare module '@lighter-ts/vitest-config' {
  import type { UserConfig } from 'vitest/config';
  export function lighterVitestConfig(overrides?: UserConfig): UserConfig;
}
