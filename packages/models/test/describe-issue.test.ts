import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describeIssue } from '../src/index.js';

const firstIssue = (schema: z.core.$ZodType, input: unknown) => {
  const r = z.safeParse(schema, input);
  if (r.success) throw new Error('expected a failure');
  return r.error.issues[0]!;
};

describe('describeIssue: what was expected and what was received, whatever zod says', () => {
  it('a bound names the limit and the value (zod/mini alone only says "Invalid input")', () => {
    const schema = z.object({ apiKeyIndex: z.int().check(z.minimum(0), z.maximum(254)) });
    const input = { apiKeyIndex: 300 };
    expect(describeIssue(firstIssue(schema, input), input)).toBe('expected number <= 254, received 300');
  });

  it('a wrong type names the type and the value; an absent value reads "nothing"', () => {
    const schema = z.object({ nonce: z.int() });
    expect(describeIssue(firstIssue(schema, { nonce: 'x' }), { nonce: 'x' })).toBe('expected number, received "x"');
    expect(describeIssue(firstIssue(schema, {}), {})).toBe('expected number, received nothing');
  });

  it("keeps the schema's own message", () => {
    const schema = z.object({ id: z.string().check(z.regex(/^[^-]+-[^-]+$/, 'must be ISSUER-NUMBER')) });
    const input = { id: 'a-b-c' };
    expect(describeIssue(firstIssue(schema, input), input)).toBe('must be ISSUER-NUMBER, received "a-b-c"');
  });

  it('never prints a secret field, and names unknown keys', () => {
    const secret = z.object({ privateKey: z.string().check(z.length(80)) });
    const input = { privateKey: 'ab'.repeat(20) };
    const text = describeIssue(firstIssue(secret, input), input);
    expect(text).not.toContain('abab');
    const strict = z.strictObject({ a: z.number() });
    expect(describeIssue(firstIssue(strict, { a: 1, b: 2 }), { a: 1, b: 2 })).toBe('unknown key(s) "b"');
  });

  it('bigint and long values stay readable', () => {
    const schema = z.object({ n: z.bigint().check(z.maximum(5n)) });
    expect(describeIssue(firstIssue(schema, { n: 9n }), { n: 9n })).toBe('expected bigint <= 5, received 9n');
    const long = z.object({ s: z.number() });
    const text = describeIssue(firstIssue(long, { s: 'y'.repeat(200) }), { s: 'y'.repeat(200) });
    expect(text.length).toBeLessThan(120);
  });
});
