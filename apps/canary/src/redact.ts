/**
 * Secret redaction for everything the canary prints or writes (progress lines,
 * the final table, JSON and HTML reports, error messages).
 *
 * Two layers: exact known secret values (the API private key, anything the run
 * registers, e.g. an auth token) are replaced wherever they appear inside text,
 * and object keys that name a secret are masked whatever their value is.
 */

import { isSecretKey, REDACTED, redactText } from '@lighter-ts/models';

export { REDACTED };

// Beyond models' secret key names: any key that merely contains one of these fragments (env-style names
// such as `LIGHTER_API_SECRET`, `canaryAuthToken`) is masked too (STYLE.md "Errors").
const SECRET_NAME_FRAGMENT = /(secret|private[_-]?key|auth[_-]?token|authorization|password|seed)/i;
const isSecretName = (key: string): boolean => isSecretKey(key) || SECRET_NAME_FRAGMENT.test(key);

/** Redacts registered secrets from text and objects. */
export interface Redactor {
  /** Register one more secret value (e.g. an auth token minted mid-run). Values shorter than 8 chars are ignored. */
  add(secret: string | undefined | null): void;
  /** Replace every registered secret (and its 0x-less / lower-case form) inside `text`. */
  text(text: string): string;
  /** Deep copy of `value` with secret-named keys masked and secrets replaced inside strings. */
  value<T>(value: T): T;
}

/**
 * Create a redactor seeded with known secrets.
 *
 * @example
 * const r = createRedactor([process.env.LIGHTER_API_SECRET]);
 * console.log(r.text(`key=${process.env.LIGHTER_API_SECRET}`)); // 'key=[REDACTED]'
 * @throws never
 */
export function createRedactor(secrets: ReadonlyArray<string | undefined | null> = []): Redactor {
  const values = new Set<string>();
  const add = (secret: string | undefined | null): void => {
    if (typeof secret !== 'string') return;
    const trimmed = secret.trim();
    // Tiny values (e.g. "1") would shred unrelated text; real secrets are long.
    if (trimmed.length < 8) return;
    values.add(trimmed);
    const bare = trimmed.replace(/^0x/i, '');
    if (bare.length >= 8) {
      values.add(bare);
      values.add(bare.toLowerCase());
      values.add(bare.toUpperCase());
    }
  };
  for (const s of secrets) add(s);

  const text = (input: string): string => {
    let out = input;
    // Longest first so a 0x-prefixed secret is replaced whole, not leaving "0x".
    const sorted = [...values].sort((a, b) => b.length - a.length);
    for (const s of sorted) {
      if (out.includes(s)) out = out.split(s).join(REDACTED);
    }
    // then everything models' redactor recognises by shape (auth tokens, API keys, auth headers)
    return redactText(out);
  };

  const walk = (value: unknown, depth: number): unknown => {
    if (depth > 64) return REDACTED;
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value)) return value.map((v) => walk(v, depth + 1));
    if (value instanceof Error) return text(value.message);
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        out[k] = isSecretName(k) && v !== null && v !== undefined ? REDACTED : walk(v, depth + 1);
      }
      return out;
    }
    return value;
  };

  return {
    add,
    text,
    value: <T>(value: T): T => walk(value, 0) as T,
  };
}
