import { expect, it } from 'vitest';

// Importing the whole source tree is slow on a loaded machine: the import, not the check, needs the time.
const IMPORT_TIMEOUT = { timeout: 180_000 };

it('public export names (review API changes here)', IMPORT_TIMEOUT, async () => {
  const names = Object.keys(await import('../src/index.js')).sort();
  expect(names).toMatchSnapshot();
});

it('internal export names (for sibling packages; not the user surface)', IMPORT_TIMEOUT, async () => {
  const internal = Object.keys(await import('../src/internal.js')).sort();
  const root = new Set(Object.keys(await import('../src/index.js')));
  expect(internal.filter((n) => root.has(n))).toEqual([]);
  expect(internal).toMatchSnapshot();
});
