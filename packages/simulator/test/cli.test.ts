import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createSigner } from '@lighter-ts/signing';
import { runCli } from '../src/cli-run.js';

describe('lighter-sim CLI', () => {
  it('prints the URLs, serves, and closes cleanly on SIGINT', async () => {
    const signals = new EventEmitter();
    const out: string[] = [];
    const done = runCli({
      argv: ['--port', '0', '--seed', '3', '--markets', 'ETH'],
      signals,
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    while (out.length === 0) await new Promise((r) => setTimeout(r, 10));
    const url = /REST (\S+)\/api\/v1/.exec(out[0]!)?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const books = (await (await fetch(`${url}/api/v1/orderBooks`)).json()) as { order_books: { symbol: string }[] };
    expect(books.order_books.map((b) => b.symbol)).toEqual(['ETH']);
    signals.emit('SIGINT');
    expect(await done).toBe(0);
    expect(out.at(-1)).toBe('lighter-sim closed');
    await expect(fetch(`${url}/api/v1/orderBooks`)).rejects.toThrow();
  });

  it('mints funded accounts with API keys and prints them as one JSON line', async () => {
    const signals = new EventEmitter();
    const out: string[] = [];
    const done = runCli({
      argv: ['--accounts', '2', '--collateral', '2500.5', '--json', '--no-market-makers'],
      signals,
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    while (out.length === 0) await new Promise((r) => setTimeout(r, 10));
    const info = JSON.parse(out[0]!) as {
      rest: string;
      chainId: number;
      admin: string;
      accounts: {
        accountIndex: number;
        l1Address: string;
        l1PrivateKey: string;
        apiKeyIndex: number;
        apiPrivateKey: string;
        collateral: string;
      }[];
    };
    expect(info.accounts).toHaveLength(2);
    expect(info.admin).toBe(`${info.rest}/__sim`);
    const [a] = info.accounts;
    expect(a).toMatchObject({ apiKeyIndex: 4, collateral: '2500.5' });
    expect(a!.l1PrivateKey).toMatch(/^0x[0-9a-f]{64}$/);
    const account = (await (await fetch(`${info.rest}/api/v1/account?by=index&value=${a!.accountIndex}`)).json()) as {
      accounts: { collateral: string }[];
    };
    expect(account.accounts[0]?.collateral).toBe('2500.500000');
    // the printed API key signs for the printed account
    const signer = createSigner({
      chainId: info.chainId,
      accountIndex: a!.accountIndex,
      apiKeyIndex: a!.apiKeyIndex,
      privateKey: a!.apiPrivateKey,
    });
    const tx = signer.signCreateOrder({
      marketIndex: 0,
      baseAmount: 100,
      price: 250000,
      isAsk: false,
      orderType: 0,
      timeInForce: 1,
      orderExpiry: -1,
      nonce: 0,
    });
    const sent = await fetch(`${info.rest}/api/v1/sendTx`, {
      method: 'POST',
      body: new URLSearchParams({ tx_type: '14', tx_info: tx.txInfo }),
    });
    expect(((await sent.json()) as { code: number }).code).toBe(200);
    signals.emit('SIGTERM');
    expect(await done).toBe(0);
  });

  it('exits with 2 on bad flags or unknown markets', async () => {
    const signals = new EventEmitter();
    const err: string[] = [];
    expect(await runCli({ argv: ['--port', 'x'], signals, out: () => {}, err: (l) => err.push(l) })).toBe(2);
    expect(await runCli({ argv: ['--markets', 'DOGE'], signals, out: () => {}, err: (l) => err.push(l) })).toBe(2);
    expect(err.join('\n')).toContain('DOGE');
    expect(await runCli({ argv: ['--api-key-index', '255'], signals, out: () => {}, err: (l) => err.push(l) })).toBe(2);
    expect(await runCli({ argv: ['--collateral', '1e5'], signals, out: () => {}, err: (l) => err.push(l) })).toBe(2);
    expect(err.join('\n')).toContain('received "1e5"');
  });
});
