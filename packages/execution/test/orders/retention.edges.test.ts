/**
 * Retention knobs and the terminal-order queue at their boundaries: defaults, which values are
 * refused (and how the error names them), and that `due` evicts exactly what is over the cap or
 * past the TTL, oldest first.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ORDER_RETENTION, resolveOrderRetention, TerminalOrders } from '../../src/orders/retention.js';

describe('resolveOrderRetention', () => {
  it('defaults: 10 min, 10 000 terminal orders, 64 events per order', () => {
    expect(resolveOrderRetention()).toEqual({
      terminalOrderTtlMs: 600_000,
      maxTerminalOrders: 10_000,
      maxEventsPerOrder: 64,
    });
    expect(resolveOrderRetention({})).toEqual(DEFAULT_ORDER_RETENTION);
    expect(resolveOrderRetention({ terminalOrderTtlMs: 5 })).toEqual({
      ...DEFAULT_ORDER_RETENTION,
      terminalOrderTtlMs: 5,
    });
  });

  it('accepts the smallest values (0, and 2 events per order)', () => {
    expect(resolveOrderRetention({ terminalOrderTtlMs: 0, maxTerminalOrders: 0, maxEventsPerOrder: 2 })).toEqual({
      terminalOrderTtlMs: 0,
      maxTerminalOrders: 0,
      maxEventsPerOrder: 2,
    });
  });

  it.each([
    [{ maxTerminalOrders: -1 }, 'retention.maxTerminalOrders must be an integer >= 0, got -1'],
    [{ terminalOrderTtlMs: 1.5 }, 'retention.terminalOrderTtlMs must be an integer >= 0, got 1.5'],
    [{ maxTerminalOrders: 2 ** 53 }, `retention.maxTerminalOrders must be an integer >= 0, got ${2 ** 53}`],
    [{ maxEventsPerOrder: '8' as unknown as number }, 'retention.maxEventsPerOrder must be an integer >= 2, got "8"'],
    [{ terminalOrderTtlMs: Number.NaN }, 'retention.terminalOrderTtlMs must be an integer >= 0, got null'],
  ])('refuses %j with the field and the value named', (input, message) => {
    expect(() => resolveOrderRetention(input)).toThrow(message);
    expect(() => resolveOrderRetention(input)).toThrow(
      expect.objectContaining({ fields: [`retention.${Object.keys(input)[0]}`] }),
    );
  });
});

describe('TerminalOrders', () => {
  it('evicts oldest first down to the cap, and nothing while under both limits', () => {
    const r = new TerminalOrders({ ttlMs: 1_000, max: 2 });
    r.note('A', 0);
    r.note('B', 1);
    expect(r.due(2)).toEqual([]);
    expect(r.size).toBe(2);
    r.note('C', 2);
    expect(r.due(3)).toEqual(['A']);
    expect(r.size).toBe(2);
    expect(r.due(3)).toEqual([]);
  });

  it('evicts every order past the TTL at once, and only those', () => {
    const r = new TerminalOrders({ ttlMs: 100, max: 10 });
    r.note('A', 0);
    r.note('B', 50);
    r.note('C', 60);
    expect(r.due(99)).toEqual([]);
    expect(r.due(159)).toEqual(['A', 'B']);
    expect(r.due(160)).toEqual(['C']);
    expect(r.size).toBe(0);
  });
});
