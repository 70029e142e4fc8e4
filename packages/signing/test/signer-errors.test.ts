import { describe, expect, it } from 'vitest';
import { createSigner } from '../src/index.js';

// Messages that say what went wrong and what to do (issue 16 item 4): asserted verbatim, because the
// text is the feature.
const KEY40 = `0x${'01'.repeat(40)}`;
const base = { accountIndex: 1, apiKeyIndex: 0 };

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a throw');
}

describe('signer errors that say what to do', () => {
  it('a 32-byte Ethereum key names the received length and both expected lengths', () => {
    const eth = `0x${'ab'.repeat(32)}`;
    const m = messageOf(() => createSigner({ ...base, network: 'lighter-testnet', privateKey: eth }));
    expect(m).toBe(
      'privateKey: is not a valid 40-byte API private key: got 32 bytes; an Ethereum key is 32 bytes, a Lighter API key is 40 bytes',
    );
    expect(m).not.toContain('abab');
  });

  it('other malformed keys are described by shape, never by value', () => {
    expect(messageOf(() => createSigner({ ...base, network: 'lighter-testnet', privateKey: `${KEY40}00` }))).toContain(
      'got 41 bytes;',
    );
    expect(messageOf(() => createSigner({ ...base, network: 'lighter-testnet', privateKey: 'zz' }))).toContain(
      'got 2 characters that are not all hex digits',
    );
    expect(messageOf(() => createSigner({ ...base, network: 'lighter-testnet', privateKey: '0x123' }))).toContain(
      'odd number of hex digits (3)',
    );
    expect(
      messageOf(() => createSigner({ ...base, network: 'lighter-testnet', privateKey: `0x${'00'.repeat(40)}` })),
    ).toContain('reduce to zero');
  });

  it('a bare chain id that no Lighter network signs with is refused, listing the known ones', () => {
    const m = messageOf(() => createSigner({ ...base, chainId: 1, privateKey: KEY40 }));
    expect(m).toContain(
      'chainId: 1 is not the chain id of any Lighter network; known: 304 (lighter-mainnet), 300 (lighter-testnet, robinhood-testnet), 466324 (robinhood-mainnet)',
    );
    expect(m).toContain('customNetwork({ httpUrl, wsUrl, chainId })');
    for (const chainId of [300, 304, 466324])
      expect(createSigner({ ...base, chainId, privateKey: KEY40 }).chainId).toBe(chainId);
  });
});
