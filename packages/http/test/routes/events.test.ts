import { describe, expect, it } from 'vitest';
import { EventsParamsSchema } from '../../src/routes/events.js';
import { describeRoute } from '../helpers/route-cases.js';

describeRoute('events');

// Moved from models (issue 13: the request side of a route lives next to its function).
describe('events query', () => {
  it('validates the query', () => {
    expect(
      EventsParamsSchema.safeParse({ active: true, tag: 'btc-updown-15m', limit: 2, sort: 'start_at', order: 'asc' })
        .success,
    ).toBe(true);
    expect(EventsParamsSchema.safeParse({ limit: 0 }).success).toBe(false);
    expect(EventsParamsSchema.safeParse({ order: 'up' }).success).toBe(false);
  });
  it('integer bounds, string-or-integer cursor', () => {
    expect(EventsParamsSchema.safeParse({ cursor: 5 }).success).toBe(true);
    expect(EventsParamsSchema.safeParse({ cursor: 'abc' }).success).toBe(true);
    expect(EventsParamsSchema.safeParse({ cursor: -1 }).success).toBe(false);
    expect(EventsParamsSchema.safeParse({ tag: '' }).success).toBe(false);
    expect(EventsParamsSchema.safeParse({ limit: 100.5 }).success).toBe(false);
  });
});
