/**
 * LighterLiveExecClientFactory over the simulator on loopback: `create` returns a wired client that connects and
 * gets one order accepted by the venue; a bad config is refused by `create` with an ExecutionConfigError naming
 * the field, before any I/O.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CreatedAccount, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExecutionConfigError, LighterExecutionClient, LighterLiveExecClientFactory } from '../../src/index.js';
import type { OrderEvent } from '../../src/orders/events.js';
import { until } from '../integration/harness.js';
import { simClientConfig } from '../helpers/sim-config.js';

let sim: Simulator;
let acct: CreatedAccount;
let dir: string;
const clients: LighterExecutionClient[] = [];

beforeEach(async () => {
  sim = await startSimulator({ seed: 11, marketMakers: false });
  acct = await sim.createAccount({ collateral: '100000' });
  dir = mkdtempSync(join(tmpdir(), 'lighter-exec-factory-'));
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('LighterLiveExecClientFactory.create', () => {
  it('builds a working client: connect, then one submit accepted by the venue', async () => {
    const exec = LighterLiveExecClientFactory.create({
      config: simClientConfig({ sim, acct }),
      identityStorePath: join(dir, 'ids.json'),
    });
    clients.push(exec);
    expect(exec).toBeInstanceOf(LighterExecutionClient);
    expect(exec.connected).toBe(false); // construction is inert
    const events: OrderEvent[] = [];
    exec.on('order', (e) => events.push(e));
    await exec.connect();
    const r = await exec.submitOrder({
      clientOrderId: 'F-1',
      instrumentId: 'ETH-PERP.LIGHTER',
      side: 'BUY',
      type: 'LIMIT',
      quantity: '0.01',
      price: '2500',
      timeInForce: 'GTC',
    });
    expect(r.outcome).toBe('accepted');
    await until(() => events.some((e) => e.clientOrderId === 'F-1' && e.type === 'OrderAccepted'), 'OrderAccepted');
    expect(exec.orderStatus('F-1')).toBe('ACCEPTED');
  });

  it('refuses a bad config with an ExecutionConfigError naming the field', () => {
    let caught: unknown;
    try {
      LighterLiveExecClientFactory.create({
        config: {
          network: { httpUrl: sim.httpUrl, wsUrl: sim.wsUrl, chainId: sim.chainId },
          accountIndex: acct.accountIndex,
          apiKeyIndex: acct.apiKeyIndex,
          privateKey: acct.privateKey,
          restQuotaPerMin: -5,
        },
        identityStorePath: join(dir, 'ids.json'),
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ExecutionConfigError);
    expect((caught as ExecutionConfigError).fields).toContain('restQuotaPerMin');
    expect((caught as ExecutionConfigError).message).toContain('restQuotaPerMin');
  });

  it('refuses missing credentials with an ExecutionConfigError naming each credential field', () => {
    let caught: unknown;
    try {
      LighterLiveExecClientFactory.create({
        config: { network: { httpUrl: sim.httpUrl, wsUrl: sim.wsUrl, chainId: sim.chainId } },
        env: {},
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ExecutionConfigError);
    expect((caught as ExecutionConfigError).fields).toEqual(
      expect.arrayContaining(['accountIndex', 'apiKeyIndex', 'privateKey']),
    );
  });
});
