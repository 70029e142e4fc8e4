import { describe, expect, it } from 'vitest';

describe('public surface', () => {
  it('exports exactly the reviewed names', { timeout: 180_000 }, async () => {
    const mod = await import('../src/index.js');
    expect(Object.keys(mod).sort()).toMatchSnapshot();
  });

  it('exposes a function and a spec carrying its params schema for every route', { timeout: 180_000 }, async () => {
    const mod = (await import('../src/index.js')) as Record<string, unknown>;
    const routes = Object.keys(mod).filter((k) => k.endsWith('Route') && k !== 'callRoute' && k !== 'defineRoute');
    expect(routes.length).toBeGreaterThanOrEqual(60);
    for (const r of routes) {
      const name = r.slice(0, -'Route'.length);
      expect(typeof mod[name], name).toBe('function');
      const spec = mod[r] as { params?: { safeParse?: unknown } };
      expect(typeof spec.params?.safeParse, `${r}.params`).toBe('function');
    }
  });
});
