// Builds a realistic report through the real recorder, criteria and report builder
// (no venue involved) so the writers and the schema are tested on the real shape.
import { validateCanaryOptions } from '../../src/args.js';
import { evaluateCriteria } from '../../src/criteria.js';
import { createLifecycleState } from '../../src/lifecycle.js';
import { createRecorder } from '../../src/recorder.js';
import { createRedactor } from '../../src/redact.js';
import { buildReport } from '../../src/report/build.js';
import type { CanaryReport, RestConfirm } from '../../src/report/schema.js';
import { type RecordedRun, recordedRunOf } from '../../src/recorded-run.js';

export const SAMPLE_SECRET = `0x${'5eed'.repeat(20)}`;

/** The recorder, state and cleanup of a realistic run (passing unless `failAt` names a step). */
export function sampleRecording(params: { failAt?: string; secretInDetail?: boolean; fill?: boolean } = {}) {
  let t = Date.UTC(2026, 10, 24, 10, 0, 0);
  const clock = (): number => t;
  const rec = createRecorder({ clock });
  const state = createLifecycleState();
  const options = validateCanaryOptions({ network: 'sim', fill: params.fill ?? false });
  const cid = 'canary-12345';
  const vid = '281474976710657';
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
    ...(params.fill
      ? ([
          ['fill-submit', 'Submit a small taker order'],
          ['fill-ws', 'Wait for the fill on the WS'],
          ['flatten', 'Flatten the position'],
          ['flat-rest', 'Confirm flat by REST'],
        ] as Array<[string, string]>)
      : []),
  ];
  state.market = {
    symbol: 'ETH',
    marketIndex: 0,
    marketType: 'perp',
    instrumentId: 'ETH-PERP.LIGHTER',
    priceDecimals: 2,
    sizeDecimals: 4,
    minBaseAmount: '0.0050',
    minQuoteAmount: '10.000000',
    active: true,
  };
  const order = {
    clientOrderId: null as string | null,
    requestedClientOrderId: cid,
    timeInForce: 'GTC',
    postOnly: true,
    clientOrderIndex: '12345',
    venueOrderId: null as string | null,
    side: 'buy' as const,
    price: '2940.00',
    size: '0.0050',
    notional: '14.700000',
    reference: '3000.00',
    distanceTicks: '6000',
    nonce: null as string | null,
    txHash: null as string | null,
    cancelNonce: null as string | null,
    cancelTxHash: null as string | null,
    statusPath: ['submitted'],
    finalStatus: null as string | null,
    acceptedRest: null as RestConfirm | null,
    canceledRest: null as RestConfirm | null,
  };
  state.order = order;
  const snap = (status: string) => ({
    status,
    venueOrderId: vid,
    clientOrderId: cid,
    side: 'buy' as const,
    price: '2940.00',
    quantity: '0.0050',
    timeInForce: 'GTC',
    postOnly: true,
    expireTimeMs: null,
    at: rec.iso(),
  });
  const ev = (type: string, source: 'ws' | 'local' | 'rest-probe', venue: string | null = vid) =>
    rec.orderEvent({ type, source, clientOrderId: cid, venueOrderId: venue });
  for (const [id, title] of ids) {
    const s = rec.startStep(id, title);
    t += 7;
    if (id === 'submit') {
      ev('OrderSubmitted', 'local', null);
      order.nonce = '7';
      order.txHash = 'ab'.repeat(40);
    }
    if (id === 'accepted-ws') {
      ev('OrderAccepted', 'ws');
      rec.event({ kind: 'ws-frame-open', source: 'ws', status: 'open', clientOrderId: cid, venueOrderId: vid });
      order.venueOrderId = vid;
      order.statusPath.push('open');
      state.acceptedVia = 'ws';
      state.acceptedWs = {
        clientOrderId: cid,
        venueOrderId: vid,
        status: 'open',
        state: 'open',
        source: 'ws',
        via: 'frame',
        atMs: t - 60,
      };
    }
    if (id === 'accepted-rest') {
      const hit = rec.rateLimitHit({
        operation: 'REST order query',
        attempt: 1,
        delayMs: 200,
        reason: 'HTTP 429 <too many>',
      });
      rec.markRetried(hit);
      rec.event({ kind: 'rest-open', source: 'rest', status: 'open', clientOrderId: cid, venueOrderId: vid });
      state.acceptedRest = {
        clientOrderId: cid,
        venueOrderId: vid,
        status: 'open',
        state: 'open',
        source: 'rest',
        via: 'report',
        atMs: t - 50,
      };
      order.acceptedRest = snap('open');
      order.clientOrderId = cid;
    }
    if (id === 'cancel') {
      ev('OrderPendingCancel', 'local');
      order.cancelNonce = '8';
      order.cancelTxHash = 'cd'.repeat(40);
    }
    if (id === 'canceled-ws') {
      ev('OrderCanceled', 'ws');
      rec.event({ kind: 'ws-frame-canceled', source: 'ws', status: 'canceled', clientOrderId: cid, venueOrderId: vid });
      order.statusPath.push('canceled');
      state.canceledVia = 'ws';
    }
    if (id === 'canceled-rest') {
      rec.event({ kind: 'rest-canceled', source: 'rest', status: 'canceled', clientOrderId: cid, venueOrderId: vid });
      order.canceledRest = snap('canceled');
      order.finalStatus = 'canceled';
    }
    if (id === 'reconcile') state.reconcileOpen = 0;
    if (id === 'fill-submit') {
      state.fill = {
        attempted: true,
        clientOrderId: 'canary-F1',
        filledSize: null,
        avgPrice: null,
        flattened: false,
        detail: 'started',
      };
      rec.orderEvent({ type: 'OrderSubmitted', source: 'local', clientOrderId: 'canary-F1', venueOrderId: null });
    }
    if (id === 'fill-ws' && state.fill) {
      rec.orderEvent({ type: 'OrderAccepted', source: 'ws', clientOrderId: 'canary-F1', venueOrderId: '99' });
      rec.orderEvent({
        type: 'OrderFilled',
        source: 'ws',
        clientOrderId: 'canary-F1',
        venueOrderId: '99',
        lastQty: '0.0050',
      });
      state.fill.filledSize = '0.0050';
    }
    if (id === 'flatten' && state.fill) state.fill.flattened = true;
    t += 5;
    if (params.failAt === id) {
      s.finish('failed', { error: 'venue did not accept the order: status canceled-margin-not-allowed' });
      break;
    }
    s.finish('passed', { detail: params.secretInDetail && id === 'connect' ? `key ${SAMPLE_SECRET}` : `${id} ok <&>` });
  }
  if (!params.failAt) {
    if (!params.fill)
      for (const [id, title] of [['fill-submit', 'Submit a small taker order']] as const)
        rec.skipStep(id, title, '--fill not requested');
    rec.incident('ws-disconnected', 'code 1006');
  }
  const cleanup = {
    attempted: true,
    reason: 'end of run',
    canceled: [],
    errors: [],
    openOrdersAfter: 0,
    positionAfter: null,
  };
  return { rec, state, options, cleanup };
}

/** A realistic recorded run, judged by the real criteria (see {@link sampleRecording}). */
export function sampleRun(params: { failAt?: string; fill?: boolean } = {}): RecordedRun {
  const { rec, state, options, cleanup } = sampleRecording(params);
  return recordedRunOf({ rec, state, fill: options.fill, cleanup, interruptedBy: null });
}

export function sampleReport(
  params: {
    failAt?: string;
    secretInDetail?: boolean;
    doctor?: (state: ReturnType<typeof sampleRecording>['state']) => void;
  } = {},
): CanaryReport {
  const { rec, state, options, cleanup } = sampleRecording(params);
  params.doctor?.(state);
  for (const c of evaluateCriteria(recordedRunOf({ rec, state, fill: options.fill, cleanup, interruptedBy: null })))
    rec.criterion(c);
  return buildReport({
    runId: 'run-1',
    rec,
    state,
    options,
    cleanup,
    endpoint: { httpUrl: 'http://127.0.0.1:1', wsUrl: 'ws://127.0.0.1:1/stream', chainId: 300 },
    account: { accountIndex: '281474976710654', apiKeyIndex: 3 },
    interrupted: null,
    exitCode: params.failAt ? 1 : 0,
    errors: [],
    redactor: createRedactor([SAMPLE_SECRET]),
  });
}
