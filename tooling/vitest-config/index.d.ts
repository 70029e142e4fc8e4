import type { UserConfig } from 'vitest/config';

/** Shared vitest settings for every lighter-ts package. */
export declare function lighterVitestConfig(overrides?: { testTimeout?: number }): UserConfig;
