import { describe, expect, it } from 'vitest';
import {
  BatchTooLargeError,
  DEFAULT_TX_BATCH_SIZE,
  isBatchTooLargeError,
  isLighterModelsError,
  MAX_TX_BATCH_SIZE,
} from '../src/index.js';

describe('batch caps and BatchTooLargeError', () => {
  it('one home for the caps: the venue allows 50, clients send 15 by default', () => {
    expect(MAX_TX_BATCH_SIZE).toBe(50);
    expect(DEFAULT_TX_BATCH_SIZE).toBe(15);
  });

  it('names the field, the cap and the size; carries the venue code when the venue refused', () => {
    const local = new BatchTooLargeError({ limit: 15, received: 16 });
    expect(local).toMatchObject({
      code: 'BATCH_TOO_LARGE',
      field: 'txs',
      limit: 15,
      received: 16,
      venueCode: undefined,
    });
    expect(local.message).toContain('16 txs');
    expect(local.message).toContain('cap of 15');
    const venue = new BatchTooLargeError({ limit: 50, received: 51, venueCode: 21514 });
    expect(venue.toJSON()).toMatchObject({
      name: 'BatchTooLargeError',
      code: 'BATCH_TOO_LARGE',
      limit: 50,
      received: 51,
      venueCode: 21514,
    });
  });

  it('guards work on plain copies (dual ESM/CJS) and the family guard accepts it', () => {
    const e = new BatchTooLargeError({ limit: 50, received: 60 });
    expect(isBatchTooLargeError(e)).toBe(true);
    expect(isLighterModelsError(e)).toBe(true);
    expect(isBatchTooLargeError({ name: 'BatchTooLargeError', code: 'BATCH_TOO_LARGE' })).toBe(true);
    expect(isLighterModelsError({ name: 'BatchTooLargeError', code: 'BATCH_TOO_LARGE' })).toBe(true);
    expect(isBatchTooLargeError(new Error('x'))).toBe(false);
  });
});
