/**
 * Credentials for a real network: from env or a JSON config file. Lighter mainnet/testnet read
 * LIGHTER_ACCOUNT_INDEX, LIGHTER_API_KEY_INDEX, LIGHTER_API_SECRET (on testnet the LIGHTER_TESTNET_*
 * names are accepted as a fallback, as the execution package reads them). Robinhood Chain reads only
 * its own names (execution's CREDENTIAL_ENV_VARS): an API key is never reused across deployments,
 * because auth tokens carry no chain id (docs/protocol/networks.md#hosts-and-chain-ids).
 * The secret never appears in any error message.
 */
import { readFile } from 'node:fs/promises';
import { CREDENTIAL_ENV_VARS } from '@lighter-ts/execution';
import { type NetworkName, resolveNetwork } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { CANARY_ERROR_CODE, CanaryError } from './errors.js';

/** Resolved canary credentials. Treat `apiSecret` as a secret: register it with the redactor. */
export interface CanaryCredentials {
  /** Account index (master or sub-account) the canary trades with. */
  readonly accountIndex: number;
  /** API key slot that signs, 0..254. */
  readonly apiKeyIndex: number;
  /** API private key, hex (40 bytes); a secret: never logged, redacted from reports. */
  readonly apiSecret: string;
}

/** Shape of the `--config` file. */
export const CanaryConfigFileSchema = z.object({
  /** Account index; env LIGHTER_ACCOUNT_INDEX (or the network family's) when absent. */
  accountIndex: z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(2 ** 48 - 2))),
  /** API key slot 0..254; env LIGHTER_API_KEY_INDEX (or the family's) when absent. */
  apiKeyIndex: z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(254))),
  /** API private key, hex; env LIGHTER_API_SECRET (or the family's) when absent. */
  apiSecret: z.optional(z.string()),
});

const SECRET_HEX = /^(0x)?[0-9a-fA-F]{80}$/;

/**
 * Resolve credentials: config file values beat env; blank values are unset.
 *
 * @example
 * const creds = await loadCredentials({ network: 'robinhood-testnet', env: process.env, configFile: undefined });
 * @throws CanaryError (CANARY_CONFIG) naming the missing or malformed field (never its value)
 */
export async function loadCredentials(params: {
  network: NetworkName;
  env: Record<string, string | undefined>;
  configFile: string | undefined;
}): Promise<CanaryCredentials> {
  let file: z.output<typeof CanaryConfigFileSchema> = {};
  if (params.configFile !== undefined) {
    let text: string;
    try {
      text = await readFile(params.configFile, 'utf8');
    } catch (err) {
      throw new CanaryError({
        code: CANARY_ERROR_CODE.CONFIG,
        message: `--config: cannot read ${params.configFile}`,
        field: 'config',
        cause: err,
      });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // Deliberately no cause: a JSON parse error can quote the file content (the secret).
      throw new CanaryError({
        code: CANARY_ERROR_CODE.CONFIG,
        message: `--config: ${params.configFile} is not valid JSON`,
        field: 'config',
      });
    }
    const r = CanaryConfigFileSchema.safeParse(json);
    if (!r.success) {
      const field = r.error.issues[0]?.path.join('.') ?? 'config';
      throw new CanaryError({ code: CANARY_ERROR_CODE.CONFIG, message: `--config: field ${field} is invalid`, field });
    }
    file = r.data;
  }
  const networkId = resolveNetwork(params.network).networkId as keyof typeof CREDENTIAL_ENV_VARS;
  const lighter = networkId === 'lighter-mainnet' || networkId === 'lighter-testnet';
  const names = lighter ? CREDENTIAL_ENV_VARS['lighter-mainnet'] : CREDENTIAL_ENV_VARS[networkId];
  const fallback = networkId === 'lighter-testnet' ? CREDENTIAL_ENV_VARS['lighter-testnet'] : undefined;
  const env = (name: keyof typeof names): string | undefined => {
    const primary = params.env[names[name]];
    const v =
      primary !== undefined && primary.trim() !== '' ? primary : fallback ? params.env[fallback[name]] : undefined;
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  // Every env name that can supply an item, in the order they are read (primary first, then the testnet fallback).
  const sources = (key: keyof typeof names): string[] => [names[key], ...(fallback ? [fallback[key]] : [])];
  const int = (value: number | undefined, key: 'accountIndex' | 'apiKeyIndex', max: number): number | undefined => {
    if (value !== undefined) return value;
    const raw = env(key);
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw) || Number(raw) > max) {
      throw new CanaryError({
        code: CANARY_ERROR_CODE.CONFIG,
        message: `${sources(key).join(' / ')} must be an integer in 0..${max}`,
        field: key,
      });
    }
    return Number(raw);
  };
  const accountIndex = int(file.accountIndex, 'accountIndex', 2 ** 48 - 2);
  const apiKeyIndex = int(file.apiKeyIndex, 'apiKeyIndex', 254);
  const apiSecret = file.apiSecret?.trim() || env('privateKey');
  // Name every missing item at once: fixing one only to be told about the next wastes a run.
  const absent: MissingCredential[] = [];
  if (accountIndex === undefined) absent.push({ field: 'accountIndex', envNames: sources('accountIndex') });
  if (apiKeyIndex === undefined) absent.push({ field: 'apiKeyIndex', envNames: sources('apiKeyIndex') });
  if (apiSecret === undefined) absent.push({ field: 'apiSecret', envNames: sources('privateKey') });
  if (accountIndex === undefined || apiKeyIndex === undefined || apiSecret === undefined)
    throw missing(networkId, absent);
  if (!SECRET_HEX.test(apiSecret)) {
    throw new CanaryError({
      code: CANARY_ERROR_CODE.CONFIG,
      message: 'apiSecret must be 40 bytes of hex (value not shown)',
      field: 'apiSecret',
    });
  }
  return { accountIndex, apiKeyIndex, apiSecret };
}

/** One credential item that no source supplied, with every env name that could have. */
interface MissingCredential {
  readonly field: 'accountIndex' | 'apiKeyIndex' | 'apiSecret';
  readonly envNames: readonly string[];
}

function missing(networkId: string, absent: readonly MissingCredential[]): CanaryError {
  const list = absent
    .map((m) => `${m.field} (set ${m.envNames.join(' or ')}, or "${m.field}" in the --config file)`)
    .join('; ');
  // `field` stays the first missing item so existing callers that switch on it keep working.
  return new CanaryError({
    code: CANARY_ERROR_CODE.CONFIG,
    message: `missing credentials for ${networkId}: ${list}`,
    field: absent[0]?.field ?? 'config',
  });
}
