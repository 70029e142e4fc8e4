/**
 * Writers of the flatten report: JSON (schema-validated, redacted) and a self-contained HTML page
 * with the JSON embedded, like the lifecycle report.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Redactor } from '../redact.js';
import { embedJson, escapeHtml as h } from '../report/escape.js';
import { type FlattenReport, FlattenReportSchema } from './schema.js';

/**
 * Render the flatten report as HTML (no external assets, no script).
 *
 * @example
 * const html = renderFlattenHtml(report, redactor);
 * @throws never
 */
export function renderFlattenHtml(report: FlattenReport, redactor: Redactor): string {
  const r = redactor.value(report);
  const td = (v: unknown): string => `<td>${h(v === null || v === undefined ? '—' : String(v))}</td>`;
  const rows = r.actions
    .map(
      (a) =>
        `<tr>${[a.kind, a.market, a.clientOrderId, a.venueOrderId, a.detail, a.ok ? 'ok' : `failed: ${a.error ?? ''}`, a.nonce].map(td).join('')}</tr>`,
    )
    .join('');
  const pos = (list: FlattenReport['after']['positions']): string =>
    list.length ? list.map((p) => `${p.market} ${p.size}`).join(', ') : 'none';
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lighter canary flatten ${h(r.verdict.toUpperCase())} · ${h(r.network)}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;margin:24px}table{border-collapse:collapse}th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;overflow-wrap:anywhere}
.verdict{padding:4px 12px;border-radius:14px;color:#fff;font-weight:700}.flat{background:#2e9d57}.not-flat{background:#d64545}</style></head><body>
<h1>Lighter canary flatten <span id="verdict" class="verdict ${h(r.verdict)}">${h(r.verdict.toUpperCase())}</span></h1>
<p id="summary">${h(r.summary)}</p>
<p>network <b>${h(r.network)}</b> · account ${h(r.account.accountIndex ?? '—')} · ${h(r.startedAt)} · ${h(String(r.durationMs))} ms · exit code ${h(String(r.exitCode))}</p>
<h2>Found</h2><p id="found">${h(`${r.found.openOrders} open order(s); positions: ${pos(r.found.positions)}`)}</p>
<h2>Actions</h2>
<table id="actions"><thead><tr><th>Action</th><th>Market</th><th>Client order id</th><th>Venue order id</th><th>Detail</th><th>Outcome</th><th>Nonce</th></tr></thead><tbody>${rows}</tbody></table>
<h2>After (re-read)</h2><p id="after">${h(`${r.after.openOrders ?? 'unknown'} open order(s); positions: ${pos(r.after.positions)}; ${r.after.verified ? 'proven flat' : 'NOT proven flat'}`)}</p>
${r.errors.length ? `<h2>Errors</h2><ul>${r.errors.map((e) => `<li>${h(e)}</li>`).join('')}</ul>` : ''}
<script type="application/json" id="canary-flatten-report">${embedJson(r)}</script>
</body></html>
`;
  return redactor.text(body);
}

/**
 * Write the JSON and/or HTML flatten reports.
 *
 * @example
 * await writeFlattenReports({ report, redactor, json: 'flatten.json' });
 * @throws Error from the file system
 */
export async function writeFlattenReports(p: {
  report: FlattenReport;
  redactor: Redactor;
  json?: string | undefined;
  html?: string | undefined;
}): Promise<void> {
  const report = FlattenReportSchema.parse(p.redactor.value(p.report));
  if (p.json) {
    await mkdir(dirname(p.json), { recursive: true });
    await writeFile(p.json, `${p.redactor.text(JSON.stringify(report, null, 2))}\n`, 'utf8');
  }
  if (p.html) {
    await mkdir(dirname(p.html), { recursive: true });
    await writeFile(p.html, renderFlattenHtml(report, p.redactor), 'utf8');
  }
}
