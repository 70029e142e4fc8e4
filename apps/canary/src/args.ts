/**
 * Command-line options of `lighter-canary`, parsed with node:util and validated with zod.
 */
import { parseArgs } from 'node:util';
import { NETWORK_NAMES, type NetworkName, resolveNetwork, describeIssue } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { CANARY_ERROR_CODE, CanaryError } from './errors.js';

/**
 * Targets the canary knows besides the network names of the models table. `sim` starts an embedded
 * simulator (which can impersonate any network with `--sim-network`).
 */
export const CANARY_NETWORK = {
  /** An embedded simulator on loopback: no credentials, no funds. */
  SIM: 'sim',
  /** Alias of `lighter-testnet` (the models table's alias). */
  TESTNET: 'testnet',
  /** Alias of `lighter-mainnet`: real funds, needs `--yes` and `--max-notional`. */
  MAINNET: 'mainnet',
} as const;
/** `sim` or any network name (`lighter-mainnet`, `robinhood-testnet`, `mainnet`, …). */
export type CanaryNetwork = 'sim' | NetworkName;

/** Env var naming the target when `--network` is not given. */
export const CANARY_NETWORK_ENV = 'LIGHTER_NETWORK';

const TARGETS = ['sim', ...NETWORK_NAMES] as ['sim', ...NetworkName[]];

/**
 * Does this target hold real funds? True for both mainnets (Lighter and Robinhood Chain), by the
 * network table's `isMainnet`, never by name matching.
 * @example isMainnetTarget('robinhood-mainnet') // true
 * @throws never
 */
export function isMainnetTarget(network: CanaryNetwork): boolean {
  return network !== 'sim' && resolveNetwork(network).isMainnet;
}

const decimalString = z.string().check(z.regex(/^\d+(\.\d+)?$/, 'must be a non-negative decimal such as 0.01'));
const positiveDecimal = decimalString.check(z.refine((v) => /[1-9]/.test(v), 'must be greater than zero'));

/** Parse "30s", "1500ms", "2m" or a bare number of seconds into milliseconds. */
export const durationMs = z
  .pipe(
    z.string().check(z.regex(/^\d+(\.\d+)?(ms|s|m)?$/, 'must be a duration such as 30s, 1500ms or 2m')),
    z.transform((v) => {
      const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(v);
      const n = Number(m?.[1] ?? '0');
      const unit = m?.[2] ?? 's';
      return Math.round(unit === 'ms' ? n : unit === 'm' ? n * 60_000 : n * 1000);
    }),
  )
  .check(z.refine((ms) => ms >= 100 && ms <= 3_600_000, 'must be between 100ms and 60m'));

/**
 * Validated canary options (the CLI flags after zod).
 */
export const CanaryOptionsSchema = z
  .object({
    /** Target: `sim` (default) or a network name of the models table; env LIGHTER_NETWORK when the flag is absent. */
    network: z._default(z.enum(TARGETS), 'sim'),
    /** With `network: 'sim'`: the network the embedded simulator impersonates (chain id, collateral, identity). */
    simNetwork: z.optional(z.enum(NETWORK_NAMES as [NetworkName, ...NetworkName[]])),
    /** Market symbol (`ETH`, `ETH-PERP`, `ETH-PERP.LIGHTER`) or index; default `ETH`. */
    market: z._default(z.string().check(z.minLength(1)), 'ETH'),
    /** Side of the resting order; default `buy`. */
    side: z._default(z.enum(['buy', 'sell']), 'buy'),
    /** Order size in base units (decimal string); absent = the smallest size the market accepts. */
    size: z.optional(positiveDecimal),
    /** Per-step timeout, ms, 100..3 600 000; default 30 000. */
    timeoutMs: z._default(z.int().check(z.gte(100), z.lte(3_600_000)), 30_000),
    /** Path to write the JSON compliance report to. */
    json: z.optional(z.string().check(z.minLength(1))),
    /** Path to write the self-contained HTML report to. */
    html: z.optional(z.string().check(z.minLength(1))),
    /** Also exercise a small fill and flatten it; default false (explicit on mainnet). */
    fill: z._default(z.boolean(), false),
    /** Confirms a mainnet run (required on `lighter-mainnet` / `robinhood-mainnet`). */
    yes: z._default(z.boolean(), false),
    /** Refuse orders above this notional, quote units (decimal string); required on both mainnets. */
    maxNotional: z.optional(positiveDecimal),
    /** Distance of the limit price from the touch, basis points 1..5000; default 200. */
    offsetBps: z._default(z.int().check(z.gte(1), z.lte(5000)), 200),
    /** Least distance from the touch, price ticks 1..1 000 000; default 100. */
    minOffsetTicks: z._default(z.int().check(z.gte(1), z.lte(1_000_000)), 100),
    /** Path of a JSON credentials file `{accountIndex, apiKeyIndex, apiSecret}` (instead of env). */
    config: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.superRefine((o, ctx) => {
      if (isMainnetTarget(o.network)) {
        if (!o.yes)
          ctx.addIssue({
            code: 'custom',
            path: ['yes'],
            message: `${o.network} holds real funds: it requires an explicit --yes`,
          });
        if (o.maxNotional === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['maxNotional'],
            message: `${o.network} requires --max-notional (a cap in quote currency)`,
          });
        }
      }
      if (o.simNetwork !== undefined && o.network !== 'sim') {
        ctx.addIssue({ code: 'custom', path: ['simNetwork'], message: 'only applies with --network sim' });
      }
    }),
  );

/** Validated options (output of {@link CanaryOptionsSchema}). */
export type CanaryOptions = z.output<typeof CanaryOptionsSchema>;
/** Options as given by a caller (defaults optional). */
export type CanaryOptionsInput = z.input<typeof CanaryOptionsSchema>;

/** Result of {@link parseCanaryArgs}: options, or a request for help/version. */
export type ParsedCli =
  | {
      /** Run the lifecycle with `options`. */
      readonly kind: 'run';
      /** The validated options. */
      readonly options: CanaryOptions;
    }
  | {
      /** `--help` was given: print CANARY_USAGE. */
      readonly kind: 'help';
    }
  | {
      /** `--version` was given: print the version. */
      readonly kind: 'version';
    };

/** Usage text printed by `--help`. */
export const CANARY_USAGE = `Usage: lighter-canary [options]

Proves the Lighter order lifecycle end to end: place a post-only order far from
the touch, see it accepted (WS + REST), cancel it, see it canceled, reconcile.

Options:
  --network <name>                 target: sim (default, an embedded simulator), lighter-mainnet,
                                   lighter-testnet, robinhood-mainnet, robinhood-testnet (aliases
                                   mainnet, testnet); env LIGHTER_NETWORK when the flag is absent
  --sim-network <name>             with --network sim: the network the simulator impersonates
                                   (its chain id and collateral, e.g. robinhood-mainnet = USDG)
  --market <symbol|index>          market symbol (ETH, ETH-PERP, ETH-PERP.LIGHTER) or index (default: ETH)
  --side <buy|sell>                side of the resting order (default: buy)
  --size <decimal>                 order size (default: the smallest size the market accepts)
  --timeout <duration>             per-step timeout, e.g. 30s, 1500ms, 2m (default: 30s)
  --json <file>                    write the JSON compliance report
  --html <file>                    write the self-contained HTML report
  --fill                           also exercise a small fill and flatten (off by default; explicit on mainnet)
  --max-notional <decimal>         refuse orders above this quote notional (required on both mainnets)
  --offset-bps <n>                 distance from the touch in basis points (default: 200)
  --min-offset-ticks <n>           minimum distance from the touch in ticks (default: 100)
  --config <file>                  JSON credentials file {accountIndex, apiKeyIndex, apiSecret}
  --yes                            confirm a mainnet run (lighter-mainnet or robinhood-mainnet)
  -h, --help                       show this help
  -v, --version                    show the version

Credentials: Lighter networks read LIGHTER_ACCOUNT_INDEX, LIGHTER_API_KEY_INDEX, LIGHTER_API_SECRET
(testnet also LIGHTER_TESTNET_*); Robinhood Chain reads LIGHTER_ROBINHOOD_* (testnet
LIGHTER_ROBINHOOD_TESTNET_*); or --config. Exit code 0 only when every criterion passes.`;

/** Flag declarations for {@link parseFlags}, as `node:util` `parseArgs` takes them. */
export type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/**
 * Strict `node:util` parse of one command's flags (no positionals). Shared by the run, `data` and
 * `flatten` commands, so every one reports a bad flag the same way.
 * @example parseFlags(['--seconds', '30'], { seconds: { type: 'string' } }) // { seconds: '30' }
 * @throws CanaryError (CANARY_USAGE) with `field` naming the offending flag
 */
export function parseFlags(argv: readonly string[], options: FlagSpec): Record<string, string | boolean | undefined> {
  try {
    return parseArgs({ args: [...argv], strict: true, allowPositionals: false, options }).values;
  } catch (err) {
    const message = (err as Error).message;
    const flag = /--([a-z][a-z-]*)/.exec(message)?.[1];
    throw new CanaryError({ code: CANARY_ERROR_CODE.USAGE, message, cause: err, ...(flag ? { field: flag } : {}) });
  }
}

/**
 * Parse and validate argv (without the node and script entries).
 *
 * @example
 * const parsed = parseCanaryArgs(['--network', 'robinhood-testnet', '--json', 'report.json']);
 * if (parsed.kind === 'run') console.log(parsed.options.timeoutMs);
 * @throws CanaryError (CANARY_USAGE) naming the offending flag
 */
export function parseCanaryArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): ParsedCli {
  const values = parseFlags(argv, {
    network: { type: 'string' },
    'sim-network': { type: 'string' },
    market: { type: 'string' },
    side: { type: 'string' },
    size: { type: 'string' },
    timeout: { type: 'string' },
    json: { type: 'string' },
    html: { type: 'string' },
    fill: { type: 'boolean' },
    yes: { type: 'boolean' },
    'max-notional': { type: 'string' },
    'offset-bps': { type: 'string' },
    'min-offset-ticks': { type: 'string' },
    config: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const int = (flag: string): number | undefined => {
    const v = str(flag);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw usage(flag, `--${flag}: "${v}" is not a non-negative integer`);
    return Number(v);
  };
  let timeoutMs: number | undefined;
  const timeout = str('timeout');
  if (timeout !== undefined) {
    const r = durationMs.safeParse(timeout);
    if (!r.success)
      throw usage('timeout', `--timeout: ${r.error.issues[0] ? describeIssue(r.error.issues[0], timeout) : 'invalid'}`);
    timeoutMs = r.data;
  }
  const fromEnv = env[CANARY_NETWORK_ENV]?.trim();
  const raw = {
    network: str('network') ?? (fromEnv === '' ? undefined : fromEnv),
    simNetwork: str('sim-network'),
    market: str('market'),
    side: str('side'),
    size: str('size'),
    timeoutMs,
    json: str('json'),
    html: str('html'),
    fill: values.fill === true,
    yes: values.yes === true,
    maxNotional: str('max-notional'),
    offsetBps: int('offset-bps'),
    minOffsetTicks: int('min-offset-ticks'),
    config: str('config'),
  };
  return { kind: 'run', options: validateCanaryOptions(raw) };
}

/**
 * Validate programmatic options (same rules as the CLI).
 *
 * @example
 * const options = validateCanaryOptions({ network: 'sim', fill: true });
 * @throws CanaryError (CANARY_USAGE) naming the offending option
 */
export function validateCanaryOptions(input: unknown): CanaryOptions {
  const cleaned =
    typeof input === 'object' && input !== null
      ? Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
      : input;
  const r = CanaryOptionsSchema.safeParse(cleaned);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'options';
  throw usage(field, `--${kebab(field)}: ${issue === undefined ? 'invalid' : describeIssue(issue, cleaned)}`);
}

function kebab(s: string): string {
  return s === 'timeoutMs' ? 'timeout' : s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function usage(field: string, message: string): CanaryError {
  return new CanaryError({ code: CANARY_ERROR_CODE.USAGE, message, field });
}
