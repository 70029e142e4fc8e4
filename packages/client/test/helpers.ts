import { type CreatedAccount, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { LighterTradingClient } from '../src/index.js';

/** A simulator, one funded account and a trading client for it. */
export interface Harness {
  readonly sim: Simulator;
  readonly acct: CreatedAccount;
  readonly client: LighterTradingClient;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const sim = await startSimulator({ seed: 16 });
  const acct = await sim.createAccount({ collateral: '100000' });
  const client = new LighterTradingClient({
    network: sim.network,
    accountIndex: acct.accountIndex,
    apiKeyIndex: acct.apiKeyIndex,
    apiPrivateKey: acct.privateKey,
  });
  return {
    sim,
    acct,
    client,
    async close() {
      await client.close();
      await sim.close();
    },
  };
}

/** Poll `check` until it returns a value (no timing assertions: the test timeout is the only bound). */
export async function until<T>(check: () => Promise<T | undefined> | T | undefined, what: string): Promise<T> {
  for (let i = 0; ; i++) {
    const v = await check();
    if (v !== undefined) return v;
    if (i > 2_000) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
