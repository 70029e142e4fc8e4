/**
 * Opens the target of a `flatten` or `data` run: the embedded simulator (with a fresh funded
 * account) or a real network with the configured credentials, as an execution-backed venue.
 * Network and credential handling are the lifecycle run's own (`loadCredentials`, `createExecutionVenue`).
 */
import type { CanaryNetwork } from './args.js';
import { loadCredentials } from './credentials.js';
import { createExecutionVenue } from './execution-venue.js';
import type { Recorder } from './recorder.js';
import type { Redactor } from './redact.js';
import { type SimulatorHooks, startEmbeddedSimulator } from './sim.js';
import type { CanaryVenue } from './venue.js';

/** An opened target; `close` stops the venue and the simulator (idempotent). */
export interface OpenTarget {
  readonly venue: CanaryVenue;
  readonly simulated: boolean;
  close(): Promise<void>;
}

/**
 * Build the venue for `network` (starting the simulator for `sim`). Nothing is connected yet.
 *
 * @example
 * const target = await openTarget({ network: 'sim', env: process.env, rec, redactor, signal });
 * try { await target.venue.connect({ signal }); } finally { await target.close(); }
 * @throws CanaryError (CANARY_CONFIG / CANARY_USAGE) for missing or bad credentials
 */
export async function openTarget(p: {
  network: CanaryNetwork;
  env: Record<string, string | undefined>;
  config?: string | undefined;
  rec: Recorder;
  redactor: Redactor;
  signal: AbortSignal;
  simulator?: SimulatorHooks | undefined;
}): Promise<OpenTarget> {
  if (p.network === 'sim') {
    const sim = await startEmbeddedSimulator({ hooks: p.simulator, env: p.env, rec: p.rec, signal: p.signal });
    p.redactor.add(sim.credentials.apiSecret);
    const venue = createExecutionVenue({
      network: sim.network,
      credentials: sim.credentials,
      clock: p.rec.now,
      onSecret: p.redactor.add,
    });
    return {
      venue,
      simulated: true,
      close: once(async () => {
        await venue.close().catch(() => {});
        await sim.close();
      }),
    };
  }
  const credentials = await loadCredentials({ network: p.network, env: p.env, configFile: p.config });
  p.redactor.add(credentials.apiSecret);
  const venue = createExecutionVenue({ network: p.network, credentials, clock: p.rec.now, onSecret: p.redactor.add });
  return { venue, simulated: false, close: once(() => venue.close()) };
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => {
    done ??= fn();
    return done;
  };
}
