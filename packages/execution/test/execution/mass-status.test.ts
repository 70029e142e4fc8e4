/**
 * Mass status (reconciliation R5): each part fails on its own (the others are still reported and
 * the failure is an `error` event), and it names the venue and client (`LIGHTER` by default).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, has, limit, startHarness, waitFor } from '../integration/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('mass status', () => {
  it('per-part failure isolation: failing fills still report the orders', async () => {
    const c = h.makeClient();
    const errors: unknown[] = [];
    c.on('error', (e) => errors.push(e));
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'MS-1', postOnly: true }));
    await waitFor(h, has('MS-1', 'OrderAccepted'), 'accepted');
    // Every trades request fails (more than any retry policy would make).
    const fault = h.sim.faults.inject({ kind: 'rest-status', status: 500, path: '/api/v1/trades', times: 1_000 });
    const mass = await c.generateMassStatus({ lookbackMins: 60 });
    fault.remove();
    expect(mass.orderReports.map((r) => r.clientOrderId)).toEqual(['MS-1']);
    expect(mass.fillReports).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(String((errors[0] as Error).message)).toMatch(/fills/);
  });

  it('venue name: LIGHTER by default for the venue, the client id and every instrument id', async () => {
    const c = h.makeClient();
    await c.connect();
    const mass = await c.generateMassStatus();
    expect(mass).toMatchObject({
      venue: 'LIGHTER',
      clientId: 'LIGHTER',
      accountId: expect.stringMatching(/^LIGHTER-/),
    });
    expect(c.instruments.all().every((i) => i.instrumentId.endsWith('.LIGHTER'))).toBe(true);
    const named = h.makeClient({ clientId: 'EXEC-A' });
    await named.connect();
    expect((await named.generateMassStatus()).clientId).toBe('EXEC-A');
  });
});
