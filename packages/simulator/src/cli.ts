#!/usr/bin/env node
/**
 * `lighter-sim --port 0 --seed 1 --markets default|ETH,BTC --chain-id 300 --no-market-makers`
 * Prints the URLs and runs until SIGINT/SIGTERM, then closes cleanly.
 */
import { type CliArgs, parseArgs } from './cli-args.js';
import { DEFAULT_MARKETS } from './markets.js';
import { startSimulator } from './simulator.js';

async function main(): Promise<void> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 2;
    return;
  }
  const markets = args.markets
    ? DEFAULT_MARKETS.filter((m) => args.markets!.includes(m.symbol) || args.markets!.includes(String(m.marketIndex)))
    : undefined;
  if (markets && markets.length === 0) {
    console.error(`--markets: none of ${args.markets!.join(',')} is a known market (${DEFAULT_MARKETS.map((m) => m.symbol).join(', ')})`);
    process.exitCode = 2;
    return;
  }
  const sim = await startSimulator({ port: args.port, seed: args.seed, chainId: args.chainId, markets, marketMakers: args.marketMakers });
  console.log(`lighter-sim listening\n  REST ${sim.httpUrl}/api/v1\n  WS   ${sim.wsUrl}\n  chain id ${sim.chainId}, seed ${sim.seed}`);
  const stop = () => {
    void sim.close().then(() => {
      console.log('lighter-sim closed');
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // keep the process alive: the simulator's own timers are unref'd by design
  const keepAlive = setInterval(() => {}, 1 << 30);
  process.once('exit', () => clearInterval(keepAlive));
}

void main();
