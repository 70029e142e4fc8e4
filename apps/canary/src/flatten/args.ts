/**
 * Flags of `lighter-canary flatten`: cancel every open order and close every position of the
 * account. Mainnet needs `--yes` (it trades real money); the slippage cap bounds every close.
 */
import { describeIssue } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { durationMs, parseFlags } from '../args.js';
import { CANARY_ERROR_CODE, CanaryError } from '../errors.js';

/** Validated `flatten` options. */
export const FlattenOptionsSchema = z
  .object({
    /** Target: `sim` (default), `testnet` or `mainnet`. */
    network: z._default(z.enum(['sim', 'testnet', 'mainnet']), 'sim'),
    /** Confirms flattening a mainnet account (required there). */
    yes: z._default(z.boolean(), false),
    /** Path to write the JSON flatten report to. */
    json: z.optional(z.string().check(z.minLength(1))),
    /** Path to write the HTML flatten report to. */
    html: z.optional(z.string().check(z.minLength(1))),
    /** Per-step timeout, ms, 100..3 600 000; default 30 000. */
    timeoutMs: z._default(z.int().check(z.gte(100), z.lte(3_600_000)), 30_000),
    /** Worst price of a closing order, in basis points through the touch. */
    slippageBps: z._default(z.int().check(z.gte(1), z.lte(5000)), 500),
    /** Path of a JSON credentials file `{accountIndex, apiKeyIndex, apiSecret}` (instead of env). */
    config: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.superRefine((o, ctx) => {
      if (o.network === 'mainnet' && !o.yes)
        ctx.addIssue({
          code: 'custom',
          path: ['yes'],
          message: 'flatten on mainnet cancels and closes everything: confirm with --yes',
        });
    }),
  );

/** Output of {@link FlattenOptionsSchema}. */
export type FlattenOptions = z.output<typeof FlattenOptionsSchema>;
/** Input of {@link FlattenOptionsSchema}. */
export type FlattenOptionsInput = z.input<typeof FlattenOptionsSchema>;

/** Usage of `lighter-canary flatten`. */
export const FLATTEN_USAGE = `Usage: lighter-canary flatten [options]

Cancels every open order and closes every position of the account with reduce-only
IOC orders (worst price capped by --slippage-bps), then re-reads the account until it
is proven flat. Safe to rerun: a run that finds nothing says so.

Options:
  --network <sim|testnet|mainnet>  target (default: sim)
  --yes                            required on mainnet
  --slippage-bps <n>               worst price of a closing order through the touch (default: 500)
  --timeout <duration>             per-phase timeout (default: 30s)
  --json <file>, --html <file>     write the reports
  --config <file>                  JSON credentials file (as for the lifecycle run)

Exit code 0 when the account is proven flat, 3 when it could not be proven, 2 for bad flags.`;

/**
 * Parse `flatten` flags (argv after the subcommand).
 *
 * @example
 * parseFlattenArgs(['--network', 'testnet', '--json', 'flatten.json']);
 * @throws CanaryError (CANARY_USAGE) naming the offending flag
 */
export function parseFlattenArgs(argv: readonly string[]):
  | {
      /** Run the `flatten` command with `options`. */
      kind: 'flatten';
      /** The validated options. */
      options: FlattenOptions;
    }
  | {
      /** `--help` was given: print the usage. */
      kind: 'help';
    } {
  const values = parseFlags(argv, {
    network: { type: 'string' },
    yes: { type: 'boolean' },
    json: { type: 'string' },
    html: { type: 'string' },
    timeout: { type: 'string' },
    'slippage-bps': { type: 'string' },
    config: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { kind: 'help' };
  const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const raw: Record<string, unknown> = {
    network: str('network'),
    yes: values.yes === true,
    json: str('json'),
    html: str('html'),
    config: str('config'),
  };
  const timeout = str('timeout');
  if (timeout !== undefined) {
    const r = durationMs.safeParse(timeout);
    if (!r.success)
      throw usage('timeout', `--timeout: ${r.error.issues[0] ? describeIssue(r.error.issues[0], timeout) : 'invalid'}`);
    raw.timeoutMs = r.data;
  }
  const slip = str('slippage-bps');
  if (slip !== undefined) {
    if (!/^\d+$/.test(slip)) throw usage('slippage-bps', `--slippage-bps: "${slip}" is not a non-negative integer`);
    raw.slippageBps = Number(slip);
  }
  return { kind: 'flatten', options: validateFlattenOptions(raw) };
}

/**
 * Validate programmatic `flatten` options.
 *
 * @example
 * validateFlattenOptions({ network: 'mainnet', yes: true });
 * @throws CanaryError (CANARY_USAGE) naming the offending option
 */
export function validateFlattenOptions(input: unknown): FlattenOptions {
  const cleaned =
    typeof input === 'object' && input !== null
      ? Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
      : input;
  const r = FlattenOptionsSchema.safeParse(cleaned);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'options';
  throw usage(
    field,
    `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${issue === undefined ? 'invalid' : describeIssue(issue, cleaned)}`,
  );
}

function usage(field: string, message: string): CanaryError {
  return new CanaryError({ code: CANARY_ERROR_CODE.USAGE, message, field });
}
