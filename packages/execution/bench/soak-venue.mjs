// Soak bench venue: the simulator (with its synthetic market makers) in its own process, so the
// bench process's RSS is the client's alone. Prints one JSON line with the endpoints and a funded
// account, then runs until SIGTERM / SIGINT.
import { startSimulator } from '@lighter-ts/simulator';

const sim = await startSimulator({ seed: Number(process.env.SOAK_SEED ?? 5), marketMakers: true });
const acct = await sim.createAccount({ collateral: '100000000' });
process.stdout.write(
  `${JSON.stringify({ httpUrl: sim.httpUrl, wsUrl: sim.wsUrl, chainId: sim.chainId, account: acct })}\n`,
);
const keepAlive = setInterval(() => {}, 1 << 30);
const stop = async () => {
  clearInterval(keepAlive);
  await sim.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
