/**
 * Self-contained HTML compliance report: inline CSS, inline SVG timeline, the
 * JSON report embedded for machines. No external assets, no scripts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Redactor } from '../redact.js';
import { embedJson, escapeHtml as h } from './escape.js';
import type { CanaryReport } from './schema.js';
import { quotaText } from './table.js';
import { renderTimelineSvg } from './timeline.js';

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#1d1f23;background:#fafbfc}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px}
.meta{color:#555}.verdict{display:inline-block;padding:4px 12px;border-radius:14px;font-weight:700;color:#fff}
.verdict.pass{background:#2e9d57}.verdict.fail{background:#d64545}
table{border-collapse:collapse;width:100%;max-width:1100px;background:#fff}
th,td{border:1px solid #e3e5e8;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:#f1f3f5}
td.pass,td.passed{color:#2e9d57;font-weight:600}td.fail,td.failed{color:#d64545;font-weight:600}td.skipped{color:#9aa0a6}
.chart{background:#fff;border:1px solid #e3e5e8;padding:8px;max-width:1100px;overflow-x:auto}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
.spec-case{background:#eef3fd;border-radius:3px;padding:0 4px;white-space:nowrap}.no-spec{color:#9aa0a6}
ul.evidence{margin:0;padding-left:16px}.src{display:inline-block;border-radius:3px;padding:0 4px;font-size:11px;color:#fff;background:#6b6f76}
.src-ws{background:#2f6fdf}.src-rest{background:#e08a1e}.src-rest-probe{background:#b86e12}.src-reconciliation{background:#8a4fbf}.src-unknown{background:#9aa0a6}
.legend span{margin-right:16px}.dot{display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:4px;vertical-align:middle}
`;

/**
 * Render the report as a complete HTML document.
 *
 * @example
 * const html = renderHtmlReport(report, redactor);
 * @throws never
 */
export function renderHtmlReport(report: CanaryReport, redactor: Redactor): string {
  const r = redactor.value(report);
  const o = r.order;
  const rows = (cells: string[][]): string => cells.map((c) => `<tr>${c.join('')}</tr>`).join('');
  const td = (v: unknown, cls = ''): string =>
    `<td${cls ? ` class="${h(cls)}"` : ''}>${h(v === null || v === undefined ? '—' : String(v))}</td>`;
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Lighter canary ${h(r.verdict.toUpperCase())} · ${h(r.network)} · ${h(r.market?.symbol ?? r.options.market)}</title>
<style>${CSS}</style></head><body>
<h1>Lighter canary report <span class="verdict ${h(r.verdict)}" id="verdict">${h(r.verdict.toUpperCase())}</span></h1>
<div class="meta">run <code>${h(r.runId)}</code> · network <b>${h(r.network)}</b> · market <b>${h(r.market?.symbol ?? r.options.market)}</b> ·
started ${h(r.startedAt)} · ${h(String(r.durationMs))} ms · exit code ${h(String(r.exitCode))} · account tier <span id="tier">${h(`${r.accountTier.before ?? '?'} → ${r.accountTier.after ?? '?'}`)}</span> · volume quota <span id="quota">${h(quotaText(r.volumeQuota).replace(' -> ', ' → '))}</span>${r.interrupted ? ` · interrupted by ${h(r.interrupted.signal)}` : ''}</div>

<h2>Timeline</h2>
<div class="chart">${renderTimelineSvg(r)}
<div class="legend"><span><i class="dot" style="background:#2e9d57"></i>step passed</span><span><i class="dot" style="background:#d64545"></i>step failed / incident</span><span><i class="dot" style="background:#2f6fdf"></i>WS event</span><span><i class="dot" style="background:#e08a1e"></i>REST event</span><span><i class="dot" style="background:#6b6f76"></i>local</span></div></div>

<h2>Criteria</h2>
<table id="criteria"><thead><tr><th>Criterion</th><th>NT spec case</th><th>Expectation</th><th>Result</th><th>Reason</th><th>Evidence (source)</th></tr></thead><tbody>
${rows(
  r.criteria.map((c) => [
    `<td><code>${h(c.id)}</code><br>${h(c.description)}</td>`,
    `<td class="spec">${c.specCases.length ? c.specCases.map((id) => `<code class="spec-case">${h(id)}</code>`).join(' ') : '<span class="no-spec">no NT spec case</span>'}</td>`,
    td(c.expectation),
    td(c.passed ? 'PASS' : 'FAIL', c.passed ? 'pass' : 'fail'),
    td(c.reason),
    `<td>${c.evidence.length ? `<ul class="evidence">${c.evidence.map((e) => `<li><span class="src src-${h(e.source)}">${h(e.source)}</span> ${h(e.detail)}</li>`).join('')}</ul>` : '—'}</td>`,
  ]),
)}
</tbody></table>

<h2>Steps</h2>
<table id="steps"><thead><tr><th>#</th><th>Step</th><th>Status</th><th>Start (ms)</th><th>Latency (ms)</th><th>Detail</th></tr></thead><tbody>
${rows(r.steps.map((s, i) => [td(i + 1), td(s.title), td(s.status, s.status), td(s.tStartMs), td(s.latencyMs), td(s.error ?? s.detail ?? '')]))}
</tbody></table>

<h2>Order</h2>
<table id="order"><tbody>${
    o
      ? rows(
          (
            [
              ['Client order id (restored by the execution client)', o.clientOrderId ?? 'not restored'],
              ['Client order id (submitted)', o.requestedClientOrderId],
              ['Time in force / post-only', `${o.timeInForce} / ${o.postOnly ? 'post-only' : 'no'}`],
              [
                'REST confirm (accepted)',
                o.acceptedRest
                  ? `${o.acceptedRest.status}: ${o.acceptedRest.side ?? '?'} ${o.acceptedRest.quantity ?? '?'} @ ${o.acceptedRest.price ?? '?'} ${o.acceptedRest.timeInForce ?? '?'}${o.acceptedRest.postOnly ? ' post-only' : ''}, venue id ${o.acceptedRest.venueOrderId ?? '?'}`
                  : null,
              ],
              [
                'REST confirm (canceled)',
                o.canceledRest ? `${o.canceledRest.status}, venue id ${o.canceledRest.venueOrderId ?? '?'}` : null,
              ],
              ['Client order index', o.clientOrderIndex],
              ['Venue order id', o.venueOrderId],
              ['Side / size / price', `${o.side} ${o.size} @ ${o.price}`],
              ['Notional', o.notional],
              ['Touch / distance', `${o.reference ?? '—'} / ${o.distanceTicks ?? '—'} ticks`],
              ['Submit nonce / tx', `${o.nonce ?? '—'} / ${o.txHash ?? '—'}`],
              ['Cancel nonce / tx', `${o.cancelNonce ?? '—'} / ${o.cancelTxHash ?? '—'}`],
              ['Status path', o.statusPath.join(' → ')],
              ['Final status', o.finalStatus],
            ] as Array<[string, string | null]>
          ).map(([k, v]) => [td(k), td(v)]),
        )
      : '<tr><td>No order was submitted.</td></tr>'
  }</tbody></table>

<h2>Nautilus order events</h2>
<table id="order-events"><thead><tr><th>Order</th><th>#</th><th>Event</th><th>Source</th><th>Venue order id</th><th>t (ms)</th><th>Detail</th></tr></thead><tbody>
${rows(
  [...new Set(r.orderEvents.map((e) => e.clientOrderId))].flatMap((id) =>
    r.orderEvents
      .filter((e) => e.clientOrderId === id)
      .map((e, i) => [
        td(id),
        td(i + 1),
        td(e.type),
        `<td><span class="src src-${h(e.source)}">${h(e.source)}</span></td>`,
        td(e.venueOrderId),
        td(e.tMs),
        td(e.detail ?? (e.lastQty ? `qty ${e.lastQty}` : '')),
      ]),
  ),
)}
</tbody></table>

<h2>WS vs REST</h2>
<table id="transport"><thead><tr><th>Event</th><th>WS at</th><th>REST at</th><th>REST − WS (ms)</th></tr></thead><tbody>
${rows(r.transportTimings.map((t) => [td(t.event), td(t.wsAt), td(t.restAt), td(t.restMinusWsMs)]))}
</tbody></table>

<h2>Rate limits and incidents</h2>
<p>${h(String(r.rateLimit.hits))} rate-limit hit(s), ${h(String(r.rateLimit.retries))} retr${r.rateLimit.retries === 1 ? 'y' : 'ies'}; ${h(String(r.incidents.length))} transport incident(s).</p>
<table id="incidents"><thead><tr><th>When</th><th>Kind</th><th>Detail</th></tr></thead><tbody>
${rows([
  ...r.rateLimit.entries.map((e) => [
    td(e.at),
    td(`rate limit (${e.operation}, attempt ${e.attempt})`),
    td(`${e.reason}; ${e.retried ? `retried after ${e.delayMs} ms` : 'not retried'}`),
  ]),
  ...r.incidents.map((i) => [td(i.tMs), td(i.kind), td(i.detail)]),
])}
</tbody></table>

<h2>Cleanup</h2>
<p id="cleanup">${h(
    r.cleanup.attempted
      ? `${r.cleanup.reason}: canceled ${r.cleanup.canceled.length ? r.cleanup.canceled.join(', ') : 'nothing'}; open canary orders after: ${r.cleanup.openOrdersAfter ?? 'unknown'}${r.cleanup.positionAfter === null ? '' : `; position after: ${r.cleanup.positionAfter}`}${r.cleanup.errors.length ? `; errors: ${r.cleanup.errors.join('; ')}` : ''}`
      : 'nothing to clean up',
  )}</p>
${r.errors.length ? `<h2>Errors</h2><ul>${r.errors.map((e) => `<li>${h(e)}</li>`).join('')}</ul>` : ''}
<script type="application/json" id="canary-report">${embedJson(r)}</script>
</body></html>
`;
  return redactor.text(body);
}

/**
 * Write the HTML report to `file`, creating parent directories.
 *
 * @example
 * await writeHtmlReport({ file: 'out/report.html', report, redactor });
 * @throws Error from the file system (the caller records it)
 */
export async function writeHtmlReport(params: {
  file: string;
  report: CanaryReport;
  redactor: Redactor;
}): Promise<void> {
  await mkdir(dirname(params.file), { recursive: true });
  await writeFile(params.file, renderHtmlReport(params.report, params.redactor), 'utf8');
}
