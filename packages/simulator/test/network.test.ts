// The simulator impersonates each Lighter deployment: signatures are checked against that network's
// chain id, the collateral symbol appears in asset payloads, and sim.network carries its identity.
import { EventEmitter } from 'node:events';
import { NETWORKS } from '@lighter-ts/models/constants';
import { createSigner } from '@lighter-ts/signing';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli-run.js';
import { SimulatorInputError, startSimulator } from '../src/index.js';
import { getJson, sendTx } from './helpers.js';

const order = (nonce: number) => ({
  marketIndex: 0,
  clientOrderIndex: 0,
  baseAmount: 100,
  price: 250000,
  isAsk: false,
  orderType: 0,
  timeInForce: 1,
  orderExpiry: -1,
  nonce,
});

describe('network impersonation', () => {
  it.each(Object.values(NETWORKS))('$networkId: chain id, collateral symbol and identity', async (network) => {
    const sim = await startSimulator({ network: network.networkId, marketMakers: false });
    try {
      expect(sim.chainId).toBe(network.chainId);
      expect(sim.network).toMatchObject({
        networkId: network.networkId,
        chainId: network.chainId,
        httpUrl: sim.httpUrl,
        wsUrl: sim.wsUrl,
        collateral: network.collateral,
      });
      const acct = await sim.createAccount({ collateral: '1000' });
      const assets = (await getJson(sim, '/api/v1/assetDetails')).body.asset_details as {
        asset_id: number;
        symbol: string;
      }[];
      expect(assets.find((a) => a.asset_id === 3)?.symbol).toBe(network.collateral.symbol);
      const account = (await getJson(sim, `/api/v1/account?by=index&value=${acct.accountIndex}`)).body.accounts as {
        assets: { asset_id: number; symbol: string }[];
      }[];
      expect(account[0]?.assets.find((a) => a.asset_id === 3)?.symbol).toBe(network.collateral.symbol);

      const key = {
        accountIndex: acct.accountIndex,
        apiKeyIndex: acct.apiKeyIndex,
        privateKey: acct.privateKey,
        now: () => sim.now(),
      };
      // A tx signed for another chain id fails the signature check (the chain id is in the hash).
      const otherChain = network.chainId === 304 ? 466324 : 304;
      expect(
        (await sendTx(sim, createSigner({ ...key, chainId: otherChain }).signCreateOrder(order(0)))).body.code,
      ).toBe(21120);
      const ok = await sendTx(sim, createSigner({ ...key, network: sim.network }).signCreateOrder(order(0)));
      expect(ok.body.code).toBe(200);
    } finally {
      await sim.close();
    }
  });

  it('without a network it is a custom network on its own URL (USDC, chain id 300)', async () => {
    const sim = await startSimulator({ marketMakers: false });
    try {
      expect(sim.network).toMatchObject({
        networkId: `custom:300@${new URL(sim.httpUrl).host}`,
        chainId: 300,
        isMainnet: false,
      });
      expect(sim.network.collateral.symbol).toBe('USDC');
    } finally {
      await sim.close();
    }
  });

  it('refuses an unknown network and a chain id that contradicts it', async () => {
    await expect(startSimulator({ network: 'devnet' as never })).rejects.toThrow(SimulatorInputError);
    await expect(startSimulator({ network: 'robinhood-mainnet', chainId: 304 })).rejects.toThrow(
      /304 contradicts network 'robinhood-mainnet' \(chain id 466324\)/,
    );
  });

  it('CLI: --network robinhood-mainnet impersonates it; an unknown name exits 2', async () => {
    const signals = new EventEmitter();
    const out: string[] = [];
    const done = runCli({
      argv: ['--network', 'robinhood-mainnet', '--no-market-makers'],
      signals,
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    while (out.length === 0) await new Promise((r) => setTimeout(r, 10));
    expect(out[0]).toContain('network robinhood-mainnet, chain id 466324, collateral USDG');
    signals.emit('SIGINT');
    expect(await done).toBe(0);
    const err: string[] = [];
    expect(await runCli({ argv: ['--network', 'devnet'], signals, out: () => {}, err: (l) => err.push(l) })).toBe(2);
    expect(err.join('\n')).toMatch(/--network must be one of lighter-mainnet, .*received 'devnet'/);
  });
});
