/** BoundedDedupSet: the capacity refusal names the field (MUTATION.md, run 4). */
import { describe, expect, it } from 'vitest';
import { BoundedDedupSet } from '../../src/orders/dedup.js';

describe('BoundedDedupSet (mutation guards)', () => {
  it('a capacity below 1 is refused with a message naming capacity', () => {
    expect(() => new BoundedDedupSet({ capacity: 0 })).toThrow(/capacity must be a positive integer/);
  });
});
