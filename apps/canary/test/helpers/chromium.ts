// Headless Chromium driver for the HTML report tests (playwright-core, system chromium).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
const OUT = fileURLToPath(new URL('../../test-output/', import.meta.url));
export const hasChromium = existsSync(CHROMIUM);

/** Render `html` in Chromium, screenshot it, and return what the page shows. */
export async function renderInChromium(
  html: string,
  screenshotName: string,
): Promise<{
  verdict: string;
  bars: number;
  criteria: number;
  title: string;
  specCases: string[];
  evidenceSources: string[];
  orderEvents: string[];
}> {
  await mkdir(OUT, { recursive: true });
  const file = `${OUT}${screenshotName}.html`;
  await writeFile(file, html, 'utf8');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
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
      // What a human reads in the criteria table: NT spec ids and the source of every piece of evidence.
      specCases: await page.locator('#criteria .spec-case').allTextContents(),
      evidenceSources: await page.locator('#criteria ul.evidence .src').allTextContents(),
      orderEvents: (await page.locator('#order-events tbody tr').allTextContents()).map((t) =>
        t.replace(/\s+/g, ' ').trim(),
      ),
    };
  } finally {
    await browser.close();
  }
}
