import { describe, expect, it } from 'vitest';
import { parseAccountMetadatas, parseL1Metadata } from '../../src/index.js';

describe('accountMetadata / l1Metadata', () => {
  it('parses both', () => {
    const r = parseAccountMetadatas({
      code: 200,
      account_metadatas: [{ account_index: 1, name: 'a', description: '', can_invite: true }],
    });
    expect(r.account_metadatas[0]?.name).toBe('a');
    expect(parseL1Metadata({ l1_address: '0xabc', can_invite: false, referral_points_percentage: '' }).can_invite).toBe(
      false,
    );
  });
});
