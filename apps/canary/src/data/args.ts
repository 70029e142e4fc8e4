/**
 * Flags of `lighter-canary data`: listen to every public stream of the given markets for N
 * seconds and judge them against NautilusTrader's data-testing spec. Read-only: no credentials.
 */
import { isNetworkName, type NetworkName, describeIssue } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { parseFlags } from '../args.js';
import { CANARY_ERROR_CODE, CanaryError } from '../errors.js';

/** Validated `data` options. */
export const DataOptionsSchema = z.object({
  /** `sim` (the embedded simulator) or any Lighter network name (`lighter-mainnet`, `robinhood-testnet`, `testnet`, ...). */
  network: z._default(
    // mini's check() does not narrow the output by a type guard; the refine makes this cast true.
    z
      .string()
      .check(
        z.refine((v) => v === 'sim' || isNetworkName(v), { message: 'expected sim or a Lighter network name' }),
      ) as z.ZodMiniType<'sim' | NetworkName, string>,
    'sim',
  ),
  /** Seconds to listen per run (all markets at once). */
  seconds: z._default(z.int().check(z.gte(1), z.lte(3600)), 10),
  /** Market symbols (`ETH`, `BTC`) or indexes. */
  markets: z._default(z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), ['ETH']),
  /** Path to write the JSON data report to. */
  json: z.optional(z.string().check(z.minLength(1))),
  /** Path to write the HTML data report to. */
  html: z.optional(z.string().check(z.minLength(1))),
});

/** Output of {@link DataOptionsSchema}. */
export type DataOptions = z.output<typeof DataOptionsSchema>;
/** Input of {@link DataOptionsSchema}. */
export type DataOptionsInput = z.input<typeof DataOptionsSchema>;

/** Usage of `lighter-canary data`. */
export const DATA_USAGE = `Usage: lighter-canary data [options]

Listens to the public streams of each market (order book through the gap detector, ticker,
trades, 1m candles, market stats with mark/index price and funding) and judges them against
NautilusTrader's data-testing spec (TC-D..). Read-only: needs no credentials.

Options:
  --network <name>                 sim, or a Lighter network: lighter-mainnet, lighter-testnet,
                                   robinhood-mainnet, robinhood-testnet (default: sim)
  --seconds <n>                    how long to listen (default: 10)
  --markets <list>                 comma-separated symbols or indexes (default: ETH)
  --json <file>, --html <file>     write the reports

Exit code 0 when every criterion passes, 1 otherwise, 2 for bad flags.`;

/**
 * Parse `data` flags (argv after the subcommand).
 *
 * @example
 * parseDataArgs(['--seconds', '30', '--markets', 'ETH,BTC']);
 * @throws CanaryError (CANARY_USAGE) naming the offending flag
 */
export function parseDataArgs(argv: readonly string[]):
  | {
      /** Run the `data` command with `options`. */
      kind: 'data';
      /** The validated options. */
      options: DataOptions;
    }
  | {
      /** `--help` was given: print the usage. */
      kind: 'help';
    } {
  const values = parseFlags(argv, {
    network: { type: 'string' },
    seconds: { type: 'string' },
    markets: { type: 'string' },
    json: { type: 'string' },
    html: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { kind: 'help' };
  const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const seconds = str('seconds');
  if (seconds !== undefined && !/^\d+$/.test(seconds))
    throw usage('seconds', `--seconds: "${seconds}" is not a whole number of seconds`);
  const markets = str('markets')
    ?.split(',')
    .map((m) => m.trim())
    .filter((m) => m !== '');
  return {
    kind: 'data',
    options: validateDataOptions({
      network: str('network'),
      seconds: seconds === undefined ? undefined : Number(seconds),
      markets,
      json: str('json'),
      html: str('html'),
    }),
  };
}

/**
 * Validate programmatic `data` options.
 *
 * @example
 * validateDataOptions({ seconds: 5, markets: ['ETH'] });
 * @throws CanaryError (CANARY_USAGE) naming the offending option
 */
export function validateDataOptions(input: unknown): DataOptions {
  const cleaned =
    typeof input === 'object' && input !== null
      ? Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
      : input;
  const r = DataOptionsSchema.safeParse(cleaned);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = String(issue?.path[0] ?? 'options');
  throw usage(field, `--${field}: ${issue === undefined ? 'invalid' : describeIssue(issue, cleaned)}`);
}

function usage(field: string, message: string): CanaryError {
  return new CanaryError({ code: CANARY_ERROR_CODE.USAGE, message, field });
}
