import { describe, expect, it } from 'vitest';
import { createRedactor, REDACTED } from '../src/redact.js';

const SECRET = `0x${'ab12'.repeat(20)}`;

describe('createRedactor', () => {
  it('replaces a secret in text, with or without 0x and in any case', () => {
    const r = createRedactor([SECRET]);
    expect(r.text(`k=${SECRET}`)).toBe(`k=${REDACTED}`);
    expect(r.text(`k=${SECRET.slice(2)}`)).toBe(`k=${REDACTED}`);
    expect(r.text(`k=${SECRET.slice(2).toUpperCase()}`)).toBe(`k=${REDACTED}`);
  });

  it('masks secret-named keys and scans nested strings', () => {
    const r = createRedactor(['tok-123456789']);
    const out = r.value({
      apiSecret: 'x',
      nested: { privateKey: 'y', authToken: 'z', note: 'sent tok-123456789' },
      list: ['tok-123456789'],
      n: 1,
      nil: null,
    });
    expect(out).toEqual({
      apiSecret: REDACTED,
      nested: { privateKey: REDACTED, authToken: REDACTED, note: `sent ${REDACTED}` },
      list: [REDACTED],
      n: 1,
      nil: null,
    });
  });

  it('ignores tiny values and late-registered secrets work', () => {
    const r = createRedactor(['1', undefined, null]);
    expect(r.text('account 1')).toBe('account 1');
    r.add('late-secret-value');
    expect(r.text('late-secret-value!')).toBe(`${REDACTED}!`);
  });
});
