import { DEFAULT_TX_BATCH_SIZE, MAX_TX_BATCH_SIZE } from '@lighter-ts/models/constants';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../src/options.js';

// One home for the batch caps (docs/protocol/transactions.md#batches): models' default and venue cap.
describe('maxBatchSize', () => {
  const base = { network: 'testnet' as const };

  it("defaults to models' DEFAULT_TX_BATCH_SIZE and accepts up to the venue's cap", () => {
    expect(resolveOptions(base).maxBatchSize).toBe(DEFAULT_TX_BATCH_SIZE);
    expect(resolveOptions({ ...base, maxBatchSize: MAX_TX_BATCH_SIZE }).maxBatchSize).toBe(50);
  });

  it('refuses more than the venue takes, a fraction and zero, naming the field and the value', () => {
    for (const bad of [MAX_TX_BATCH_SIZE + 1, 2.5, 0]) {
      expect(() => resolveOptions({ ...base, maxBatchSize: bad })).toThrow(
        expect.objectContaining({ code: 'WS_INVALID_ARGUMENT', message: expect.stringContaining('maxBatchSize') }),
      );
    }
    expect(() => resolveOptions({ ...base, maxBatchSize: 51 })).toThrow(/received 51/);
  });
});
