import { describe, expect, it } from 'vitest';
import {
  isLighterApiError,
  isLighterHttpError,
  isRateLimitError,
  isTxSendError,
  LighterApiError,
  LighterInputError,
  NetworkError,
  RateLimitError,
  TxSendError,
} from '../src/index.js';
import { isLighterError, redactSecrets } from '@lighter-ts/models';

const TOKEN = `1700000000:1077:3:${'ab'.repeat(80)}`;

describe('errors', () => {
  it('guards recognise errors by name/code, also from another module copy', () => {
    const e = new LighterApiError({
      route: 'x',
      status: 400,
      venueCode: 21104,
      venueMessage: 'invalid nonce',
      rawBody: '{}',
    });
    expect(isLighterHttpError(e)).toBe(true);
    expect(isLighterError(e, 'http/API_ERROR')).toBe(true);
    expect(isLighterApiError(e)).toBe(true);
    expect(isRateLimitError(e)).toBe(false);
    // another module copy brands its errors with the same global symbol
    const foreign = {
      name: 'RateLimitError',
      code: 'RATE_LIMIT',
      namespace: 'http',
      message: 'x',
      [Symbol.for('@lighter-ts/error')]: true,
    };
    expect(isRateLimitError(foreign)).toBe(true);
    expect(isLighterHttpError(foreign)).toBe(true);
    expect(isLighterHttpError({ name: 'RateLimitError', code: 'RATE_LIMIT', message: 'x' })).toBe(false);
    expect(isLighterHttpError(new Error('x'))).toBe(false);
    expect(isLighterHttpError({ name: 'LighterApiError', code: 7 })).toBe(false);
  });

  it('maps the venue numeric code first, HTTP status second', () => {
    const e = new LighterApiError({
      route: 'sendTx',
      status: 400,
      venueCode: 21120,
      venueMessage: 'invalid signature',
      rawBody: '',
    });
    expect(e.message).toContain('venue code 21120');
    expect(e.code).toBe('API_ERROR');
    expect(e.venueCode).toBe(21120);
    expect(e.status).toBe(400);
    expect(e.venueCategory).toBe('transaction');
    const bare = new LighterApiError({ route: 'sendTx', status: 400, venueCode: 21104, rawBody: '' });
    expect(bare.message).toContain('invalid nonce');
  });

  it('redacts auth tokens and keys in messages and toJSON', () => {
    expect(redactSecrets(`auth=${TOKEN}`)).not.toContain('abab');
    expect(redactSecrets(`Authorization: ${TOKEN}`)).toBe('Authorization: [REDACTED]');
    const key = 'cd'.repeat(40);
    const e = new LighterApiError({
      route: 'r',
      status: 400,
      rawBody: JSON.stringify({ auth: TOKEN, key, message: `bad ${TOKEN}` }),
    });
    const json = JSON.stringify(e.toJSON());
    expect(json).not.toContain('abab');
    expect(json).not.toContain(key);
    const input = new LighterInputError({ route: 'r', field: 'auth', detail: `token ${TOKEN} expired` });
    expect(input.message).not.toContain('abab');
    expect(JSON.stringify(input)).not.toContain('abab');
  });

  it('TxSendError carries outcome and cause, and serialises the cause redacted', () => {
    const cause = new NetworkError({ route: 'sendTx', requestSent: true, message: `socket hang up ${TOKEN}` });
    const e = new TxSendError({ route: 'sendTx', outcome: 'unknown', txHashes: ['0xabc'], cause });
    expect(isTxSendError(e)).toBe(true);
    expect(e.outcome).toBe('unknown');
    expect(e.cause).toBe(cause);
    const json = e.toJSON();
    expect(JSON.stringify(json)).not.toContain('abab');
    expect(json).toMatchObject({ code: 'TX_SEND_FAILED', outcome: 'unknown', txHashes: ['0xabc'] });
  });

  it('RateLimitError exposes retryAfterMs and source', () => {
    const e = new RateLimitError({ route: 'orderBooks', source: 'venue', retryAfterMs: 2000, status: 429 });
    expect(e.retryAfterMs).toBe(2000);
    expect(e.message).toContain('2000');
  });
});
