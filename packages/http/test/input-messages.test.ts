import { describe, expect, it } from 'vitest';
import { isLighterInputError, nextNonceRoute } from '../src/index.js';
import { validateParams } from '../src/route.js';

const refusal = (params: unknown): Error => {
  try {
    validateParams(nextNonceRoute, params);
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a refusal');
};

describe('invalid parameters say the limit and the value received (zod/mini words every check "Invalid input")', () => {
  it('a slot above 254 names the field, the bound and the value', () => {
    const e = refusal({ accountIndex: 1077, apiKeyIndex: 300 });
    expect(isLighterInputError(e) && e.field).toBe('apiKeyIndex');
    expect(e.message).toContain('expected number <= 254, received 300');
    expect(e.message).not.toContain('Invalid input');
  });

  it('a missing parameter says nothing was received', () => {
    expect(refusal({ accountIndex: 1077 }).message).toContain('received nothing');
  });
});
