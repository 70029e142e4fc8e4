import { expect, it } from 'vitest';

it('exports exactly the documented public names', async () => {
  const names = Object.keys(await import('../src/index.js')).sort();
  expect(names).toMatchSnapshot();
});
