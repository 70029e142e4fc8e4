import { describe, expect, it } from 'vitest';
import { redactSecrets, redactText } from '../../src/errors.js';
import { API_KEY_INDEX } from '../../src/constants/account.js';
import { isReadOnlyToken, readOnlyTokenInfo } from '../../src/identifiers/read-only-token.js';

const TOKEN = 'ro:1001:all:1893456000:0123456789abcdef0123456789abcdef';

describe('read-only tokens (docs/protocol/rest.md#read-only-tokens)', () => {
  it('parses the public parts and tells the form apart from API-key auth tokens', () => {
    expect(readOnlyTokenInfo(TOKEN)).toEqual({ accountIndex: 1001, access: 'all', expiry: 1893456000 });
    expect(readOnlyTokenInfo('ro:7:single:1:ff')).toEqual({ accountIndex: 7, access: 'single', expiry: 1 });
    expect(isReadOnlyToken(TOKEN)).toBe(true);
    expect(isReadOnlyToken(`1893456000:1001:4:${'ab'.repeat(80)}`)).toBe(false);
    expect(isReadOnlyToken('ro:1001:some:1:ff')).toBe(false);
    expect(isReadOnlyToken(42)).toBe(false);
  });

  it('names the field and never repeats the token when the form is wrong', () => {
    const bad = 'ro:1001:everything:1893456000:secretsecret';
    let caught: unknown;
    try {
      readOnlyTokenInfo(bad);
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ code: 'INVALID_IDENTIFIER', field: 'readOnlyToken' });
    expect(String((caught as Error).message)).not.toContain('secretsecret');
  });

  it('redacts api_token values (the tokens/create answer carries the secret)', () => {
    expect(redactSecrets({ api_token: TOKEN, name: 'x' })).toEqual({ api_token: '[REDACTED]', name: 'x' });
    expect(redactText(`{"api_token":"${TOKEN}"`)).toBe('{"api_token":"[REDACTED]"');
  });

  it('marks slots 0-3 as reserved for the venue apps', () => {
    expect(API_KEY_INDEX.FIRST_UNRESERVED).toBe(4);
  });
});
