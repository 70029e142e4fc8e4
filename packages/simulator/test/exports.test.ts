import { expect, it } from 'vitest';

it('exports exactly the documented names', async () => {
  const mod = await import('../src/index.js');
  expect(Object.keys(mod).sort()).toMatchInlineSnapshot(`
    [
      "DEFAULT_MARKETS",
      "FaultController",
      "SimulatorInputError",
      "VenueError",
      "binaryMarketSpec",
      "isSimulatorInputError",
      "isVenueError",
      "startSimulator",
      "venueMessage",
    ]
  `);
});
