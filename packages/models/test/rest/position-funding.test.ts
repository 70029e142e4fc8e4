import { describe, expect, it } from 'vitest';
import { parsePositionFundings } from '../../src/index.js';

describe('positionFunding', () => {
  it('parses payments exactly', () => {
    const r = parsePositionFundings({
      code: 200,
      position_fundings: [
        {
          timestamp: 1,
          market_id: 0,
          funding_id: 2,
          change: '-0.012345',
          rate: '0.0012',
          position_size: '1.5000',
          position_side: 'long',
          discount: '0',
        },
      ],
      next_cursor: 'c',
    });
    expect(r.position_fundings[0]?.change).toBe('-0.012345');
    expect(r.next_cursor).toBe('c');
  });
});
