import { LighterApiError, RateLimitError } from '@lighter-ts/http';
import { isLighterError, LighterError, LighterModelsError } from '@lighter-ts/models';
import { SigningInputError } from '@lighter-ts/signing';
import { WsTxOutcomeUnknownError } from '@lighter-ts/streaming';
import { describe, expect, it } from 'vitest';
import { ExecutionConfigError } from '../src/index.js';

// One error family across the layers (issue 13): every package's errors extend models' LighterError,
// carry their namespace and are recognised by the one guard.
describe('the lighter-ts error family', () => {
  const members = [
    ['models', new LighterModelsError({ code: 'OUT_OF_RANGE', message: 'price too large', field: 'price' })],
    ['signing', new SigningInputError('MarketIndex', 'MarketIndex is not valid')],
    ['http', new LighterApiError({ route: 'sendTx', status: 400, venueCode: 21120, rawBody: '{}' })],
    ['streaming', new WsTxOutcomeUnknownError('no answer')],
    ['execution', new ExecutionConfigError({ message: 'missing privateKey', fields: ['privateKey'] })],
  ] as const;

  it.each(members)('%s errors are LighterErrors with their namespace', (namespace, error) => {
    expect(error).toBeInstanceOf(LighterError);
    expect(isLighterError(error)).toBe(true);
    expect(error.namespace).toBe(namespace);
    expect(isLighterError(error, `${namespace}/${error.code}`)).toBe(true);
  });

  it('walks from an upper-layer error down to the venue answer that caused it', () => {
    const venue = new RateLimitError({
      route: 'sendTx',
      source: 'venue',
      retryAfterMs: 500,
      status: 429,
      venueCode: 23000,
    });
    const top = new ExecutionConfigError({ message: 'gave up', fields: [], cause: venue });
    expect(top.walk((e) => isLighterError(e, 'http/RATE_LIMIT'))).toBe(venue);
  });
});
