/**
 * Final plain-text table printed at the end of a run (fixed-width, no colours so
 * logs and CI output stay readable).
 */
import type { CanaryReport } from './schema.js';

/**
 * Render the steps and criteria tables plus the verdict line.
 *
 * @example
 * process.stdout.write(renderSummaryTable(report));
 * @throws never
 */
export function renderSummaryTable(report: CanaryReport): string {
  const stepRows = report.steps.map((s, i) => [
    String(i + 1),
    s.title,
    s.status.toUpperCase(),
    s.latencyMs === null ? '-' : `${s.latencyMs} ms`,
  ]);
  const critRows = report.criteria.map((c) => [c.passed ? 'PASS' : 'FAIL', c.id, c.reason]);
  const lines: string[] = [];
  lines.push(table(['#', 'Step', 'Status', 'Latency'], stepRows));
  lines.push('');
  lines.push(table(['Result', 'Criterion', 'Reason'], critRows, 90));
  lines.push('');
  const o = report.order;
  if (o) {
    lines.push(
      `order: client ${o.clientOrderIndex ?? '-'} venue ${o.venueOrderId ?? '-'} nonce ${o.nonce ?? '-'} cancel-nonce ${o.cancelNonce ?? '-'}`,
    );
  }
  lines.push(
    `account: tier ${report.accountTier.before ?? '?'} -> ${report.accountTier.after ?? '?'}; volume quota ${quotaText(report.volumeQuota)}`,
  );
  lines.push(
    `rate limits: ${report.rateLimit.hits} hit(s); incidents: ${report.incidents.length}; cleanup: ${report.cleanup.attempted ? `${report.cleanup.canceled.length} canceled, ${report.cleanup.openOrdersAfter ?? '?'} open after` : 'nothing to do'}`,
  );
  lines.push(`VERDICT: ${report.verdict.toUpperCase()} (exit ${report.exitCode}, ${report.durationMs} ms)`);
  return `${lines.join('\n')}\n`;
}

/**
 * The volume quota line: both ends, or why there is none.
 * @example quotaText({ before: 1000, after: 998 }) // '1000 -> 998'
 * @throws never
 */
export function quotaText(q: CanaryReport['volumeQuota']): string {
  if (q.before === null && q.after === null) return 'not reported (Standard account or no order sent)';
  return `${q.before ?? '?'} -> ${q.after ?? '?'}`;
}

function table(head: string[], rows: string[][], maxLast = 60): string {
  const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const all = [head, ...rows].map((r) => r.map((c, i) => (i === r.length - 1 ? clip(c, maxLast) : clip(c, 44))));
  const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]): string =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const sep = widths.map((w) => '-'.repeat(w)).join('  ');
  return [fmt(all[0] ?? []), sep, ...all.slice(1).map(fmt)].join('\n');
}
