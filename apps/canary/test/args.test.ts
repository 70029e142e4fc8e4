import { describe, expect, it } from 'vitest';
import { parseCanaryArgs, validateCanaryOptions } from '../src/args.js';
import { parseDataArgs } from '../src/data/args.js';
import { parseFlattenArgs } from '../src/flatten/args.js';
import { isCanaryError } from '../src/errors.js';

function usageError(fn: () => unknown): { field: string | undefined; message: string } {
  try {
    fn();
  } catch (err) {
    if (isCanaryError(err)) return { field: err.field, message: err.message };
    throw err;
  }
  throw new Error('expected a usage error');
}

describe('parseCanaryArgs', () => {
  it('defaults to the simulator, ETH, buy, 30 s, no fill', () => {
    const r = parseCanaryArgs([]);
    expect(r).toEqual({
      kind: 'run',
      options: {
        network: 'sim',
        market: 'ETH',
        side: 'buy',
        timeoutMs: 30_000,
        fill: false,
        yes: false,
        offsetBps: 200,
        minOffsetTicks: 100,
      },
    });
  });

  it('parses every flag', () => {
    const r = parseCanaryArgs([
      '--network',
      'testnet',
      '--market',
      'BTC-PERP.LIGHTER',
      '--side',
      'sell',
      '--size',
      '0.001',
      '--timeout',
      '1500ms',
      '--json',
      'r.json',
      '--html',
      'r.html',
      '--fill',
      '--max-notional',
      '50',
      '--offset-bps',
      '300',
      '--min-offset-ticks',
      '7',
      '--config',
      'c.json',
    ]);
    expect(r.kind).toBe('run');
    if (r.kind !== 'run') return;
    expect(r.options).toMatchObject({
      network: 'testnet',
      market: 'BTC-PERP.LIGHTER',
      side: 'sell',
      size: '0.001',
      timeoutMs: 1500,
      json: 'r.json',
      html: 'r.html',
      fill: true,
      maxNotional: '50',
      offsetBps: 300,
      minOffsetTicks: 7,
      config: 'c.json',
    });
  });

  it.each([
    ['30', 30_000],
    ['2m', 120_000],
    ['0.5s', 500],
    ['250ms', 250],
  ])('timeout %s -> %d ms', (v, ms) => {
    const r = parseCanaryArgs(['--timeout', v]);
    expect(r.kind === 'run' && r.options.timeoutMs).toBe(ms);
  });

  it('help and version', () => {
    expect(parseCanaryArgs(['--help']).kind).toBe('help');
    expect(parseCanaryArgs(['-v']).kind).toBe('version');
  });

  it.each([
    [['--network', 'devnet'], 'network'],
    [['--size', '-1'], 'size'],
    [['--size', '0'], 'size'],
    [['--size', '1e3'], 'size'],
    [['--timeout', 'soon'], 'timeout'],
    [['--timeout', '10ms'], 'timeout'],
    [['--offset-bps', 'x'], 'offset-bps'],
    [['--side', 'long'], 'side'],
    [['--network', 'mainnet', '--max-notional', '10'], 'yes'],
    [['--network', 'mainnet', '--yes'], 'maxNotional'],
  ])('rejects %j naming the field', (argv, field) => {
    expect(usageError(() => parseCanaryArgs(argv)).field).toBe(field);
  });

  it('rejects unknown flags and positionals', () => {
    expect(usageError(() => parseCanaryArgs(['--bogus'])).message).toMatch(/bogus/);
    expect(usageError(() => parseCanaryArgs(['extra'])).message).toMatch(/extra|positional/i);
  });

  it('mainnet with --yes and a cap is accepted', () => {
    const r = parseCanaryArgs(['--network', 'mainnet', '--yes', '--max-notional', '25']);
    expect(r.kind === 'run' && r.options.network).toBe('mainnet');
  });
});

describe('validateCanaryOptions', () => {
  it('ignores undefined values and applies defaults', () => {
    expect(validateCanaryOptions({ size: undefined, fill: true }).fill).toBe(true);
  });
  it('rejects a non-object', () => {
    expect(usageError(() => validateCanaryOptions('sim')).field).toBe('options');
  });
});

describe('every subcommand reports a bad flag the same way (one parseFlags)', () => {
  it.each([
    ['run', () => parseCanaryArgs(['--nope'])],
    ['data', () => parseDataArgs(['--nope'])],
    ['flatten', () => parseFlattenArgs(['--nope'])],
  ])('%s: an unknown flag is a usage error naming it', (_name, parse) => {
    const e = usageError(parse);
    expect(e.field).toBe('nope');
    expect(e.message).toMatch(/--nope/);
  });
});
