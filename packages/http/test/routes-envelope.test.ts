// Routes whose answer is a wire schema models already has (the `{code, message}` envelope, `currentHeight`,
// `bridges`, `leases`, `export/historicalTrades`) parse with models' schema, not an http copy: the spec points at it, and models'
// rules (an integer `code` on every answer, null lists as []) hold over real loopback sockets.
import * as models from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import * as http from '../src/index.js';
import { json } from './helpers/loopback.js';
import { useLoopbackRouteContext } from './helpers/route-context.js';

const loop = useLoopbackRouteContext();
const faucetParams = { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A', doL1Transfer: false };

describe("responses parsed with models' schemas", () => {
  it("the envelope-only routes answer with models' ResultCodeSchema, the others with models' row schemas", () => {
    for (const route of [
      http.faucetRoute,
      http.fastWithdrawRoute,
      http.notificationAckRoute,
      http.changeAccountTierRoute,
      http.setMakerOnlyApiKeysRoute,
      http.leaseOptionsRoute,
      http.tokensCreateRoute,
      http.isNextBridgeFastRoute,
      http.fastBridgeInfoRoute,
    ]) {
      expect(route.response, route.name).toBe(models.ResultCodeSchema);
    }
    expect(http.currentHeightRoute.response).toBe(models.CurrentHeightSchema);
    expect(http.bridgesRoute.response).toBe(models.BridgesSchema);
    expect(http.leasesRoute.response).toBe(models.LeasesSchema);
    expect(http.exportHistoricalTradesRoute.response).toBe(models.HistoricalTradesExportSchema);
  });

  it('an ack without an integer code is refused as a parse error naming `code` (every answer carries one)', async () => {
    loop.server.setHandler((_req, res) => json(res, { message: 'ok' }));
    const err = await http.faucet(loop.ctx, faucetParams).catch((e: unknown) => e);
    expect(http.isLighterHttpParseError(err)).toBe(true);
    expect((err as http.LighterHttpParseError).path).toBe('code');
  });

  it('an ack whose code arrives as integer text is read as the number', async () => {
    loop.server.setHandler((_req, res) => json(res, { code: '200', message: null }));
    const out = await http.faucet(loop.ctx, faucetParams);
    expect(out.code).toBe(200);
  });

  it('bridges and leases keep their lists (null becomes [])', async () => {
    loop.server.setHandler((_req, res) => json(res, { code: 200, bridges: [{ status: 'bridging', id: 7 }] }));
    const b = await http.bridges(loop.ctx, { l1Address: faucetParams.l1Address });
    expect(b.bridges).toEqual([{ status: 'bridging', id: 7 }]);
    loop.server.setHandler((_req, res) => json(res, { code: 200, leases: null, next_cursor: 'c2' }));
    const l = await http.leases(loop.ctx, { accountIndex: 1077 });
    expect(l.leases).toEqual([]);
    expect(l.next_cursor).toBe('c2');
  });
});
