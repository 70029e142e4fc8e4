/**
 * Transaction routes (docs/protocol/rest.md#transactions): sendTx, sendTxBatch, tx.
 */
import type { QuotaTicket } from '../../engine/volume-quota.js';
import { VenueError } from '../../errors.js';
import { processTx, processTxBatch } from '../../tx/intake.js';
import { txJson } from '../../views/account.js';
import { type RouteHandler, param } from '../context.js';

/** Predicted execution time the venue reports: now + a small latency (ms). */
function predicted(now: number): number {
  return now + 200;
}

export const sendTx: RouteHandler = (env, req) => {
  const t = param(req, 'tx_type');
  const info = param(req, 'tx_info');
  if (t === undefined || !/^\d+$/.test(t) || info === undefined) throw new VenueError({ code: 21501 });
  const ticket = env.intake.quota?.admitRaw({ txTypes: [t], txInfos: [info] });
  const r = processTx(env.intake, { txType: Number(t), txInfo: info });
  return {
    code: 200,
    ...quotaFields(ticket),
    tx_hash: r.txHash,
    predicted_execution_time_ms: predicted(env.exchange.now()),
  };
};

/** Answer fields about the volume quota: spent only once the txs were accepted (docs/protocol/errors-and-limits.md#volume-quota). */
function quotaFields(ticket: QuotaTicket | undefined): { message: string; volume_quota_remaining?: number } {
  return ticket?.commit() ?? { message: '{"ratelimit": "didn\'t use volume quota"}' };
}

function jsonArray(raw: string | undefined): unknown[] {
  if (raw === undefined) throw new VenueError({ code: 21501 });
  try {
    const v = JSON.parse(raw) as unknown;
    if (Array.isArray(v)) return v;
  } catch {
    // fall through
  }
  throw new VenueError({ code: 21501 });
}

export const sendTxBatch: RouteHandler = (env, req) => {
  const types = jsonArray(param(req, 'tx_types'));
  const infos = jsonArray(param(req, 'tx_infos'));
  const ticket = env.intake.quota?.admitRaw({ txTypes: types, txInfos: infos });
  const rs = processTxBatch(env.intake, { txTypes: types, txInfos: infos, path: 'rest' });
  return {
    code: 200,
    ...quotaFields(ticket),
    tx_hash: rs.map((r) => r.txHash),
    predicted_execution_time_ms: predicted(env.exchange.now()),
  };
};

export const tx: RouteHandler = (env, req) => {
  const by = param(req, 'by');
  const value = param(req, 'value') ?? '';
  for (const a of env.exchange.accounts.values()) {
    for (const t of a.txs) {
      if ((by === 'hash' && t.hash === value) || (by === 'sequence_index' && String(t.sequenceIndex) === value)) {
        return { code: 200, ...txJson(t), committed_at: t.executedAt, verified_at: t.executedAt };
      }
    }
  }
  if (by !== 'hash' && by !== 'sequence_index') throw new VenueError({ code: 20001, message: 'invalid param : by' });
  throw new VenueError({ code: 21500 });
};
