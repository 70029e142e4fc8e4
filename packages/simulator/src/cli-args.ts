/**
 * Argument parsing of the `lighter-sim` CLI (kept apart from cli.ts, which runs on import).
 */
import { NETWORK_NAMES, type NetworkName, isNetworkName } from '@lighter-ts/models/constants';

/** Parsed CLI arguments. */
export interface CliArgs {
  port: number;
  seed: number;
  /** Explicit `--chain-id`; default the impersonated network's, else 300. */
  chainId: number | undefined;
  /** `--network <name>`: the deployment to impersonate. */
  network: NetworkName | undefined;
  markets: string[] | undefined;
  marketMakers: boolean;
  /** Funded accounts (with an API key each) to mint at start and print. */
  accounts: number;
  /** Collateral of each minted account, USDC decimal string. */
  collateral: string;
  /** API key slot of the minted keys (0-3 are reserved for Lighter's apps: docs/protocol/transactions.md#api-keys). */
  apiKeyIndex: number;
  /** Print one JSON line (URLs + accounts) instead of the text banner. */
  json: boolean;
  /** `--help`: print the usage and exit 0. */
  help: boolean;
  /** `--version`: print the package version and exit 0. */
  version: boolean;
}

/** Usage text of `lighter-sim`: every flag, its default, the admin routes and the exit codes. */
export const USAGE = [
  'usage: lighter-sim [flags]',
  '',
  'A local Lighter venue on 127.0.0.1 (REST + WebSocket, matching, signature and nonce checks). Runs until',
  'SIGINT/SIGTERM, then closes every socket.',
  '',
  'flags:',
  '  --port N            port to listen on (default 0: a free port, printed at start)',
  '  --seed N            seed of the market makers and ids (default 1)',
  `  --network NAME      impersonate a Lighter deployment: its chain id and collateral symbol`,
  `                      (${NETWORK_NAMES.join(', ')})`,
  "  --chain-id N        signing chain id (default: the impersonated network's, else 300)",
  '  --markets LIST      default, or a comma list of symbols / market indexes (ETH,BTC,ETH/USDC)',
  '  --no-market-makers  start with empty books (no synthetic liquidity)',
  '  --accounts N        mint N funded accounts, each with an API key, and print them (keys included)',
  '  --collateral USDC   collateral of each minted account (default 100000)',
  '  --api-key-index K   API key slot of the minted keys, 0..254 (default 4)',
  '  --json              print one JSON line {rest, ws, admin, network, chainId, collateral, seed, accounts}',
  '  --version           print the version and exit',
  '  -h, --help          print this help and exit',
  '',
  'admin (loopback only): GET|POST|DELETE /__sim/faults, DELETE /__sim/faults/{id}, POST /__sim/accounts',
  'exit codes: 0 closed cleanly (or --help / --version), 1 could not listen (e.g. port in use), 2 bad flags',
].join('\n');

/**
 * Parses argv (without node and script).
 * @throws Error naming the bad flag.
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const out: CliArgs = {
    port: 0,
    seed: 1,
    chainId: undefined,
    network: undefined,
    markets: undefined,
    marketMakers: true,
    accounts: 0,
    collateral: '100000',
    apiKeyIndex: 4,
    json: false,
    help: false,
    version: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? (a.split('=', 2) as [string, string]) : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const int = (name: string, v: string) => {
      if (!/^\d+$/.test(v)) throw new Error(`${name} must be a non-negative integer`);
      return Number(v);
    };
    switch (flag) {
      case '--port':
        out.port = int('--port', value());
        break;
      case '--seed':
        out.seed = int('--seed', value());
        break;
      case '--chain-id':
        out.chainId = int('--chain-id', value());
        break;
      case '--network': {
        const v = value();
        if (!isNetworkName(v)) throw new Error(`--network must be one of ${NETWORK_NAMES.join(', ')}, received '${v}'`);
        out.network = v;
        break;
      }
      case '--markets': {
        const v = value();
        out.markets = v === 'default' ? undefined : v.split(',').map((s) => s.trim());
        break;
      }
      case '--no-market-makers':
        out.marketMakers = false;
        break;
      case '--accounts':
        out.accounts = int('--accounts', value());
        if (out.accounts > 1000) throw new Error(`--accounts must be <= 1000, received ${out.accounts}`);
        break;
      case '--collateral': {
        const v = value();
        if (!/^\d+(\.\d{1,6})?$/.test(v))
          throw new Error(`--collateral must be a decimal with <= 6 places, received ${JSON.stringify(v)}`);
        out.collateral = v;
        break;
      }
      case '--api-key-index':
        out.apiKeyIndex = int('--api-key-index', value());
        if (out.apiKeyIndex > 254) throw new Error(`--api-key-index must be 0..254, received ${out.apiKeyIndex}`);
        break;
      case '--json':
        out.json = true;
        break;
      case '--help':
      case '-h':
        out.help = true;
        break;
      case '--version':
        out.version = true;
        break;
      default:
        throw new Error(`unknown flag ${flag} (lighter-sim --help lists every flag)`);
    }
  }
  return out;
}
