import { expect, it } from 'vitest';

it('public export names (review API changes here)', async () => {
  const names = Object.keys(await import('../src/index.js')).sort();
  expect(names).toMatchSnapshot();
});
