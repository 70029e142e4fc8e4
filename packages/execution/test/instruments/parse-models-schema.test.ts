// The rows arrive parsed by models' perp / spot schemas (issue 13: one parse path), so models' rules decide what
// reaches the mapping: integer text is accepted, a row missing a required field fails the whole answer, which
// http reports as its typed parse error and the provider passes on without touching its registry.
import { isLighterParseError, parseOrderBookDetails } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { parseInstruments } from '../../src/instruments/parse.js';
import { InstrumentProvider } from '../../src/instruments/provider.js';
import { fixture } from '../fixtures.js';

const eth = () =>
  ({ ...fixture<{ order_book_details: Record<string, unknown>[] }>('rest/nt_order_book_details.json') })
    .order_book_details[0] as Record<string, unknown>;

describe('parseInstruments on models-parsed answers', () => {
  it('maps integer text for decimals and market id, as models parses it', () => {
    const row = { ...eth(), market_id: '0', size_decimals: '4', price_decimals: '2' };
    const [i] = parseInstruments({ response: parseOrderBookDetails({ code: 200, order_book_details: [row] }) });
    expect(i).toMatchObject({ marketIndex: 0, sizeDecimals: 4, priceDecimals: 2, sizeIncrement: '0.0001' });
  });

  it('skips a row no increment can be built from, keeping its siblings', () => {
    // 2^30 decimals: no string that long exists, so the mapping throws for this row alone.
    const bad = { ...eth(), market_id: 7, symbol: 'HUGE', size_decimals: 2 ** 30 };
    const list = parseInstruments({ response: parseOrderBookDetails({ code: 200, order_book_details: [bad, eth()] }) });
    expect(list.map((i) => i.instrumentId)).toEqual(['ETH-PERP.LIGHTER']);
  });

  it('a bad answer is the fetch error: load rejects with it and the registry stays as it was', async () => {
    const { maker_fee: _dropped, ...missing } = eth();
    let calls = 0;
    const p = new InstrumentProvider({
      fetchDetails: async () => {
        calls++;
        // What http's orderBookDetails does with a body models' schema rejects: it throws the parse error.
        return parseOrderBookDetails({ code: 200, order_book_details: calls === 1 ? [eth()] : [missing, eth()] });
      },
    });
    await p.load();
    const e = await p.load().catch((x: unknown) => x);
    expect(isLighterParseError(e)).toBe(true);
    expect(p.byMarketIndex(0)?.instrumentId).toBe('ETH-PERP.LIGHTER');
    p.close();
  });
});
