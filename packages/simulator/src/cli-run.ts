/**
 * The `lighter-sim` program as a function, so it can be tested in-process with its own signal
 * source and output sinks (cli.ts wires it to `process`).
 */
import pkg from '../package.json' with { type: 'json' };
import { type CliArgs, USAGE, parseArgs } from './cli-args.js';
import { DEFAULT_MARKETS } from './markets.js';
import { startSimulator } from './simulator.js';

/** One minted account as printed by `--accounts` (the keys are test keys of a local venue). */
export interface MintedAccount {
  accountIndex: number;
  l1Address: string;
  /** Ethereum key of `l1Address`: signs ChangePubKey / Transfer L1 messages. */
  l1PrivateKey: string | undefined;
  apiKeyIndex: number;
  apiPrivateKey: string;
  apiPublicKey: string;
  collateral: string;
}

/** Where signals come from (`process` in the real CLI). */
export interface SignalSource {
  once(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  off(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

/**
 * Runs the CLI until SIGINT/SIGTERM, then closes the simulator. Resolves with the exit code.
 * @throws never: argument errors are printed and yield exit code 2, a port in use exit code 1
 */
export async function runCli(p: {
  argv: readonly string[];
  signals: SignalSource;
  out: (line: string) => void;
  err: (line: string) => void;
}): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(p.argv);
  } catch (e) {
    p.err((e as Error).message);
    return 2;
  }
  if (args.help) {
    p.out(USAGE);
    return 0;
  }
  if (args.version) {
    p.out(pkg.version);
    return 0;
  }
  const wanted = args.markets;
  const markets = wanted
    ? DEFAULT_MARKETS.filter((m) => wanted.includes(m.symbol) || wanted.includes(String(m.marketIndex)))
    : undefined;
  if (wanted && markets?.length === 0) {
    p.err(
      `--markets: none of ${wanted.join(',')} is a known market (${DEFAULT_MARKETS.map((m) => m.symbol).join(', ')})`,
    );
    return 2;
  }
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  try {
    sim = await startSimulator({
      port: args.port,
      seed: args.seed,
      chainId: args.chainId,
      network: args.network,
      markets,
      marketMakers: args.marketMakers,
    });
  } catch (e) {
    // a busy port is an everyday mistake (a second lighter-sim): one line that says what to do, no stack
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      p.err(
        `lighter-sim: port ${args.port} on 127.0.0.1 is already in use; stop what listens there, or pick another port (--port 0 takes a free one)`,
      );
      return 1;
    }
    p.err((e as Error).message);
    return 2;
  }
  const accounts: MintedAccount[] = [];
  for (let i = 0; i < args.accounts; i++) {
    const a = await sim.createAccount({ collateral: args.collateral, apiKeyIndex: args.apiKeyIndex });
    accounts.push({
      accountIndex: a.accountIndex,
      l1Address: a.l1Address,
      l1PrivateKey: a.l1PrivateKey,
      apiKeyIndex: a.apiKeyIndex,
      apiPrivateKey: a.privateKey,
      apiPublicKey: a.publicKey,
      collateral: args.collateral,
    });
  }
  const admin = `${sim.httpUrl}/__sim`;
  if (args.json) {
    p.out(
      JSON.stringify({
        rest: sim.httpUrl,
        ws: sim.wsUrl,
        admin,
        network: sim.network.networkId,
        chainId: sim.chainId,
        collateral: sim.network.collateral.symbol,
        seed: sim.seed,
        accounts,
      }),
    );
  } else {
    p.out(
      `lighter-sim listening\n  REST ${sim.httpUrl}/api/v1\n  WS   ${sim.wsUrl}\n  admin ${admin}\n  network ${sim.network.networkId}, chain id ${sim.chainId}, collateral ${sim.network.collateral.symbol}, seed ${sim.seed}`,
    );
    if (accounts.length > 0) p.out(`accounts ${JSON.stringify(accounts, null, 2)}`);
  }
  // the simulator's own timers are unref'd by design; this one keeps the CLI process alive
  const keepAlive = setInterval(() => {}, 1 << 30);
  await new Promise<void>((resolve) => {
    const stop = () => {
      p.signals.off('SIGINT', stop);
      p.signals.off('SIGTERM', stop);
      resolve();
    };
    p.signals.once('SIGINT', stop);
    p.signals.once('SIGTERM', stop);
  });
  clearInterval(keepAlive);
  await sim.close();
  p.out('lighter-sim closed');
  return 0;
}
