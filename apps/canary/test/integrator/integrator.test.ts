// `lighter-canary integrator approve|revoke` against the simulator over real sockets (docs/protocol/transactions.md#integrators).
import { type CreatedAccount, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { L1_PRIVATE_KEY_ENV, parseIntegratorArgs } from '../../src/integrator/args.js';
import { runIntegrator } from '../../src/integrator/run.js';

let sim: Simulator;
let acct: CreatedAccount;
let integrator: CreatedAccount;

beforeAll(async () => {
  sim = await startSimulator({ marketMakers: false });
  acct = await sim.createAccount();
  integrator = await sim.createAccount();
});
afterAll(async () => {
  await sim?.close();
});

const out = () => {
  const lines: string[] = [];
  return { lines, stream: { write: (s: string) => lines.push(s) !== 0 } };
};
const endpoint = () => ({
  network: sim.network,
  credentials: { accountIndex: acct.accountIndex, apiKeyIndex: acct.apiKeyIndex, apiSecret: acct.privateKey },
});
const approvals = async () => {
  const body = (await (await fetch(`${sim.httpUrl}/api/v1/account?by=index&value=${acct.accountIndex}`)).json()) as {
    accounts: { approved_integrators: { account_index: number; max_perps_taker_fee: number }[] }[];
  };
  return body.accounts[0]?.approved_integrators ?? [];
};

describe('integrator approve|revoke', () => {
  it('approves with the L1 key from env, then revokes; output carries no secret', async () => {
    const env = { [L1_PRIVATE_KEY_ENV]: acct.l1PrivateKey as string };
    const o1 = out();
    const approved = await runIntegrator({
      options: {
        action: 'approve',
        network: 'lighter-testnet',
        integratorAccountIndex: integrator.accountIndex,
        maxPerpsTakerFeePpm: 800,
        expiresInDays: 7,
      },
      env,
      stdout: o1.stream,
      endpoint: endpoint(),
    });
    expect(approved).toMatchObject({ exitCode: 0, error: undefined });
    expect(await approvals()).toMatchObject([{ account_index: integrator.accountIndex, max_perps_taker_fee: 800 }]);
    const o2 = out();
    expect(
      (
        await runIntegrator({
          options: { action: 'revoke', network: 'lighter-testnet', integratorAccountIndex: integrator.accountIndex },
          env,
          stdout: o2.stream,
          endpoint: endpoint(),
        })
      ).exitCode,
    ).toBe(0);
    expect(await approvals()).toEqual([]);
    const printed = [...o1.lines, ...o2.lines].join('');
    expect(printed).toContain('accepted: tx ');
    for (const secret of [acct.privateKey, (acct.l1PrivateKey as string).slice(2)])
      expect(printed).not.toContain(secret);
  });

  it('reports a venue refusal with exit code 1 (a fee approval without the owner L1 signature)', async () => {
    const o = out();
    const r = await runIntegrator({
      options: {
        action: 'approve',
        network: 'lighter-testnet',
        integratorAccountIndex: integrator.accountIndex,
        maxPerpsTakerFeePpm: 100,
      },
      env: {},
      stdout: o.stream,
      endpoint: endpoint(),
    });
    expect(r.exitCode).toBe(1);
    expect(r.error).toContain('21504');
    expect(o.lines.join('')).toContain(`${L1_PRIVATE_KEY_ENV} unset`);
  });

  it('parses flags, asks for --yes on mainnet, and refuses fee flags on revoke', () => {
    expect(
      parseIntegratorArgs([
        'approve',
        '--network',
        'lighter-testnet',
        '--integrator',
        '4242',
        '--taker-fee-ppm',
        '1000',
        '--expires-in-days',
        '3',
      ]),
    ).toEqual({
      kind: 'integrator',
      options: expect.objectContaining({
        action: 'approve',
        integratorAccountIndex: 4242,
        maxPerpsTakerFeePpm: 1000,
        maxPerpsMakerFeePpm: 0,
        expiresInDays: 3,
      }),
    });
    expect(parseIntegratorArgs([])).toEqual({ kind: 'help' });
    expect(() => parseIntegratorArgs(['revoke', '--network', 'lighter-mainnet', '--integrator', '4242'])).toThrow(
      expect.objectContaining({ code: 'CANARY_USAGE', field: 'yes' }),
    );
    expect(() =>
      parseIntegratorArgs(['revoke', '--network', 'lighter-testnet', '--integrator', '4242', '--taker-fee-ppm', '5']),
    ).toThrow(expect.objectContaining({ field: 'taker-fee-ppm' }));
    expect(() => parseIntegratorArgs(['grant', '--integrator', '1'])).toThrow(
      expect.objectContaining({ field: 'action' }),
    );
    expect(() => parseIntegratorArgs(['approve', '--network', 'lighter-testnet'])).toThrow(
      expect.objectContaining({ field: 'integratorAccountIndex' }),
    );
  });
});
