/** BoundedDedupSet edges: capacity validation and the exact eviction point. */
import { describe, expect, it } from 'vitest';
import { BoundedDedupSet } from '../../src/orders/dedup.js';

describe('BoundedDedupSet edges', () => {
  it('refuses a capacity that is not a positive integer; 1 is allowed', () => {
    expect(() => new BoundedDedupSet({ capacity: 0 })).toThrow(RangeError);
    expect(() => new BoundedDedupSet({ capacity: 2.5 })).toThrow(RangeError);
    expect(new BoundedDedupSet({ capacity: 1 }).capacity).toBe(1);
    expect(new BoundedDedupSet().capacity).toBe(10_000);
  });

  it('keeps exactly `capacity` keys, evicting the oldest only when one more arrives', () => {
    const s = new BoundedDedupSet({ capacity: 2 });
    expect(s.mark('a')).toBe(true);
    expect(s.mark('b')).toBe(true);
    expect(s.size).toBe(2);
    expect(s.has('a')).toBe(true);
    expect(s.mark('c')).toBe(true);
    expect(s.size).toBe(2);
    expect(s.has('a')).toBe(false);
    expect(s.has('b')).toBe(true);
    expect(s.mark('b')).toBe(false);
    s.unmark('b');
    expect(s.mark('b')).toBe(true);
  });
});
