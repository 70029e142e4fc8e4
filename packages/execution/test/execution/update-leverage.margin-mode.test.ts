/**
 * updateLeverage's margin-mode mapping: 'isolated' is venue margin mode 1 and 'cross' (the
 * default) is 0 (docs/protocol/transactions.md#other-order-transactions), observed on the venue's position row.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../integration/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** The venue's margin_mode of the harness account's ETH-PERP position row, over REST. */
async function venueMarginMode(): Promise<unknown> {
  const res = await fetch(`${h.sim.httpUrl}/api/v1/account?by=index&value=${h.acct.accountIndex}`);
  const body = (await res.json()) as { accounts?: { positions?: { market_id: number; margin_mode: unknown }[] }[] };
  return body.accounts?.[0]?.positions?.find((p) => p.market_id === 0)?.margin_mode;
}

describe('updateLeverage margin mode', () => {
  it('isolated -> 1 at the venue, then cross (the default) -> 0', async () => {
    const c = h.makeClient();
    await c.connect();
    const isolated = await c.updateLeverage({ instrumentId: 'ETH-PERP.LIGHTER', leverage: 10, marginMode: 'isolated' });
    expect(isolated.outcome).toBe('accepted');
    expect(await venueMarginMode()).toBe(1);
    const cross = await c.updateLeverage({ instrumentId: 'ETH-PERP.LIGHTER', leverage: 10 });
    expect(cross.outcome).toBe('accepted');
    expect(await venueMarginMode()).toBe(0);
  });
});
