// A web page bundling models, signing, http and streaming trades against the simulator in headless
// Chromium: markets over REST (fetch, cross-origin: the page is served from another port), a book
// over the browser's WebSocket, a signed post-only order accepted on the account stream, then
// canceled. Skipped with a message only where no Chromium executable exists.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Simulator } from '@lighter-ts/simulator';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioParams, ScenarioReport } from '../src/scenario.js';
import { bundleEntry, CHROMIUM_PATH, expectedReport, has, startVenue } from './helpers/runtimes.js';

const hasChromium = has(CHROMIUM_PATH);
if (!hasChromium)
  console.warn(
    `[runtime-e2e] no browser at ${CHROMIUM_PATH} (set CHROMIUM_PATH or apt-get install -y chromium): skipping the Chromium test`,
  );

const PAGE =
  '<!doctype html><meta charset="utf-8"><title>lighter-ts in a browser</title><script type="module" src="/app.js"></script>';

describe.skipIf(!hasChromium)('the SDK in headless Chromium', () => {
  let sim: Simulator;
  let params: ScenarioParams;
  let pages: Server;
  let pageUrl: string;
  beforeAll(async () => {
    const app = await bundleEntry();
    ({ sim, params } = await startVenue());
    pages = createServer((req, res) => {
      const js = req.url === '/app.js';
      res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
      res.end(js ? app : PAGE);
    });
    await new Promise<void>((r) => pages.listen(0, '127.0.0.1', r));
    pageUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => (pages ? pages.close(() => r()) : r()));
    await sim?.close();
  });

  it('loads markets, streams a book, sends a post-only order, sees it open and cancels it', async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
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
      const page = await browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(`${pageUrl}#${encodeURIComponent(JSON.stringify(params))}`);
      await page.waitForFunction(
        () => (globalThis as { __lighterReport?: unknown }).__lighterReport !== undefined,
        null,
        { timeout: 100_000 },
      );
      const report = (await page.evaluate(
        () => (globalThis as { __lighterReport?: unknown }).__lighterReport,
      )) as ScenarioReport;
      expect(pageErrors).toEqual([]);
      expect(report.error).toBeUndefined();
      expect(report).toMatchObject(expectedReport());
      expect(report.symbol).toBeTruthy();
      expect(report.bookLevels?.bids).toBeGreaterThan(0);
      expect(report.txHash).toMatch(/^[0-9a-f]+$/);
    } finally {
      await browser.close();
    }
  });
});
