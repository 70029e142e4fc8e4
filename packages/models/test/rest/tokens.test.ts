import { describe, expect, it } from 'vitest';
import { isLighterParseError, parseApiTokens, parseRevokeApiToken } from '../../src/index.js';

describe('read-only API tokens', () => {
  it('parses tokens and never echoes a token value in errors', () => {
    const r = parseApiTokens({
      code: 200,
      api_tokens: [{ token_id: 1, name: 'n', account_index: 2, expiry: 3, revoked: false }],
    });
    expect(r.api_tokens[0]?.name).toBe('n');
    expect(parseRevokeApiToken({ code: 200, token_id: 1, revoked: true }).revoked).toBe(true);
    try {
      parseApiTokens({ code: 200, api_tokens: [{ token: 12345678 }] });
      expect.unreachable();
    } catch (e) {
      expect(isLighterParseError(e) && e.received).toBe('[REDACTED]');
      expect(String((e as Error).message)).not.toContain('12345678');
    }
  });
});
