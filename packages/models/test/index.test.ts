import { describe, expect, it } from 'vitest';

describe('public API', () => {
  it('exports exactly these names (update the snapshot when the API changes on purpose)', async () => {
    const names = Object.keys(await import('../src/index.js')).sort();
    expect(names).toMatchSnapshot();
  });
});
