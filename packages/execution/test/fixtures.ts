import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LighterInstrument } from '../src/instruments/instrument.js';

/**
 * The repository's API fixtures (`fixtures/api`, provenance in fixtures/SOURCES.md), found by walking
 * up rather than a fixed `../../..` so the tests also run from Stryker's sandbox copy
 * (`.stryker-tmp/sandbox-*`), which sits deeper inside this package.
 */
function fixturesRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'fixtures', 'api');
    if (existsSync(join(dir, 'fixtures', 'SOURCES.md'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('fixtures/api not found above the execution tests');
    dir = parent;
  }
}

const root = fixturesRoot();

export function fixture<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
}

export const ETH_PERP: LighterInstrument = {
  instrumentId: 'ETH-PERP.LIGHTER',
  rawSymbol: 'ETH',
  marketIndex: 0,
  kind: 'perp',
  baseCurrency: 'ETH',
  quoteCurrency: 'USDC',
  priceDecimals: 2,
  sizeDecimals: 4,
  priceIncrement: '0.01',
  sizeIncrement: '0.0001',
  minQuantity: '0.005',
  minNotional: '10',
  maxNotional: undefined,
  marginInit: '0.05',
  marginMaint: '0.03',
  makerFee: '0',
  takerFee: '0',
  status: 'active',
};
