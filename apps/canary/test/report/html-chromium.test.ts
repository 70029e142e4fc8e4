// Renders the HTML report in headless Chromium (playwright-core) and checks what a human sees:
// the verdict, the criteria table and a timeline with one bar per executed step. Writes a
// screenshot to test-output/ (gitignored). Skipped with a clear message when Chromium is absent.
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/redact.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { CHROMIUM, hasChromium, renderInChromium } from '../helpers/chromium.js';
import { sampleReport } from '../helpers/sample-report.js';

if (!hasChromium)
  console.warn(`[canary] ${CHROMIUM} not found: skipping the headless HTML render test (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('HTML report in headless Chromium', () => {
  it('renders the verdict, criteria and the timeline chart', async () => {
    const report = sampleReport();
    const seen = await renderInChromium(renderHtmlReport(report, createRedactor()), 'sample-report');
    expect(seen.verdict).toBe('PASS');
    expect(seen.bars).toBe(report.steps.filter((s) => s.latencyMs !== null).length);
    expect(seen.criteria).toBe(report.criteria.length);
    expect(seen.title).toMatch(/Lighter canary PASS/);
    expect(new Set(seen.specCases)).toEqual(new Set(report.criteria.flatMap((c) => c.specCases)));
    expect(seen.specCases).toEqual(expect.arrayContaining(['TC-D01', 'TC-E10', 'TC-E40', 'TC-E60', 'TC-E81']));
    expect(new Set(seen.evidenceSources)).toEqual(new Set(['ws', 'rest', 'local']));
    expect(seen.orderEvents).toHaveLength(report.orderEvents.length);
    expect(seen.orderEvents.join('\n')).toMatch(/OrderPendingCancel/);
  }, 60_000);
});
