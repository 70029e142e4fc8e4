import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../src/index.js';
import { WsProbe } from '../helpers.js';

describe('server keepalive', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false, pingIntervalMs: 100 });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('sends app pings and closes a silent client with 1008 "no pong"', async () => {
    const ws = await WsProbe.open(sim.wsUrl);
    await ws.next((f) => f.type === 'ping');
    expect(await ws.waitClose()).toEqual({ code: 1008, reason: 'no pong' });
  });

  // 15 pings span longer than the silence limit (2 intervals + 1 s), so answering is what keeps it open
  it('keeps a client that answers pings', async () => {
    const ws = await WsProbe.open(sim.wsUrl);
    for (let i = 0; i < 15; i++) {
      await ws.nextNew((f) => f.type === 'ping');
      ws.send({ type: 'pong' });
    }
    expect(ws.closed).toBeUndefined();
    ws.close();
  });
});
