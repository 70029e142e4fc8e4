import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createAuthTokenProvider,
  type HttpEvent,
  isLighterInputError,
  MAX_AUTH_TOKEN_TTL_SECONDS,
} from '../src/index.js';

function fakeSigner() {
  const calls: number[] = [];
  return {
    calls,
    createAuthToken: ({ deadline }: { deadline?: number }) => {
      calls.push(deadline ?? 0);
      return `${deadline}:1077:3:${'cd'.repeat(80)}`;
    },
  };
}

describe('auth token provider', () => {
  it('caches the token and renews it refreshBeforeSeconds before expiry', async () => {
    let now = 1_700_000_000_000;
    const signer = fakeSigner();
    const events: HttpEvent[] = [];
    const p = createAuthTokenProvider({
      signer,
      ttlSeconds: 600,
      refreshBeforeSeconds: 60,
      now: () => now,
      onEvent: (e) => events.push(e),
    });
    const t1 = await p.getToken();
    expect(t1.startsWith(`${1_700_000_000 + 600}:`)).toBe(true);
    now += 500_000; // 500 s later: 100 s left > 60 s margin
    expect(await p.getToken()).toBe(t1);
    now += 50_000; // 50 s left: renew
    const t2 = await p.getToken();
    expect(t2).not.toBe(t1);
    expect(signer.calls).toHaveLength(2);
    expect(events.map((e) => e.type)).toEqual(['authRefresh', 'authRefresh']);
    p.invalidate();
    await p.getToken();
    expect(signer.calls).toHaveLength(3);
  });

  it('concurrent callers share one mint', async () => {
    const signer = fakeSigner();
    const p = createAuthTokenProvider({ signer });
    const [a, b] = await Promise.all([p.getToken(), p.getToken()]);
    expect(a).toBe(b);
    expect(signer.calls).toHaveLength(1);
  });

  it('never exposes the token through JSON or inspect', async () => {
    const p = createAuthTokenProvider({ signer: fakeSigner() });
    await p.getToken();
    expect(JSON.stringify(p)).not.toContain('cdcd');
    expect(inspect(p)).not.toContain('cdcd');
  });

  it('needs a signer or key material', () => {
    const err = (() => {
      try {
        createAuthTokenProvider({});
      } catch (e) {
        return e;
      }
    })();
    expect(isLighterInputError(err) && err.field).toBe('signer');
  });

  it('rejects a ttl above the venue maximum of 8 h, naming the field', () => {
    const err = (() => {
      try {
        createAuthTokenProvider({ signer: fakeSigner(), ttlSeconds: MAX_AUTH_TOKEN_TTL_SECONDS + 1 });
      } catch (e) {
        return e;
      }
    })();
    expect(isLighterInputError(err) && err.field).toBe('ttlSeconds');
  });
});
