import * as models from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { VENUE_ERRORS } from '../src/errors.js';
import { ORDER_TYPE_NAME, TIME_IN_FORCE_NAME, TX_TYPE } from '../src/protocol.js';

describe('protocol constants agree with @lighter-ts/models', () => {
  it('tx types, order types and time in force', () => {
    for (const [name, code] of Object.entries(TX_TYPE))
      expect((models.TX_TYPE as Record<string, number>)[name], name).toBe(code);
    expect([...ORDER_TYPE_NAME]).toEqual([...models.ORDER_TYPE_NAME]);
    expect([...TIME_IN_FORCE_NAME]).toEqual([...models.TIME_IN_FORCE_NAME]);
  });

  it('every venue code the simulator emits is a known venue code with the same message', () => {
    const known = models.VENUE_ERROR_MESSAGE as Record<number, string>;
    for (const [code, message] of Object.entries(VENUE_ERRORS)) {
      expect(known[Number(code)], code).toBeDefined();
      // models keeps the catalogue text; the simulator may add the venue's suffix (": field")
      expect(
        message.startsWith(known[Number(code)]!) || known[Number(code)]!.startsWith(message),
        `${code}: ${message} vs ${known[Number(code)]}`,
      ).toBe(true);
    }
  });
});
