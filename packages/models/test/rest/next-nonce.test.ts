import { describe, expect, it } from 'vitest';
import { parseNextNonce } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('nextNonce', () => {
  it('parses nt_next_nonce.json', () => {
    const r = parseNextNonce(loadFixture('rest/nt_next_nonce.json'));
    expect(r.code).toBe(200);
    expect(r.nonce).toBe(1234567890);
  });
});
