import { describe, expect, it } from 'vitest';
import { BoPnlParamsSchema } from '../../src/routes/bo-pnl.js';
import { describeRoute } from '../helpers/route-cases.js';

describeRoute('boPnl');

// Moved from models (issue 13: the request side of a route lives next to its function).
describe('boPnl query', () => {
  it('requires the account and bounds the limit', () => {
    expect(BoPnlParamsSchema.safeParse({ account: 12 }).success).toBe(true);
    expect(BoPnlParamsSchema.safeParse({}).success).toBe(false);
    expect(BoPnlParamsSchema.safeParse({ account: 12, limit: 101 }).success).toBe(false);
  });
  it('integer bounds', () => {
    expect(BoPnlParamsSchema.safeParse({ account: 12, eventId: -1 }).success).toBe(false);
    expect(BoPnlParamsSchema.safeParse({ account: 12, cursor: 0, limit: 1 }).success).toBe(true);
  });
});
