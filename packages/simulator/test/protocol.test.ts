import * as models from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { VenueError, venueMessage } from '../src/errors.js';
import { ORDER_TYPE_NAME, TIME_IN_FORCE_NAME, TX_TYPE } from '../src/protocol.js';

describe('protocol constants agree with @lighter-ts/models', () => {
  it('tx types, order types and time in force', () => {
    for (const [name, code] of Object.entries(TX_TYPE))
      expect((models.TX_TYPE as Record<string, number>)[name], name).toBe(code);
    expect([...ORDER_TYPE_NAME]).toEqual([...models.ORDER_TYPE_NAME]);
    expect([...TIME_IN_FORCE_NAME]).toEqual([...models.TIME_IN_FORCE_NAME]);
  });

  it("venue errors carry models' catalogue text (one catalogue), a generic text for a code it does not list", () => {
    for (const [code, message] of Object.entries(models.VENUE_ERROR_MESSAGE)) {
      expect(venueMessage(Number(code)), code).toBe(message);
      expect(new VenueError({ code: Number(code) }).toBody()).toEqual({ code: Number(code), message });
    }
    expect(venueMessage(12345)).toBe('error 12345');
  });
});
