/**
 * The one redactor of lighter-ts: every error message, `toJSON()`, log line and report goes through it,
 * so secrets (API private keys, auth tokens, read-only tokens, L1 signatures) never leave the process in
 * text. Two views: {@link redactText} for free text, {@link redactSecrets} for structured values (secret
 * keys by name, every string by pattern).
 */

/** Keys whose values are secrets and must never appear in messages or `toJSON()` output. */
const SECRET_KEY_PATTERN =
  /^(auth|authorization|token|auth_token|authtoken|api_?token|private_?key|privatekey|secret|api_?secret|seed|sig|signature|l1_?sig|password|mnemonic)$/i;

/** `"key":"value"` pairs with a secret key, inside raw text such as a truncated JSON frame. */
const SECRET_PAIR_PATTERN =
  /("(?:auth|authorization|token|auth_token|api_?token|private_?key|secret|seed|sig|signature|l1_?sig|password|mnemonic)"\s*:\s*")[^"]*("?)/gi;

/** Secrets recognised by their shape wherever they appear (docs/protocol/rest.md#authentication). */
const SECRET_SHAPES: readonly RegExp[] = [
  // auth token `{deadline}:{account}:{key}:{signature hex}`
  /\b\d{9,11}:\d+:\d+:[0-9a-fA-F]{32,}\b/g,
  // read-only token `ro:{account}:{single|all}:{expiry}:{hex}`
  /\bro:\d+:(?:single|all):\d+:[0-9a-fA-F]+\b/g,
  // a 40-byte API private key (80 hex digits), with or without 0x
  /\b(?:0x)?[0-9a-fA-F]{80}\b/g,
];

/** Header and query forms keep their name and lose their value. */
const SECRET_PREFIXED: readonly RegExp[] = [
  /(authorization["']?\s*[:=]\s*["']?)[^"'&\s,}]+/gi,
  /([?&]auth=)[^&\s"']+/gi,
];

/**
 * Placeholder written in place of a redacted secret.
 *
 * @example
 * import { REDACTED } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const REDACTED = '[REDACTED]';

/**
 * True when a key names a secret (auth tokens, private keys, signatures of auth).
 *
 * @example
 * isSecretKey('auth'); // true
 * isSecretKey('price'); // false
 * @throws never
 */
export function isSecretKey(key: string | number): boolean {
  return typeof key === 'string' && SECRET_KEY_PATTERN.test(key);
}

/**
 * Redact secrets inside free text: secret-named JSON pairs, `Authorization:` headers, `auth=` query
 * parameters, auth and read-only tokens and 40-byte API keys by their shape.
 *
 * @example
 * redactText('{"auth":"1:2:3:abcd"'); // '{"auth":"[REDACTED]"'
 * redactText('Authorization: 1700000000:1:3:ab12…'); // 'Authorization: [REDACTED]'
 * @throws never
 */
export function redactText(text: string): string {
  let out = text.replace(SECRET_PAIR_PATTERN, (_m, head: string, tail: string) => `${head}${REDACTED}${tail}`);
  for (const re of SECRET_PREFIXED) out = out.replace(re, (_m, prefix: string) => `${prefix}${REDACTED}`);
  for (const re of SECRET_SHAPES) out = out.replace(re, REDACTED);
  return out;
}

/**
 * Deep copy of `value` with every secret-named key replaced by `[REDACTED]` and every string passed
 * through {@link redactText}. Cycles and depth are bounded so a hostile payload cannot blow the stack.
 *
 * @example
 * redactSecrets({ auth: 'abc', channel: 'x' }); // { auth: '[REDACTED]', channel: 'x' }
 * redactSecrets('key 0x…80 hex…'); // 'key [REDACTED]'
 * @throws never
 */
export function redactSecrets(value: string, depth?: number): string;
export function redactSecrets(value: unknown, depth?: number): unknown;
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[…]';
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redactSecrets(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = isSecretKey(k) ? REDACTED : redactSecrets(v, depth + 1);
    }
    return out;
  }
  if (typeof value === 'bigint') return `${value.toString()}n`;
  if (typeof value === 'string') return redactText(value);
  return value;
}
