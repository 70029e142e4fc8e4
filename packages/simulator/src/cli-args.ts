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
}

/**
 * Parses argv (without node and script).
 * @throws Error naming the bad flag.
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const out: CliArgs = { port: 0, seed: 1, chainId: undefined, network: undefined, markets: undefined, marketMakers: true };
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
      case '--help':
      case '-h':
        throw new Error(`usage: lighter-sim [--port N] [--seed N] [--network ${NETWORK_NAMES.join('|')}] [--chain-id N] [--markets default|ETH,BTC,ETH/USDC] [--no-market-makers]`);
      default:
        throw new Error(`unknown flag ${flag}`);
    }
  }
  return out;
}

