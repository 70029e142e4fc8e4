import { expect, it } from 'vitest';

it('public API export names (review any change)', async () => {
  const mod = await import('../src/index.js');
  expect(Object.keys(mod).sort()).toMatchSnapshot();
});

it('publishes the report schema', async () => {
  const { CanaryReportSchema } = await import('../src/index.js');
  expect(typeof CanaryReportSchema.parse).toBe('function');
});
