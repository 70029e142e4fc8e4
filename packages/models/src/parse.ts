/**
 * The one bridge between zod and our public API: runs a schema and turns any failure into a
 * {@link LighterParseError}, so a ZodError never crosses the package boundary.
 */
import * as z from 'zod/mini';
import { type ParseIssue, LighterParseError } from './errors.js';
import { REDACTED, isSecretKey, redactSecrets, redactText } from './redact.js';

/** A parsed value that also carries the payload it came from (STYLE.md "Data at the boundary"). */
export type WithRaw<T> = T & {
  /** The payload exactly as received, before any transform (non-enumerable on objects: out of JSON and spreads). */
  readonly raw: unknown;
};

type ZodIssueLike = z.core.$ZodIssue;

function expectedOf(issue: ZodIssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'invalid_value':
      return issue.values.map((v) => JSON.stringify(v)).join(' | ');
    case 'invalid_format':
      return issue.format === 'regex' ? 'decimal or integer string' : issue.format;
    case 'too_big':
      return `${issue.origin} <= ${String(issue.maximum)}`;
    case 'too_small':
      return `${issue.origin} >= ${String(issue.minimum)}`;
    case 'invalid_union':
      return 'one of the accepted shapes';
    case 'unrecognized_keys':
      return 'no extra keys';
    default:
      return issue.message;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/**
 * Convert zod issues to our redacted {@link ParseIssue}s.
 *
 * @example
 * toParseIssues(result.error.issues, input);
 * @throws never
 */
export function toParseIssues(issues: readonly ZodIssueLike[], input: unknown): ParseIssue[] {
  return issues.slice(0, 10).map((issue) => {
    const path = issue.path.map((p) => String(p)).join('.');
    const secret = issue.path.some((p) => typeof p === 'string' && isSecretKey(p));
    const received = secret ? REDACTED : redactSecrets(valueAt(input, issue.path));
    return { path, expected: expectedOf(issue), received, message: issue.message };
  });
}

/** `300`, `"x"`, `12n`, or `nothing` for an absent value: how a received value reads in an error message. */
function receivedText(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'bigint') return `${value}n`;
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}

/** zod/mini's message for every built-in check when no locale is loaded: it says nothing, so we say it ourselves. */
const GENERIC_ZOD_MESSAGE = 'Invalid input';

/**
 * One line for one zod issue at an input boundary: the schema's own message when it has one (a refine or a
 * regex with a message), else what was expected; then what was received, redacted (secret fields by name,
 * keys by shape). Every package that validates input with zod words its errors with this, so a user always
 * reads the limit and the value whatever zod's locale.
 *
 * @example
 * describeIssue(result.error.issues[0], { apiKeyIndex: 300 }); // 'expected number <= 254, received 300'
 * @throws never
 */
export function describeIssue(issue: ZodIssueLike, input: unknown): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown key(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  const [described] = toParseIssues([issue], input);
  const own = issue.message !== '' && issue.message !== GENERIC_ZOD_MESSAGE ? issue.message : undefined;
  // The redactor writes a bigint as a string; a bigint cannot hold a secret, so show it as one.
  const raw = valueAt(input, issue.path);
  const received = typeof raw === 'bigint' ? raw : described?.received;
  return `${own ?? `expected ${described?.expected ?? 'a valid value'}`}, received ${receivedText(received)}`;
}

/**
 * Parse `raw` with `schema`; on success return the value with `raw` attached, otherwise throw a
 * {@link LighterParseError} naming `what`.
 *
 * @example
 * const nonce = parseWith(NextNonceSchema, body, 'NextNonce');
 * @throws {LighterParseError} when `raw` does not match the schema
 */
export function parseWith<S extends z.core.$ZodType>(schema: S, raw: unknown, what: string): WithRaw<z.output<S>> {
  // The standalone `safeParse` runs any zod 4 schema, classic or mini, whatever methods the schema object has.
  const result = z.safeParse(schema, raw);
  if (!result.success) {
    throw new LighterParseError({ what, issues: toParseIssues(result.error.issues, raw) });
  }
  const data = result.data as z.output<S>;
  if (data !== null && typeof data === 'object') {
    Object.defineProperty(data, 'raw', { value: raw, enumerable: false, writable: false, configurable: true });
    return data as WithRaw<z.output<S>>;
  }
  // Primitive outputs cannot carry a property; none of our top-level schemas produce them.
  return { value: data, raw } as unknown as WithRaw<z.output<S>>;
}

/**
 * Parse a JSON text; a syntax error (e.g. a truncated frame) becomes a {@link LighterParseError}.
 *
 * @example
 * const value = parseJsonText('{"type":"ping"}', 'ws frame');
 * @throws {LighterParseError} when `text` is not valid JSON
 */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (syntaxError) {
    // The engine's message can quote part of the text (and so a secret): keep only the position.
    throw new LighterParseError({
      what,
      issues: [
        {
          path: '',
          expected: 'JSON text',
          received: redactText(text.length > 80 ? `${text.slice(0, 80)}…` : text),
          message: `invalid JSON${syntaxError instanceof Error ? (/ at position \d+/.exec(syntaxError.message)?.[0] ?? '') : ''}`,
        },
      ],
    });
  }
}
