/**
 * Writers of the data-test report: JSON (schema-validated, redacted), a self-contained HTML page
 * (criteria with NT spec ids and evidence sources, per-market counters, JSON embedded) and the
 * plain-text summary.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Redactor } from '../redact.js';
import { embedJson, escapeHtml as h } from '../report/escape.js';
import { type DataReport, DataReportSchema } from './schema.js';

/**
 * Render the data report as HTML.
 *
 * @example
 * const html = renderDataHtml(report, redactor);
 * @throws never
 */
export function renderDataHtml(report: DataReport, redactor: Redactor): string {
  const r = redactor.value(report);
  const td = (v: unknown, cls = ''): string =>
    `<td${cls ? ` class="${cls}"` : ''}>${h(v === null || v === undefined ? '—' : String(v))}</td>`;
  const criteria = r.criteria
    .map(
      (c) =>
        `<tr><td><code>${h(c.id)}</code><br>${h(c.description)}</td><td>${c.specCases.length ? c.specCases.map((s) => `<code class="spec-case">${h(s)}</code>`).join(' ') : 'no NT spec case'}</td>${td(c.expectation)}${td(c.passed ? 'PASS' : 'FAIL', c.passed ? 'pass' : 'fail')}${td(c.reason)}<td><ul class="evidence">${c.evidence.map((e) => `<li><span class="src">${h(e.source)}</span> ${h(e.detail)}</li>`).join('')}</ul></td></tr>`,
    )
    .join('');
  const markets = r.markets
    .map(
      (m) =>
        `<tr>${[m.market, m.book.frames, m.book.resets.length, m.book.resets.filter((x) => x.resynced).length, m.ticker.seen, m.trades.seen, m.candles.seen, m.funding.seen, m.stats.seen].map((v) => td(v)).join('')}</tr>`,
    )
    .join('');
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lighter canary data ${h(r.verdict.toUpperCase())} · ${h(r.network)}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;margin:24px}table{border-collapse:collapse;max-width:1200px}th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.verdict{padding:4px 12px;border-radius:14px;color:#fff;font-weight:700}.pass{color:#2e9d57;font-weight:600}.fail{color:#d64545;font-weight:600}
.verdict.pass{background:#2e9d57;color:#fff}.verdict.fail{background:#d64545;color:#fff}.spec-case{background:#eef3fd;padding:0 4px;white-space:nowrap}
.src{background:#2f6fdf;color:#fff;border-radius:3px;padding:0 4px;font-size:11px}ul.evidence{margin:0;padding-left:16px}</style></head><body>
<h1>Lighter canary data test <span id="verdict" class="verdict ${h(r.verdict)}">${h(r.verdict.toUpperCase())}</span></h1>
<p>network <b>${h(r.network)}</b> · ${h(String(r.seconds))} s · ${h(r.startedAt)} · exit code ${h(String(r.exitCode))}</p>
<h2>Criteria</h2>
<table id="criteria"><thead><tr><th>Criterion</th><th>NT spec case</th><th>Expectation</th><th>Result</th><th>Reason</th><th>Evidence (source)</th></tr></thead><tbody>${criteria}</tbody></table>
<h2>Per market</h2>
<table id="markets"><thead><tr><th>Market</th><th>Book frames</th><th>Resets</th><th>Resynced</th><th>Ticker</th><th>Trades</th><th>Candles</th><th>Funding</th><th>Stats</th></tr></thead><tbody>${markets}</tbody></table>
${r.errors.length ? `<h2>Errors</h2><ul>${r.errors.map((e) => `<li>${h(e)}</li>`).join('')}</ul>` : ''}
<script type="application/json" id="canary-data-report">${embedJson(r)}</script>
</body></html>
`;
  return redactor.text(body);
}

/**
 * Write the JSON and/or HTML data reports.
 *
 * @example
 * await writeDataReports({ report, redactor, json: 'data.json', html: 'data.html' });
 * @throws Error from the file system
 */
export async function writeDataReports(p: {
  report: DataReport;
  redactor: Redactor;
  json?: string | undefined;
  html?: string | undefined;
}): Promise<void> {
  const report = DataReportSchema.parse(p.redactor.value(p.report));
  if (p.json) {
    await mkdir(dirname(p.json), { recursive: true });
    await writeFile(p.json, `${p.redactor.text(JSON.stringify(report, null, 2))}\n`, 'utf8');
  }
  if (p.html) {
    await mkdir(dirname(p.html), { recursive: true });
    await writeFile(p.html, renderDataHtml(report, p.redactor), 'utf8');
  }
}

/**
 * Plain-text criteria list and verdict line.
 *
 * @example
 * process.stdout.write(renderSummaryCriteria(report));
 * @throws never
 */
export function renderSummaryCriteria(report: DataReport): string {
  const lines = report.criteria.map(
    (c) => `${c.passed ? 'PASS' : 'FAIL'}  ${c.id.padEnd(28)} ${c.specCases.join(',').padEnd(14)} ${c.reason}`,
  );
  return `\n${lines.join('\n')}\nDATA: ${report.verdict.toUpperCase()} (exit ${report.exitCode})\n`;
}
