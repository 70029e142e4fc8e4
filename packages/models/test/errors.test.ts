import { describe, expect, it } from 'vitest';
import {
  LighterModelsError,
  LighterParseError,
  isLighterModelsError,
  isLighterParseError,
  redactSecrets,
  redactText,
} from '../src/index.js';
import { parseWith } from '../src/parse.js';
import { z } from 'zod';

describe('errors', () => {
  it('LighterParseError carries code, path, expected, received and never leaks a ZodError', () => {
    const schema = z.looseObject({ a: z.looseObject({ b: z.number() }) });
    try {
      parseWith(schema, { a: { b: 'x' } }, 'Thing');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LighterParseError);
      expect(e).toBeInstanceOf(LighterModelsError);
      if (!isLighterParseError(e)) throw e;
      expect(e.name).toBe('LighterParseError');
      expect(e.code).toBe('PARSE_ERROR');
      expect(e.path).toBe('a.b');
      expect(e.expected).toBe('number');
      expect(e.received).toBe('x');
      expect(e.message).toBe('Cannot parse Thing: at \'a.b\' expected number, received "x"');
      expect(e.cause).toBeUndefined();
      expect(e.toJSON()).toMatchObject({ code: 'PARSE_ERROR', path: 'a.b', what: 'Thing' });
    }
  });

  it('redacts values under secret keys (auth, token, private_key, signature)', () => {
    const schema = z.looseObject({ auth: z.number(), nested: z.looseObject({ private_key: z.number() }) });
    try {
      parseWith(schema, { auth: '1700000000:1:3:cafebabe', nested: { private_key: 'deadbeef' } }, 'Sub');
      expect.unreachable();
    } catch (e) {
      if (!isLighterParseError(e)) throw e;
      const text = `${e.message} ${JSON.stringify(e.toJSON())}`;
      expect(text).not.toContain('cafebabe');
      expect(text).not.toContain('deadbeef');
      expect(e.issues.map((i) => i.received)).toEqual(['[REDACTED]', '[REDACTED]']);
    }
    expect(redactSecrets({ channel: 'x', auth: 'secret', list: [{ signature: 's' }], token: 't' })).toEqual({
      channel: 'x',
      auth: '[REDACTED]',
      list: [{ signature: '[REDACTED]' }],
      token: '[REDACTED]',
    });
    expect(redactText('{"auth":"abc","x":1}')).toBe('{"auth":"[REDACTED]","x":1}');
  });

  it('guards work by name/code without instanceof (duplicate module copies)', () => {
    const foreign = { name: 'LighterParseError', code: 'PARSE_ERROR', message: 'x' };
    expect(isLighterParseError(foreign)).toBe(true);
    expect(isLighterModelsError(foreign)).toBe(true);
    expect(isLighterModelsError({ name: 'LighterModelsError', code: 'INVALID_DECIMAL' })).toBe(true);
    expect(isLighterParseError({ name: 'Error', code: 'PARSE_ERROR' })).toBe(false);
    expect(isLighterModelsError(new Error('x'))).toBe(false);
    expect(isLighterModelsError(null)).toBe(false);
  });
});
