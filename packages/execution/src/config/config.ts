/**
 * Client configuration (zod) and credential resolution. Config beats env; a blank value means
 * unset (NT `3648fb3add`); missing or malformed credentials fail fast naming the field, and the
 * key itself is never printed (parity C1-C3).
 */
import {
  DEFAULT_TX_BATCH_SIZE,
  MAX_TX_BATCH_SIZE,
  NETWORK_ALIASES,
  NETWORK_NAMES,
  NETWORKS,
  type NetworkId,
  type NetworkName,
  describeIssue,
  isNetworkName,
  isReadOnlyToken,
  resolveNetwork,
} from '@lighter-ts/models';
import * as z from 'zod/mini';
import { ExecutionConfigError } from '../errors.js';
import { LighterCredentials } from './credentials.js';
import {
  CREDENTIAL_ENV_VARS,
  type CredentialEnvFamily,
  NETWORK_ENV_VAR,
  type ResolvedClientNetwork,
} from './network.js';

const FAMILIES = [...Object.keys(NETWORKS), ...Object.keys(NETWORK_ALIASES)] as [NetworkName, ...NetworkName[]];

/** A custom network (simulator, gateway, or a named network on other hosts): the models `Network` fields. */
const CustomNetworkSchema = z.object({
  /** REST base URL of the venue (`https://…`, or the simulator's `http://127.0.0.1:<port>`). */
  httpUrl: z.url(),
  /** WebSocket URL of the venue's stream (`wss://…/stream`). */
  wsUrl: z.url(),
  /** Chain id every signed tx carries (Lighter mainnet 304, testnet 300); a wrong one makes the venue answer 21120 invalid signature. */
  chainId: z.int().check(z.positive()),
  /** Identity txs and tokens are bound to; a named id moves that network to these hosts. */
  networkId: z.optional(z.string().check(z.minLength(1))),
  /** Human-readable name for logs and errors; default derived from the network id. */
  displayName: z.optional(z.string()),
  /** Chain id of the L1 (Ethereum) the deployment settles on; only L1-signed txs use it. Absent: the named network's. */
  l1ChainId: z.optional(z.int().check(z.positive())),
  /** Address (0x hex) of the deployment's L1 contract; absent: the named network's. */
  l1Contract: z.optional(z.string()),
  /** The collateral asset of this network; default the named network's (USDC on Lighter). */
  collateral: z.optional(
    z.object({
      /** Asset symbol as the venue names it (`USDC`). */
      symbol: z.string().check(z.minLength(1)),
      /** The venue's asset index of the collateral (USDC is 3 on Lighter). */
      assetIndex: z.int().check(z.gte(0)),
      /** Decimal places of the collateral's amounts on the wire (USDC: 6). */
      decimals: z.int().check(z.gte(0)),
    }),
  ),
  /** True for a production deployment with real funds; absent: false for a custom network unless its network id is a mainnet's. */
  isMainnet: z.optional(z.boolean()),
  /** Which deployment's env var names to read credentials from; default: the named `networkId`'s, else by chain id. */
  envFamily: z.optional(z.enum(FAMILIES)),
  /** @deprecated use `displayName`. */
  name: z.optional(z.string()),
});

const blankToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/**
 * A blank env value counts as absent: classic zod's `preprocess`, which zod/mini lacks, is this same pipe. The cast
 * gives it preprocess's type, so the key stays optional in the input type when `schema` is optional.
 */
const blankAsMissing = <S extends z.core.$ZodType>(schema: S) =>
  z.pipe(z.transform(blankToUndefined), schema) as unknown as z.core.$ZodPreprocess<S>;

/** zod schema of {@link LighterClientConfig}. */
export const LighterClientConfigSchema = z.object({
  /** A network name (`lighter-mainnet`, `robinhood-testnet`, `mainnet`, …) or a custom network. Default: env `LIGHTER_NETWORK`, else Lighter mainnet. */
  network: z.optional(z.union([z.enum(NETWORK_NAMES as [NetworkName, ...NetworkName[]]), CustomNetworkSchema])),
  /** Venue account index to trade as (0 … 2^48-2). Absent: the network family's env var (`LIGHTER_ACCOUNT_INDEX` on Lighter mainnet); required for execution. */
  accountIndex: blankAsMissing(z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(2 ** 48 - 2)))),
  /** API key slot that signs (0 … 254; slots 0-3 are reserved for Lighter's own apps). Absent: the family's env var (`LIGHTER_API_KEY_INDEX`). */
  apiKeyIndex: blankAsMissing(z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(254)))),
  /** The API key's private key, hex (40 bytes; never logged). Absent: the family's env var (`LIGHTER_API_SECRET`); required for execution. */
  privateKey: blankAsMissing(z.optional(z.string())),
  /** Per-request REST timeout in milliseconds (default 60 000). */
  httpTimeoutMs: z._default(z.int().check(z.positive()), 60_000),
  /** WebSocket connect / silence timeout in milliseconds (default 30 000). */
  wsTimeoutMs: z._default(z.int().check(z.positive()), 30_000),
  /** Client-side budget of REST requests per minute (default 60, the venue's Standard-account weight quota). */
  restQuotaPerMin: z._default(z.int().check(z.positive()), 60),
  /** Client-side budget of sendTx / sendTxBatch calls per minute (default 60). */
  sendTxQuotaPerMin: z._default(z.int().check(z.positive()), 60),
  /** Worst-price cap of market and stop-market orders, in basis points from the reference price (0 … 10 000, default 50 = 0.5%). */
  marketOrderSlippageBps: z._default(z.int().check(z.gte(0), z.lte(10_000)), 50),
  /** Most txs per sendTxBatch (order lists, batch cancels): 1..50, the venue's cap; default 15 (docs/protocol/transactions.md#batches). */
  maxTxBatchSize: z._default(z.int().check(z.gte(1), z.lte(MAX_TX_BATCH_SIZE)), DEFAULT_TX_BATCH_SIZE),
  /** How often instruments are reloaded from the venue, in minutes (default 60; 0 = never). */
  updateInstrumentsIntervalMins: z._default(z.number().check(z.gte(0)), 60),
  /** Nautilus venue code of every identifier this client emits (default `LIGHTER`). */
  venue: z._default(z.string().check(z.minLength(1)), 'LIGHTER'),
  /** Nautilus AccountId (`ISSUER-NUMBER`, exactly one hyphen; default `LIGHTER-001`). */
  accountId: z._default(
    z.string().check(z.regex(/^[^-]+-[^-]+$/, 'AccountId must be ISSUER-NUMBER with exactly one hyphen')),
    'LIGHTER-001',
  ),
  /** Nautilus TraderId stamped on events (default `TRADER-001`). */
  traderId: z._default(z.string().check(z.minLength(1)), 'TRADER-001'),
  /** Startup gate: how long connect() waits for the first frame of each account stream. */
  connectTimeoutMs: z._default(z.int().check(z.positive()), 30_000),
  /**
   * Opt-in integrator attribution on CreateOrder / CreateGroupedOrders (docs/protocol/transactions.md#attributes).
   * Off by default on every network: NT #4833 showed unconditional tagging breaks testnet (21149).
   * The integrator must already be approved by the account (ApproveIntegrator, L1-signed).
   */
  integrator: z.optional(
    z.object({
      /** Venue account index of the approved integrator (1 … 2^48-2). */
      accountIndex: z.number().check(z.int(), z.gte(1), z.lte(2 ** 48 - 2)),
      /** Integrator fee on taker fills, in parts per million of the notional (default 0). */
      takerFeePpm: z._default(z.int().check(z.gte(0), z.lte(1_000_000)), 0),
      /** Integrator fee on maker fills, in parts per million of the notional (default 0). */
      makerFeePpm: z._default(z.int().check(z.gte(0), z.lte(1_000_000)), 0),
    }),
  ),
  /** Default lookback for generateMassStatus when none is given (minutes, 0 = unbounded). */
  reconciliationLookbackMins: z._default(z.number().check(z.gte(0)), 0),
});

/** User-facing configuration (input form: everything optional except what has no default). */
export type LighterClientConfigInput = z.input<typeof LighterClientConfigSchema>;
/** Parsed configuration with defaults applied (credentials may still be missing). */
export type LighterClientConfig = z.output<typeof LighterClientConfigSchema>;

// The credentials' secret-holding class has its own module; re-exported here, where the resolved config names it.
export { LighterCredentials };

/** Config after parsing, network resolution and (for exec) credential resolution. */
export interface ResolvedClientConfig extends Omit<LighterClientConfig, 'network' | 'privateKey'> {
  /** The resolved network: hosts, chain id and which env family supplies credentials. */
  readonly network: ResolvedClientNetwork;
  /** Present when all three credentials resolved (always present when credentials are required, as the execution client requires them). */
  readonly credentials: LighterCredentials | undefined;
}

function formatZodIssues(error: z.core.$ZodError, input: unknown): { message: string; fields: string[] } {
  const fields = error.issues.map((i) => i.path.join('.') || '(root)');
  // describeIssue redacts the received value of secret fields (privateKey) by name and key-shaped values by shape.
  const message = error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${describeIssue(i, input)}`).join('; ');
  return { message, fields };
}

function familyOf(name: NetworkName): CredentialEnvFamily {
  return Object.hasOwn(NETWORK_ALIASES, name)
    ? NETWORK_ALIASES[name as keyof typeof NETWORK_ALIASES]
    : (name as NetworkId);
}

/**
 * Resolves the config's network: a name from the models table, a custom network, or (when the config
 * names none) env `LIGHTER_NETWORK`, else Lighter mainnet.
 * @example resolveConfigNetwork({ network: 'robinhood-mainnet' }).envFamily // 'robinhood-mainnet'
 * @throws ExecutionConfigError field `network` (unknown `LIGHTER_NETWORK`, or a custom network the models table refuses)
 */
export function resolveConfigNetwork(params: {
  network: LighterClientConfig['network'];
  env?: Record<string, string | undefined>;
}): ResolvedClientNetwork {
  let network = params.network;
  if (network === undefined) {
    const fromEnv = params.env?.[NETWORK_ENV_VAR]?.trim();
    if (fromEnv !== undefined && fromEnv !== '' && !isNetworkName(fromEnv)) {
      throw new ExecutionConfigError({
        message: `invalid config: env ${NETWORK_ENV_VAR} must be one of ${NETWORK_NAMES.join(', ')}, received '${fromEnv}'`,
        fields: ['network'],
      });
    }
    network = fromEnv === undefined || fromEnv === '' ? 'lighter-mainnet' : fromEnv;
  }
  if (typeof network === 'string') {
    const n = resolveNetwork(network);
    return { ...n, name: n.networkId, envFamily: familyOf(network) };
  }
  const { envFamily, name, ...custom } = network;
  let n: ReturnType<typeof resolveNetwork>;
  try {
    n = resolveNetwork({
      ...custom,
      ...(custom.displayName === undefined && name !== undefined ? { displayName: name } : {}),
    });
  } catch (e) {
    throw new ExecutionConfigError({ message: `invalid config: ${(e as Error).message}`, fields: ['network'] });
  }
  // Credentials of a custom network: its named deployment's, else the old chain-id rule (300 = testnet).
  const family =
    envFamily !== undefined
      ? familyOf(envFamily)
      : isNetworkName(n.networkId)
        ? familyOf(n.networkId)
        : n.chainId === 300
          ? 'lighter-testnet'
          : n.chainId === NETWORKS['robinhood-mainnet'].chainId
            ? 'robinhood-mainnet'
            : 'lighter-mainnet';
  return { ...n, name: n.networkId, envFamily: family };
}

const PRIVATE_KEY_HEX = /^(0x)?[0-9a-fA-F]{80}$/;

function envValue(env: Record<string, string | undefined>, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

/**
 * Parses config and resolves credentials from config, falling back to env. Missing credentials
 * are allowed here (the data client needs none); the execution client resolves with credentials required, and fails fast.
 * @example resolveClientConfig({ config: { network: 'testnet' }, env: process.env })
 * @throws ExecutionConfigError naming each invalid field (values of secrets are never printed)
 */
export function resolveClientConfig(params: {
  config: LighterClientConfigInput;
  env?: Record<string, string | undefined>;
  requireCredentials?: boolean;
}): ResolvedClientConfig {
  const parsed = LighterClientConfigSchema.safeParse(params.config);
  if (!parsed.success) {
    const { message, fields } = formatZodIssues(parsed.error, params.config);
    throw new ExecutionConfigError({ message: `invalid config: ${message}`, fields });
  }
  const cfg = parsed.data;
  const env = params.env ?? {};
  const network = resolveConfigNetwork({ network: cfg.network, env });
  const names = CREDENTIAL_ENV_VARS[network.envFamily];

  const missing: string[] = [];
  const malformed: string[] = [];
  const hint = (field: string, envName: string) => `${field} (config.${field} or env ${envName})`;

  let accountIndex = cfg.accountIndex;
  if (accountIndex === undefined) {
    const raw = envValue(env, names.accountIndex);
    if (raw === undefined) missing.push(hint('accountIndex', names.accountIndex));
    else if (!/^\d+$/.test(raw) || Number(raw) > 2 ** 48 - 2)
      malformed.push(`${names.accountIndex} must be a non-negative integer`);
    else accountIndex = Number(raw);
  }
  let apiKeyIndex = cfg.apiKeyIndex;
  if (apiKeyIndex === undefined) {
    const raw = envValue(env, names.apiKeyIndex);
    if (raw === undefined) missing.push(hint('apiKeyIndex', names.apiKeyIndex));
    else if (!/^\d+$/.test(raw) || Number(raw) > 254)
      malformed.push(`${names.apiKeyIndex} must be an integer 0..254 (255 is a query sentinel)`);
    else apiKeyIndex = Number(raw);
  }
  let privateKey = cfg.privateKey?.trim();
  let keySource = 'config.privateKey';
  if (privateKey === undefined) {
    privateKey = envValue(env, names.privateKey);
    keySource = `env ${names.privateKey}`;
    if (privateKey === undefined) missing.push(hint('privateKey', names.privateKey));
  }
  if (privateKey !== undefined && !PRIVATE_KEY_HEX.test(privateKey)) {
    // Never echo the value: only its length tells the user what is wrong. A read-only token is named as
    // such: it cannot sign, and the data client runs on it (docs/protocol/rest.md#read-only-tokens).
    malformed.push(
      isReadOnlyToken(privateKey)
        ? `${keySource} is a read-only API token, which cannot sign transactions; trading needs an API private key (pass the token to LighterDataClient's readOnlyToken to read)`
        : `${keySource} must be 40-byte hex (80 hex chars, optional 0x); got ${privateKey.length} chars`,
    );
    privateKey = undefined;
  }

  const require = params.requireCredentials ?? false;
  if (malformed.length > 0 || (require && missing.length > 0)) {
    const parts: string[] = [];
    if (missing.length > 0) parts.push(`missing credentials: ${missing.join(', ')}`);
    if (malformed.length > 0) parts.push(`malformed credentials: ${malformed.join('; ')}`);
    const fields = [...missing, ...malformed].map((s) => s.split(' ')[0] ?? s);
    throw new ExecutionConfigError({ message: parts.join('. '), fields });
  }

  const credentials =
    accountIndex !== undefined && apiKeyIndex !== undefined && privateKey !== undefined
      ? new LighterCredentials({ accountIndex, apiKeyIndex, privateKey: privateKey.replace(/^0x/, '').toLowerCase() })
      : undefined;
  const { network: _n, privateKey: _p, ...rest } = cfg;
  return { ...rest, network, credentials };
}

/**
 * Like {@link resolveClientConfig} but fails fast when any credential is missing (exec client, parity C2).
 * @example const cfg = resolveExecConfig({ config: { network: 'testnet' }, env: process.env })
 * @throws ExecutionConfigError listing every missing/malformed credential by name
 */
export function resolveExecConfig(params: {
  config: LighterClientConfigInput;
  env?: Record<string, string | undefined>;
}): ResolvedClientConfig & {
  /** The resolved account, API key slot and private key (redacted from logs). */
  readonly credentials: LighterCredentials;
} {
  const resolved = resolveClientConfig({ ...params, requireCredentials: true });
  if (resolved.credentials === undefined) {
    throw new ExecutionConfigError({ message: 'missing credentials', fields: ['credentials'] });
  }
  return resolved as ResolvedClientConfig & { readonly credentials: LighterCredentials };
}
