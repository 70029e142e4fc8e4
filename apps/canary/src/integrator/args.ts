/**
 * Flags of `lighter-canary integrator approve|revoke` (docs/protocol/transactions.md#integrators). The Ethereum
 * key never comes from a flag (argv is visible to every local user): it is read from env `LIGHTER_L1_PRIVATE_KEY`.
 */
import { isNetworkName, type NetworkName, resolveNetwork, describeIssue } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { parseFlags } from '../args.js';
import { CANARY_ERROR_CODE, CanaryError } from '../errors.js';

/** Env var holding the owner's Ethereum private key for the L1 signature. */
export const L1_PRIVATE_KEY_ENV = 'LIGHTER_L1_PRIVATE_KEY';

const ppm = z.int().check(z.gte(0), z.lte(1_000_000));

/** Validated `integrator` options. */
export const IntegratorOptionsSchema = z
  .object({
    action: z.enum(['approve', 'revoke']),
    // mini's check() does not narrow the output by a type guard; the refine makes this cast true.
    network: z
      .string()
      .check(z.refine((v) => isNetworkName(v), { message: 'expected a Lighter network name' })) as z.ZodMiniType<
      NetworkName,
      string
    >,
    integratorAccountIndex: z.number().check(z.int(), z.gte(1), z.lte(2 ** 48 - 2)),
    maxPerpsTakerFeePpm: z._default(ppm, 0),
    maxPerpsMakerFeePpm: z._default(ppm, 0),
    maxSpotTakerFeePpm: z._default(ppm, 0),
    maxSpotMakerFeePpm: z._default(ppm, 0),
    /** Approval lifetime from now, days. */
    expiresInDays: z._default(z.int().check(z.gte(1), z.lte(3650)), 30),
    yes: z._default(z.boolean(), false),
    config: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.superRefine((o, ctx) => {
      if (resolveNetwork(o.network as NetworkName).isMainnet && !o.yes) {
        ctx.addIssue({
          code: 'custom',
          path: ['yes'],
          message: `integrator ${o.action} on mainnet signs a real transaction: confirm with --yes`,
        });
      }
    }),
  );

/** Output of {@link IntegratorOptionsSchema}. */
export type IntegratorOptions = z.output<typeof IntegratorOptionsSchema>;
/** Input of {@link IntegratorOptionsSchema}. */
export type IntegratorOptionsInput = z.input<typeof IntegratorOptionsSchema>;

/** Usage of `lighter-canary integrator`. */
export const INTEGRATOR_USAGE = `Usage: lighter-canary integrator <approve|revoke> --integrator <account index> [options]

Sends ApproveIntegrator for the configured account: approve lets the integrator charge fees up to
the given maxima until the expiry; revoke sends expiry 0 and every fee 0 (orders naming the
integrator are refused afterwards, 21149).

Options:
  --network <name>            a Lighter network: lighter-mainnet, lighter-testnet, robinhood-mainnet, ...
  --integrator <index>        integrator account index (required)
  --taker-fee-ppm <n>         approve: max perps taker fee, ppm (default 0)
  --maker-fee-ppm <n>         approve: max perps maker fee, ppm (default 0)
  --spot-taker-fee-ppm <n>    approve: max spot taker fee, ppm (default 0)
  --spot-maker-fee-ppm <n>    approve: max spot maker fee, ppm (default 0)
  --expires-in-days <n>       approve: lifetime in days (default 30)
  --yes                       required on mainnet
  --config <file>             JSON credentials file (as for the lifecycle run)

The API key comes from the usual env or --config; the L1 signature from env ${L1_PRIVATE_KEY_ENV}
(optional: without it the tx goes with an empty L1Sig, as NautilusTrader sends zero-fee approvals).
Exit code 0 when the venue accepted the tx, 1 when it refused it, 2 for bad flags or credentials.`;

function usage(field: string, message: string): CanaryError {
  return new CanaryError({ code: CANARY_ERROR_CODE.USAGE, message, field });
}

/**
 * Validate `integrator` options.
 * @example validateIntegratorOptions({ action: 'revoke', network: 'lighter-testnet', integratorAccountIndex: 4242 })
 * @throws CanaryError (CANARY_USAGE) naming the first offending field
 */
export function validateIntegratorOptions(raw: unknown): IntegratorOptions {
  const r = IntegratorOptionsSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const field = issue?.path.join('.') || 'options';
    throw usage(field, `${field}: ${issue === undefined ? 'invalid' : describeIssue(issue, raw)}`);
  }
  return r.data;
}

/**
 * Parse `integrator` argv (after the subcommand word).
 * @example parseIntegratorArgs(['revoke', '--network', 'lighter-testnet', '--integrator', '4242'])
 * @throws CanaryError (CANARY_USAGE) naming the offending flag
 */
export function parseIntegratorArgs(
  argv: readonly string[],
): { kind: 'integrator'; options: IntegratorOptions } | { kind: 'help' } {
  const [action, ...rest] = argv;
  if (action === undefined || action === '--help' || action === '-h') return { kind: 'help' };
  if (action !== 'approve' && action !== 'revoke')
    throw usage('action', `integrator: expected approve or revoke, received "${action}"`);
  const values = parseFlags(rest, {
    network: { type: 'string' },
    integrator: { type: 'string' },
    'taker-fee-ppm': { type: 'string' },
    'maker-fee-ppm': { type: 'string' },
    'spot-taker-fee-ppm': { type: 'string' },
    'spot-maker-fee-ppm': { type: 'string' },
    'expires-in-days': { type: 'string' },
    yes: { type: 'boolean' },
    config: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { kind: 'help' };
  const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const int = (flag: string): number | undefined => {
    const v = str(flag);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw usage(flag, `--${flag}: "${v}" is not a non-negative integer`);
    return Number(v);
  };
  if (action === 'revoke') {
    for (const f of ['taker-fee-ppm', 'maker-fee-ppm', 'spot-taker-fee-ppm', 'spot-maker-fee-ppm', 'expires-in-days']) {
      if (str(f) !== undefined)
        throw usage(f, `--${f}: revoke sends expiry 0 and every fee 0; the flag does not apply`);
    }
  }
  const raw: Record<string, unknown> = {
    action,
    network: str('network'),
    integratorAccountIndex: int('integrator'),
    maxPerpsTakerFeePpm: int('taker-fee-ppm'),
    maxPerpsMakerFeePpm: int('maker-fee-ppm'),
    maxSpotTakerFeePpm: int('spot-taker-fee-ppm'),
    maxSpotMakerFeePpm: int('spot-maker-fee-ppm'),
    expiresInDays: int('expires-in-days'),
    yes: values.yes === true,
    config: str('config'),
  };
  return { kind: 'integrator', options: validateIntegratorOptions(raw) };
}
