import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/redact.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { serializeReport } from '../../src/report/json.js';
import { CanaryReportSchema } from '../../src/report/schema.js';
import { renderSummaryTable } from '../../src/report/table.js';
import { SAMPLE_SECRET, sampleReport } from '../helpers/sample-report.js';

describe('report', () => {
  it('a passing run validates, passes every criterion and records WS vs REST timing', () => {
    const report = sampleReport();
    expect(CanaryReportSchema.parse(JSON.parse(serializeReport(report, createRedactor())))).toEqual(report);
    expect(report.verdict).toBe('pass');
    expect(report.criteria.every((c) => c.passed)).toBe(true);
    expect(report.transportTimings[0]).toMatchObject({ event: 'accepted', restMinusWsMs: 22 });
    expect(report.rateLimit.hits).toBe(1);
    expect(report.criteria.find((c) => c.id === 'rate-limits-handled')?.reason).toMatch(/1 rate-limit hit/);
  });

  it('a failing step fails its criterion with the reason and marks the rest not reached', () => {
    const report = sampleReport({ failAt: 'accepted-ws' });
    expect(report.verdict).toBe('fail');
    const accepted = report.criteria.find((c) => c.id === 'accepted-on-ws');
    expect(accepted).toMatchObject({ passed: false, reason: expect.stringContaining('canceled-margin-not-allowed') });
    expect(report.criteria.find((c) => c.id === 'canceled-on-ws')?.reason).toBe(
      'not reached: step "accepted-ws" failed',
    );
  });

  it('tier and volume quota before and after the run reach the JSON, the table and the HTML', () => {
    const report = sampleReport({
      doctor: (state) => {
        state.tier = { before: 'premium', after: 'premium' };
        state.quota = { before: 1_000, after: 998 };
      },
    });
    const r = createRedactor();
    expect(JSON.parse(serializeReport(report, r))).toMatchObject({
      accountTier: { before: 'premium', after: 'premium' },
      volumeQuota: { before: 1000, after: 998 },
    });
    expect(renderSummaryTable(report)).toContain('account: tier premium -> premium; volume quota 1000 -> 998');
    const html = renderHtmlReport(report, r);
    expect(html).toContain('<span id="tier">premium → premium</span>');
    expect(html).toContain('<span id="quota">1000 → 998</span>');
  });

  it('a Standard account (no quota in any answer) says so instead of numbers', () => {
    const report = sampleReport();
    expect(report.volumeQuota).toEqual({ before: null, after: null });
    expect(renderSummaryTable(report)).toContain('volume quota not reported (Standard account or no order sent)');
    expect(CanaryReportSchema.safeParse({ ...report, volumeQuota: { before: -1, after: null } }).success).toBe(false);
  });

  it('secrets never reach the JSON, HTML or table', () => {
    const report = sampleReport({ secretInDetail: true });
    const r = createRedactor([SAMPLE_SECRET]);
    for (const text of [serializeReport(report, r), renderHtmlReport(report, r), renderSummaryTable(report)]) {
      expect(text).not.toContain(SAMPLE_SECRET.slice(2));
    }
    expect(serializeReport(report, r)).toContain('[REDACTED]');
  });

  it('HTML is self-contained, escaped, embeds the JSON and draws a timeline', () => {
    const report = sampleReport();
    const html = renderHtmlReport(report, createRedactor());
    expect(html).not.toMatch(/<link|src=|https?:\/\/(?!127\.0\.0\.1)(?!www\.w3\.org)/);
    expect(html).toContain('<svg');
    expect((html.match(/class="step-bar step-passed"/g) ?? []).length).toBe(12);
    expect(html).toContain('ok &lt;&amp;&gt;');
    const embedded = /<script type="application\/json" id="canary-report">(.*)<\/script>/s.exec(html)?.[1];
    expect(CanaryReportSchema.parse(JSON.parse(embedded ?? ''))).toEqual(report);
  });

  it('the table lists steps, criteria and the verdict', () => {
    const table = renderSummaryTable(sampleReport({ failAt: 'submit' }));
    expect(table).toMatch(/Submit the post-only order\s+FAILED/);
    expect(table).toMatch(/FAIL\s+submit-acknowledged/);
    expect(table).toMatch(/VERDICT: FAIL \(exit 1/);
  });
});
