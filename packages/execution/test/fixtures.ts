import { readFileSync } from 'node:fs';
import type { LighterInstrument } from '../src/instruments/instrument.js';

// test/ -> packages/execution -> packages -> repository root; provenance in fixtures/SOURCES.md.
const root = new URL('../../../fixtures/api/', import.meta.url);

export function fixture<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;
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
