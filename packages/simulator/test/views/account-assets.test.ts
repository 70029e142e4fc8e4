import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CreatedAccount, type Simulator, startSimulator } from '../../src/index.js';
import { getJson, signerFor, WsProbe } from '../helpers.js';

/** The collateral row of an `assets` list or map (asset 3). */
type AssetRow = { asset_id: number; balance: string; margin_balance: string };
const collateralRow = (rows: AssetRow[]) => rows.find((r) => r.asset_id === 3);

// docs/protocol/rest.md#account-assets: balance (spot side) + margin_balance (perp side) is what the account owns,
// so a client summing the two must land on the collateral, not on twice it.
describe('account assets count the collateral once', () => {
  let sim: Simulator;
  let acct: CreatedAccount;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false });
    acct = await sim.createAccount({ collateral: '1234.5' });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('REST account: the collateral is on the perp side only', async () => {
    const body = (await getJson(sim, `/api/v1/account?by=index&value=${acct.accountIndex}`)).body as {
      accounts: { collateral: string; assets: AssetRow[] }[];
    };
    const account = body.accounts[0];
    expect(account?.collateral).toBe('1234.500000');
    expect(collateralRow(account?.assets ?? [])).toMatchObject({ balance: '0.000000', margin_balance: '1234.500000' });
  });

  it('WS account_all_assets: balance + margin_balance is the collateral', async () => {
    const ws = await WsProbe.open(sim.wsUrl);
    ws.send({
      type: 'subscribe',
      channel: `account_all_assets/${acct.accountIndex}`,
      auth: signerFor(sim, acct).createAuthToken(),
    });
    const frame = await ws.nextNew((f) => f.type === 'subscribed/account_all_assets');
    ws.close();
    const row = collateralRow(Object.values(frame.assets as Record<string, AssetRow>));
    expect(row).toMatchObject({ balance: '0.000000', margin_balance: '1234.500000' });
  });
});
