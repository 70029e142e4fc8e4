// Renders the HTML report in headless Chromium (playwright-core) and checks what a human sees:
// the verdict, the criteria table and a timeline with one bar per executed step. Writes a
// screenshot to test-output/ (gitignored). Skipped with a clear message when Chromium is absent.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/redact.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { sampleReport } from '../helpers/sample-report.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = fileURLToPath(new URL('../../test-output/', import.meta.url));
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[canary] ${CHROMIUM} not found: skipping the headless HTML render test (apt-get install -y chromium)`);

/** Render `html` in Chromium, screenshot it, and return what the page shows. */
export async function renderInChromium(html: string, screenshotName: string): Promise<{ verdict: string; bars: number; criteria: number; title: string }> {
  await mkdir(OUT, { recursive: true });
  const file = `${OUT}${screenshotName}.html`;
  await writeFile(file, html, 'utf8');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(`file://${file}`);
    await page.screenshot({ path: `${OUT}${screenshotName}.png`, fullPage: true });
    expect(requests).toEqual([]); // self-contained: nothing fetched
    const box = await page.locator('svg.timeline').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    return {
      verdict: (await page.locator('#verdict').textContent()) ?? '',
      bars: await page.locator('svg.timeline rect.step-bar').count(),
      criteria: await page.locator('#criteria tbody tr').count(),
      title: await page.title(),
    };
  } finally {
    await browser.close();
  }
}

describe.skipIf(!hasChromium)('HTML report in headless Chromium', () => {
  it('renders the verdict, criteria and the timeline chart', async () => {
    const report = sampleReport();
    const seen = await renderInChromium(renderHtmlReport(report, createRedactor()), 'sample-report');
    expect(seen.verdict).toBe('PASS');
    expect(seen.bars).toBe(report.steps.filter((s) => s.latencyMs !== null).length);
    expect(seen.criteria).toBe(report.criteria.length);
    expect(seen.title).toMatch(/Lighter canary PASS/);
  }, 60_000);
});
