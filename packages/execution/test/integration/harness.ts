import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CreatedAccount, type MarketSpec, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { LighterExecutionClient, type LighterExecutionClientOptions } from '../../src/execution/client.js';
import type { OrderEvent } from '../../src/orders/events.js';
import type { NautilusOrder } from '../../src/orders/types.js';
import { simClientConfig } from '../helpers/sim-config.js';

export interface Harness {
  sim: Simulator;
  acct: CreatedAccount;
  dir: string;
  clients: LighterExecutionClient[];
  events: OrderEvent[];
  makeClient(extra?: Partial<LighterExecutionClientOptions>): LighterExecutionClient;
  close(): Promise<void>;
}

export async function startHarness(
  params: {
    marketMakers?: boolean;
    collateral?: string;
    noMarginRefusal?: 'sequencer' | 'api';
    apiKeyIndex?: number;
    markets?: readonly MarketSpec[];
    flushIntervalMs?: number;
  } = {},
): Promise<Harness> {
  const sim = await startSimulator({
    seed: 7,
    marketMakers: params.marketMakers ?? false,
    ...(params.markets === undefined ? {} : { markets: params.markets }),
    ...(params.flushIntervalMs === undefined ? {} : { flushIntervalMs: params.flushIntervalMs }),
    ...(params.noMarginRefusal === undefined ? {} : { noMarginRefusal: params.noMarginRefusal }),
  });
  const acct = await sim.createAccount({
    collateral: params.collateral ?? '100000',
    ...(params.apiKeyIndex === undefined ? {} : { apiKeyIndex: params.apiKeyIndex }),
  });
  const dir = mkdtempSync(join(tmpdir(), 'lighter-exec-'));
  const clients: LighterExecutionClient[] = [];
  const events: OrderEvent[] = [];
  const h: Harness = {
    sim,
    acct,
    dir,
    clients,
    events,
    makeClient(extra = {}) {
      const c = new LighterExecutionClient({
        config: simClientConfig({ sim, acct }),
        identityStorePath: join(dir, 'ids.json'),
        inflightProbeMs: 200,
        ...extra,
      });
      c.on('order', (e) => events.push(e));
      clients.push(c);
      return c;
    },
    async close() {
      for (const c of clients) await c.close();
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}

/** Resolves when `pred` holds for the recorded events (event-driven, no timing assertions). */
export function waitFor(
  h: Harness,
  pred: (events: OrderEvent[]) => boolean,
  label: string,
  timeoutMs = 10_000,
): Promise<void> {
  if (pred(h.events)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const removers: (() => void)[] = [];
    const timer = setTimeout(() => {
      for (const r of removers) r();
      reject(
        new Error(
          `timed out waiting for ${label}; events: ${h.events.map((e) => `${e.clientOrderId}:${e.type}`).join(', ')}`,
        ),
      );
    }, timeoutMs);
    for (const c of h.clients) {
      removers.push(
        c.on('order', () => {
          if (pred(h.events)) {
            clearTimeout(timer);
            for (const r of removers) r();
            resolve();
          }
        }),
      );
    }
  });
}

export const typesOf = (h: Harness, cloid: string): string[] =>
  h.events.filter((e) => e.clientOrderId === cloid).map((e) => e.type);
export const has = (cloid: string, type: OrderEvent['type']) => (events: OrderEvent[]) =>
  events.some((e) => e.clientOrderId === cloid && e.type === type);

export const limit = (o: Partial<NautilusOrder> & { clientOrderId: string }): NautilusOrder => ({
  instrumentId: 'ETH-PERP.LIGHTER',
  side: 'BUY',
  type: 'LIMIT',
  quantity: '0.01',
  price: '2500',
  timeInForce: 'GTC',
  ...o,
});

/** Polls a condition (for state that has no event, e.g. position snapshots). */
export async function until(pred: () => boolean, label: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
