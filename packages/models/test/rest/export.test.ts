import { describe, expect, it } from 'vitest';
import { HistoricalTradesExportSchema, parseExportData } from '../../src/index.js';

describe('export', () => {
  it('parses the URL', () => {
    expect(parseExportData({ code: 200, data_url: 'https://x/y.csv' }).data_url).toBe('https://x/y.csv');
  });

  it('historical trades: the URL, or none when the venue made no file (null or absent); code required', () => {
    expect(HistoricalTradesExportSchema.parse({ code: 200, data_url: 'https://x/d.csv' }).data_url).toBe(
      'https://x/d.csv',
    );
    expect(HistoricalTradesExportSchema.parse({ code: 200, data_url: null }).data_url).toBeNull();
    expect(HistoricalTradesExportSchema.safeParse({ code: 200 }).success).toBe(true);
    expect(HistoricalTradesExportSchema.safeParse({ data_url: 'https://x/d.csv' }).success).toBe(false);
  });
});
