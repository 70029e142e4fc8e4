// Detail rows are checked by models' perp / spot schemas (issue 13: one home per wire schema), so the rules are
// models' rules: integer text where models accepts it, and the fields models requires.
import { describe, expect, it } from 'vitest';
import { parseInstruments } from '../../src/instruments/parse.js';
import { fixture } from '../fixtures.js';

const eth = () =>
  ({ ...fixture<{ order_book_details: Record<string, unknown>[] }>('rest/nt_order_book_details.json') })
    .order_book_details[0] as Record<string, unknown>;

describe('parseInstruments with models schemas', () => {
  it('accepts integer text for decimals and market id, as models does', () => {
    const row = { ...eth(), market_id: '0', size_decimals: '4', price_decimals: '2' };
    const [i] = parseInstruments({ response: { order_book_details: [row] } });
    expect(i).toMatchObject({ marketIndex: 0, sizeDecimals: 4, priceDecimals: 2, sizeIncrement: '0.0001' });
  });
  it('skips a row missing a field models requires (maker_fee), keeping the others', () => {
    const { maker_fee: _dropped, ...row } = eth();
    const list = parseInstruments({ response: { order_book_details: [row, eth()] } });
    expect(list).toHaveLength(1);
  });
});
