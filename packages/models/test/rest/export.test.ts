import { describe, expect, it } from 'vitest';
import { parseExportData } from '../../src/index.js';

describe('export', () => {
  it('parses the URL', () => {
    expect(parseExportData({ code: 200, data_url: 'https://x/y.csv' }).data_url).toBe('https://x/y.csv');
  });
});
