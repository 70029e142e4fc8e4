import { describe, expect, it } from 'vitest';
import { microsToMillis, microsToNanos, millisToNanos, orderTimestampToMillis, secondsToNanos } from '../src/index.js';

describe('timestamp units (docs/protocol/rest.md#conventions)', () => {
  it('normalises ambiguous order timestamps', () => {
    expect(orderTimestampToMillis(1766112729)).toBe(1766112729000);
    expect(orderTimestampToMillis(1777941383576)).toBe(1777941383576);
    expect(orderTimestampToMillis(0)).toBe(0);
  });
  it('converts exactly to ns', () => {
    expect(microsToMillis(1777945103092648)).toBe(1777945103092);
    expect(microsToNanos(1777945103092648)).toBe(1777945103092648000n);
    expect(millisToNanos(1777945103092)).toBe(1777945103092000000n);
    expect(secondsToNanos(1778702400)).toBe(1778702400000000000n);
  });
});
