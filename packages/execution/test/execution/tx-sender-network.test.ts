import { NetworkMismatchError } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { classifySend } from '../../src/internal.js';

describe('classifySend', () => {
  it('a tx refused for its network was never sent: rejected, not unknown', () => {
    const e = new NetworkMismatchError({
      kind: 'signed tx',
      expected: 'lighter-testnet',
      expectedChainId: 300,
      received: 'robinhood-testnet',
      receivedChainId: 300,
    });
    expect(classifySend({ error: e })).toBe('rejected');
    expect(classifySend({ error: new Error('socket hang up') })).toBe('unknown');
  });
});
