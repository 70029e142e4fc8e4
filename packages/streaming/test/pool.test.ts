import { afterEach, beforeEach, expect, it } from 'vitest';
import { LighterWsPool } from '../src/pool.js';
import { type FakeVenue, startFakeVenue } from './helpers/fake-venue.js';

let venue: FakeVenue;
let pool: LighterWsPool;
beforeEach(async () => {
  venue = await startFakeVenue();
  pool = new LighterWsPool();
});
afterEach(async () => {
  await pool.close();
  await venue.close();
});

it('shares one connection per (URL, auth) and closes it with the last lease', async () => {
  const token = () => 'tok';
  const a = pool.acquire({ url: venue.url, readonly: true });
  const b = pool.acquire({ url: venue.url, readonly: true });
  const c = pool.acquire({ url: venue.url });
  const d = pool.acquire({ url: venue.url, authToken: token });
  const e = pool.acquire({ url: venue.url, authToken: () => 'other', authKey: 'acct:1' });
  const f = pool.acquire({ url: venue.url, authToken: () => 'other2', authKey: 'acct:1' });
  expect(a.client).toBe(b.client);
  expect(c.client).not.toBe(a.client);
  expect(d.client).not.toBe(c.client);
  expect(e.client).toBe(f.client);
  expect(pool.size).toBe(4);
  await a.client.connect();
  await a.release();
  await a.release();
  expect(b.client.state).toBe('open');
  await b.release();
  expect(b.client.state).toBe('closed');
  expect(pool.size).toBe(3);
  const again = pool.acquire({ url: venue.url, readonly: true });
  expect(again.client).not.toBe(a.client);
});
