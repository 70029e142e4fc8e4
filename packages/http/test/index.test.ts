import { describe, expect, it } from 'vitest';

describe('public surface', () => {
  it('exports exactly the reviewed names', async () => {
    const mod = await import('../src/index.js');
    expect(Object.keys(mod).sort()).toMatchSnapshot();
  });

  it('exposes a function, a spec and a params schema for every route', async () => {
    const mod = (await import('../src/index.js')) as Record<string, unknown>;
    const routes = Object.keys(mod).filter((k) => k.endsWith('Route') && k !== 'callRoute' && k !== 'defineRoute');
    expect(routes.length).toBeGreaterThanOrEqual(60);
    for (const r of routes) {
      const name = r.slice(0, -'Route'.length);
      expect(typeof mod[name], name).toBe('function');
      const schema = `${name[0]!.toUpperCase()}${name.slice(1)}ParamsSchema`;
      expect(mod[schema], schema).toBeDefined();
    }
  });
});
