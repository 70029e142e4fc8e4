import { describe, expect, it } from 'vitest';
import { ExportParamsSchema, parseExportData } from '../../src/index.js';

describe('export', () => {
  it('parses the URL and validates the type', () => {
    expect(parseExportData({ code: 200, data_url: 'https://x/y.csv' }).data_url).toBe('https://x/y.csv');
    expect(ExportParamsSchema.safeParse({ type: 'orders' }).success).toBe(false);
  });
});
