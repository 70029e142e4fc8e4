import { expect, it } from 'vitest';

it('exports a stable, reviewed set of names', { timeout: 180_000 }, async () => {
  const names = Object.keys(await import('../src/index.js')).sort();
  expect(names).toMatchSnapshot();
});
