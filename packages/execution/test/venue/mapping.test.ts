/**
 * The cancel-reason vocabulary of execution's events and reports, beside models' CCXT view of the same statuses
 * (src/venue/mapping.ts says why the two differ).
 */
import { cancelReasonOf as modelsCancelReasonOf } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { cancelReasonOf, REJECT_LIKE_CANCEL_REASONS } from '../../src/venue/mapping.js';

describe('cancelReasonOf', () => {
  it('reads the suffix of a canceled-* status and nothing from a working one', () => {
    expect(cancelReasonOf('canceled-self-trade')).toBe('self-trade');
    expect(cancelReasonOf('canceled-post-only')).toBe('post-only');
    expect(cancelReasonOf('open')).toBeUndefined();
    expect(cancelReasonOf('filled')).toBeUndefined();
  });

  it("labels a plain cancel 'canceled' where models says 'user'", () => {
    expect(cancelReasonOf('canceled')).toBe('canceled');
    expect(modelsCancelReasonOf('canceled')).toBe('user');
  });

  it('passes a reason the catalogue does not list yet through, where models drops it', () => {
    expect(cancelReasonOf('canceled-some-new-reason')).toBe('some-new-reason');
    expect(modelsCancelReasonOf('canceled-some-new-reason')).toBeUndefined();
  });
});

describe('REJECT_LIKE_CANCEL_REASONS', () => {
  it('holds the four reasons that mean the venue refused the order outright', () => {
    expect([...REJECT_LIKE_CANCEL_REASONS].sort()).toEqual([
      'invalid-balance',
      'margin-not-allowed',
      'position-not-allowed',
      'post-only',
    ]);
  });
});
