// Builds a realistic report through the real recorder, criteria and report builder
// (no venue involved) so the writers and the schema are tested on the real shape.
import { validateCanaryOptions } from '../../src/args.js';
import { evaluateCriteria } from '../../src/criteria.js';
import { createLifecycleState } from '../../src/lifecycle.js';
import { createRecorder } from '../../src/recorder.js';
import { createRedactor } from '../../src/redact.js';
import { buildReport } from '../../src/report/build.js';
import type { CanaryReport } from '../../src/report/schema.js';

export const SAMPLE_SECRET = `0x${'5eed'.repeat(20)}`;

export function sampleReport(params: { failAt?: string; secretInDetail?: boolean } = {}): CanaryReport {
  let t = Date.UTC(2026, 10, 24, 10, 0, 0);
  const clock = (): number => t;
  const rec = createRecorder({ clock });
  const state = createLifecycleState();
  const options = validateCanaryOptions({ network: 'sim' });
  const ids: Array<[string, string]> = [
    ['connect', 'Connect to the venue'],
    ['load-instruments', 'Load instruments'],
    ['pick-market', 'Pick the market'],
    ['subscribe', 'Subscribe to book and account streams'],
    ['compute-price', 'Compute a safe post-only price'],
    ['submit', 'Submit the post-only order'],
    ['accepted-ws', 'Wait for accepted on the WS'],
    ['accepted-rest', 'Confirm accepted by REST order query'],
    ['cancel', 'Cancel the order'],
    ['canceled-ws', 'Wait for canceled on the WS'],
    ['canceled-rest', 'Confirm canceled by REST order query'],
    ['reconcile', 'Reconcile: no canary order left open'],
  ];
  for (const [id, title] of ids) {
    const s = rec.startStep(id, title);
    t += 7;
    if (id === 'accepted-ws') rec.event({ kind: 'order-open', source: 'ws', status: 'open' });
    if (id === 'accepted-rest') {
      rec.rateLimitHit({ operation: 'REST order query', attempt: 1, delayMs: 200, reason: 'HTTP 429 <too many>' });
      rec.event({ kind: 'rest-open', source: 'rest', status: 'open' });
    }
    if (id === 'canceled-ws') rec.event({ kind: 'order-canceled', source: 'ws', status: 'canceled' });
    if (id === 'canceled-rest') rec.event({ kind: 'rest-canceled', source: 'rest', status: 'canceled' });
    t += 5;
    if (params.failAt === id) {
      s.finish('failed', { error: 'venue did not accept the order: status canceled-margin-not-allowed' });
      break;
    }
    s.finish('passed', { detail: params.secretInDetail && id === 'connect' ? `key ${SAMPLE_SECRET}` : `${id} ok <&>` });
  }
  if (!params.failAt) {
    for (const [id, title] of [['fill-submit', 'Submit a small taker order']] as const) rec.skipStep(id, title, '--fill not requested');
    rec.incident('ws-disconnected', 'code 1006');
  }
  state.market = { symbol: 'ETH', marketIndex: 0, marketType: 'perp', instrumentId: 'ETH-PERP.LIGHTER', priceDecimals: 2, sizeDecimals: 4, minBaseAmount: '0.0050', minQuoteAmount: '10.000000', active: true };
  state.order = {
    clientOrderId: 'canary-12345', clientOrderIndex: '12345', venueOrderId: '281474976710657', side: 'buy', price: '2940.00', size: '0.0050',
    notional: '14.700000', reference: '3000.00', distanceTicks: '6000', nonce: '7', txHash: 'ab'.repeat(40), cancelNonce: '8', cancelTxHash: 'cd'.repeat(40),
    statusPath: params.failAt ? ['submitted'] : ['submitted', 'open', 'canceled'], finalStatus: params.failAt ? null : 'canceled',
  };
  state.acceptedWs = { clientOrderId: 'canary-12345', venueOrderId: '281474976710657', status: 'open', state: 'open', source: 'ws', atMs: t - 60 };
  state.acceptedRest = { clientOrderId: 'canary-12345', venueOrderId: '281474976710657', status: 'open', state: 'open', source: 'rest', atMs: t - 50 };
  const cleanup = { attempted: true, reason: 'end of run', canceled: [], errors: [], openOrdersAfter: 0, positionAfter: null };
  evaluateCriteria({ rec, state, options, cleanup, interruptedBy: null });
  return buildReport({
    runId: 'run-1', rec, state, options, cleanup, endpoint: { httpUrl: 'http://127.0.0.1:1', wsUrl: 'ws://127.0.0.1:1/stream', chainId: 300 },
    account: { accountIndex: '281474976710654', apiKeyIndex: 3 }, interrupted: null, exitCode: params.failAt ? 1 : 0, errors: [], redactor: createRedactor([SAMPLE_SECRET]),
  });
}
