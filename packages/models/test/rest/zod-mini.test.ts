// The REST schemas are built with zod/mini so that one route's schema tree-shakes (issue 14, light bundles): a single
// classic `'zod'` import on a route's path pulls the whole classic API (~20 KB gz, scripts/bundle-budgets.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REST = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/rest');

describe('src/rest imports zod/mini only', () => {
  it('no file under src/rest imports classic zod', () => {
    const classic = readdirSync(REST)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /from\s+'zod(\/v4)?'/.test(readFileSync(resolve(REST, f), 'utf8')));
    expect(classic).toEqual([]);
  });
});
