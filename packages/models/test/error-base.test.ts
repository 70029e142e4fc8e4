import { describe, expect, it } from 'vitest';
import { isLighterError, LighterError } from '../src/error-base.js';
import { LighterModelsError, LighterParseError } from '../src/errors.js';
import { REDACTED, redactSecrets, redactText } from '../src/redact.js';

const TOKEN = `1700000000:12:3:${'ab'.repeat(40)}`;
const KEY = `0x${'c'.repeat(80)}`;

describe('LighterError, the base of the family', () => {
  it('carries namespace, code, shortMessage, details and a qualified code', () => {
    const e = new LighterError({
      namespace: 'http',
      code: 'RATE_LIMIT',
      message: 'slow down',
      details: { route: '/api/v1/sendTx' },
    });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('LighterError');
    expect([e.namespace, e.code, e.shortMessage, e.qualifiedCode]).toEqual([
      'http',
      'RATE_LIMIT',
      'slow down',
      'http/RATE_LIMIT',
    ]);
    expect(e.details).toEqual({ route: '/api/v1/sendTx' });
  });

  it('redacts secrets in the message and the details before anything can read them', () => {
    const e = new LighterError({
      namespace: 'signing',
      code: 'X',
      message: `bad token ${TOKEN}`,
      details: { privateKey: KEY, note: `key ${KEY}` },
    });
    expect(e.message).toBe(`bad token ${REDACTED}`);
    expect(e.details).toEqual({ privateKey: REDACTED, note: `key ${REDACTED}` });
    expect(JSON.stringify(e.toJSON())).not.toMatch(/(ab){40}|c{80}/);
  });

  it('serialises the cause chain, redacted, and omits empty details', () => {
    const inner = new Error(`socket said ${TOKEN}`);
    const e = new LighterError({ namespace: 'streaming', code: 'WS_ERROR', message: 'closed', cause: inner });
    expect(e.toJSON()).toEqual({
      name: 'LighterError',
      namespace: 'streaming',
      code: 'WS_ERROR',
      message: 'closed',
      cause: { name: 'Error', message: `socket said ${REDACTED}` },
    });
    const chained = new LighterError({ namespace: 'execution', code: 'SUBMIT', message: 'failed', cause: e });
    expect((chained.toJSON().cause as { code: string }).code).toBe('WS_ERROR');
    expect(new LighterError({ namespace: 'models', code: 'X', message: 'm', cause: 'text cause' }).toJSON().cause).toBe(
      'text cause',
    );
  });

  it('walk() returns the deepest cause, or the first match of a predicate, and ends on a cycle', () => {
    const root = new Error('root');
    const mid = new LighterError({ namespace: 'http', code: 'API_ERROR', message: 'mid', cause: root });
    const top = new LighterError({ namespace: 'execution', code: 'SUBMIT', message: 'top', cause: mid });
    expect(top.walk()).toBe(root);
    expect(top.walk((c) => isLighterError(c, 'http/API_ERROR'))).toBe(mid);
    expect(top.walk((c) => c === top)).toBe(top);
    expect(top.walk(() => false)).toBeUndefined();
    const a = new LighterError({ namespace: 'models', code: 'A', message: 'a' }) as LighterError & { cause: unknown };
    const b = new LighterError({ namespace: 'models', code: 'B', message: 'b', cause: a });
    Object.defineProperty(a, 'cause', { value: b });
    expect([a, b]).toContain(a.walk());
    expect(a.walk((c) => c === 'never')).toBeUndefined();
  });
});

describe('isLighterError', () => {
  it('recognises every family member, by code or by qualified code', () => {
    const parse = new LighterParseError({ what: 'NextNonce', issues: [] });
    const models = new LighterModelsError({ code: 'OUT_OF_RANGE', message: 'too big', field: 'price' });
    for (const e of [parse, models]) expect(isLighterError(e)).toBe(true);
    expect(isLighterError(parse, 'PARSE_ERROR')).toBe(true);
    expect(isLighterError(parse, 'models/PARSE_ERROR')).toBe(true);
    expect(isLighterError(parse, 'http/PARSE_ERROR')).toBe(false);
    expect(isLighterError(models, 'PARSE_ERROR')).toBe(false);
  });

  it('rejects look-alikes: a plain Error, an object with the same name and code, primitives', () => {
    const fake = Object.assign(new Error('x'), { name: 'LighterError', code: 'RATE_LIMIT', namespace: 'http' });
    for (const v of [new Error('x'), fake, null, undefined, 'LighterError', 42]) expect(isLighterError(v)).toBe(false);
  });

  it('holds across two copies of the module (a dual ESM/CJS install)', async () => {
    // A query string makes vite load a second, independent instance of the module.
    const secondCopy = '../src/error-base.ts?second-copy';
    const copy = (await import(/* @vite-ignore */ secondCopy)) as typeof import('../src/error-base.js');
    expect(copy.LighterError).not.toBe(LighterError);
    const foreign = new copy.LighterError({ namespace: 'http', code: 'TIMEOUT', message: 't' });
    expect(isLighterError(foreign, 'http/TIMEOUT')).toBe(true);
    // instanceof the base answers by brand across copies; instanceof a subclass keeps its prototype meaning
    expect(foreign instanceof LighterError).toBe(true);
    expect(foreign instanceof LighterModelsError).toBe(false);
    expect(new LighterModelsError({ code: 'OUT_OF_RANGE', message: 'm' }) instanceof copy.LighterError).toBe(true);
    expect(new LighterError({ namespace: 'models', code: 'X', message: 'm' }) instanceof LighterModelsError).toBe(
      false,
    );
    expect(Object.assign(new Error('x'), { code: 'X' }) instanceof LighterError).toBe(false);
    expect(copy.isLighterError(new LighterModelsError({ code: 'OUT_OF_RANGE', message: 'm' }))).toBe(true);
  });
});

describe('the one redactor', () => {
  it('redacts auth tokens, read-only tokens, API keys, headers and query parameters in text', () => {
    expect(redactText(`Authorization: ${TOKEN}`)).toBe(`Authorization: ${REDACTED}`);
    expect(redactText(`GET /api/v1/account?auth=${TOKEN}&by=index`)).toBe(
      `GET /api/v1/account?auth=${REDACTED}&by=index`,
    );
    expect(redactText(`token ro:12:all:1800000000:${'de'.repeat(20)} used`)).toBe(`token ${REDACTED} used`);
    expect(redactText(`key ${KEY} and ${'d'.repeat(80)}`)).toBe(`key ${REDACTED} and ${REDACTED}`);
    expect(redactText('{"auth":"abc","price":"1"}')).toBe(`{"auth":"${REDACTED}","price":"1"}`);
  });

  it('keeps what is not a secret: tx hashes (64 hex), prices, account indexes', () => {
    const hash = 'f'.repeat(64);
    const text = `tx ${hash} at 3000.5 for account 1077`;
    expect(redactText(text)).toBe(text);
  });

  it('redacts structured values by key and by shape, and passes strings through redactText', () => {
    expect(redactSecrets({ auth: 'x', nested: [{ api_secret: 'y', memo: `k ${KEY}` }], n: 5n })).toEqual({
      auth: REDACTED,
      nested: [{ api_secret: REDACTED, memo: `k ${REDACTED}` }],
      n: '5n',
    });
    const text: string = redactSecrets(`Authorization: ${TOKEN}`);
    expect(text).toBe(`Authorization: ${REDACTED}`);
  });
});
