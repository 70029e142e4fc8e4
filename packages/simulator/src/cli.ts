#!/usr/bin/env node
/**
 * `lighter-sim --port 0 --seed 1 --markets default|ETH,BTC --chain-id 300 --no-market-makers`
 * Prints the URLs and runs until SIGINT/SIGTERM, then closes cleanly.
 */
import { runCli } from './cli-run.js';

void runCli({
  argv: process.argv.slice(2),
  signals: process,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}).then((code) => {
  process.exitCode = code;
});
