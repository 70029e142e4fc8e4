/**
 * The embedded simulator for `--network sim` (the default): start it on an
 * ephemeral loopback port, create a funded account, and apply test faults.
 *
 * Faults come from {@link SimulatorHooks} (programmatic) or the hidden env var
 * LIGHTER_CANARY_SIM_FAULTS (a JSON array, used by the E2E tests that spawn the
 * CLI). They are passed to the simulator's own fault API unchanged.
 */
import type { Network, NetworkName } from '@lighter-ts/models';
import type { CanaryCredentials } from './credentials.js';
import { CANARY_ERROR_CODE, CanaryError, describeError } from './errors.js';
import type { Recorder } from './recorder.js';

/** Hooks into the embedded simulator (tests). */
export interface SimulatorHooks {
  /** Faults to install right after start (see `applySimFaults` for the accepted shapes). */
  readonly faults?: readonly SimFaultSpec[];
  /** Register the canary's API key with this private key (hex) instead of a random one (redaction tests). */
  readonly accountPrivateKey?: string;
  /** Called with the running simulator (its full API) and the canary's account before the canary connects. */
  readonly onStarted?: (sim: unknown, account: { readonly accountIndex: number }) => void | Promise<void>;
}

/**
 * A fault to inject, forwarded to `sim.faults`: `{ method, args }` calls
 * `sim.faults[method](...args)`. Examples: `{ "method": "rejectNextTx", "args": [{ "code": 21739 }] }`,
 * `{ "method": "inject", "args": [{ "kind": "ws-close", "code": 1012 }], "atStep": "submit" }`.
 */
export interface SimFaultSpec {
  /** Name of the `sim.faults` method to call, e.g. `rejectNextTx` or `inject`. */
  readonly method: string;
  /** Arguments passed to it; none when absent. */
  readonly args?: readonly unknown[];
  /** Apply when this canary step starts (e.g. `submit`) instead of right after start. */
  readonly atStep?: string;
}

// CONTRACTS.md "@lighter-ts/simulator": the part of its API the canary uses.
type StartSimulator = (opts: { port?: number; network?: NetworkName }) => Promise<{
  httpUrl: string;
  wsUrl: string;
  chainId: number;
  network: Network;
  createAccount(p: {
    collateral: string;
    privateKey?: string;
  }): Promise<{ accountIndex: number; apiKeyIndex: number; privateKey: string }>;
  close(): Promise<void>;
}>;

/** A running embedded simulator with the canary's account. */
export interface EmbeddedSimulator {
  readonly httpUrl: string;
  readonly wsUrl: string;
  readonly chainId: number;
  /** What clients are given: the impersonated network's identity on the simulator's URLs. */
  readonly network: Network;
  readonly credentials: CanaryCredentials;
  readonly close: () => Promise<void>;
  /** Apply the faults scheduled for `stepId` (call synchronously from the step-start observer). */
  readonly onStepStart: (stepId: string) => void;
}

/**
 * Start the simulator, create an account, apply faults.
 *
 * @example
 * const sim = await startEmbeddedSimulator({ hooks: undefined, env: process.env, rec, signal });
 * @throws CanaryError (CANARY_CONFIG) when the fault spec is malformed; simulator start errors
 */
export async function startEmbeddedSimulator(params: {
  hooks: SimulatorHooks | undefined;
  env: Record<string, string | undefined>;
  /** Network to impersonate (chain id, collateral, identity); default none (a custom network). */
  network?: NetworkName | undefined;
  rec: Recorder;
  signal: AbortSignal;
}): Promise<EmbeddedSimulator> {
  const { rec } = params;
  const faults = [...(params.hooks?.faults ?? []), ...parseFaultEnv(params.env.LIGHTER_CANARY_SIM_FAULTS)];
  const step = rec.startStep('start-simulator', 'Start the embedded simulator');
  try {
    // Loaded lazily so testnet/mainnet runs never load the simulator; typed structurally (CONTRACTS.md).
    const specifier = '@lighter-ts/simulator';
    const mod = (await import(specifier)) as { startSimulator?: StartSimulator };
    if (typeof mod.startSimulator !== 'function') {
      throw new CanaryError({
        code: CANARY_ERROR_CODE.CONFIG,
        message: '@lighter-ts/simulator has no startSimulator export',
      });
    }
    const sim = await mod.startSimulator({
      port: 0,
      ...(params.network === undefined ? {} : { network: params.network }),
    });
    try {
      const privateKey = params.hooks?.accountPrivateKey ?? params.env.LIGHTER_CANARY_SIM_ACCOUNT_KEY;
      const acct = await sim.createAccount({ collateral: '100000', ...(privateKey ? { privateKey } : {}) });
      await applySimFaults(
        sim,
        faults.filter((f) => f.atStep === undefined),
        rec,
      );
      const scheduled = faults.filter((f) => f.atStep !== undefined);
      await params.hooks?.onStarted?.(sim, { accountIndex: acct.accountIndex });
      step.finish('passed', {
        detail: `${sim.httpUrl} as ${sim.network.networkId} (chain id ${sim.chainId}, ${sim.network.collateral.symbol}), account ${acct.accountIndex}${faults.length ? `, ${faults.length} fault(s)` : ''}`,
      });
      return {
        httpUrl: sim.httpUrl,
        wsUrl: sim.wsUrl,
        chainId: sim.chainId,
        network: sim.network,
        credentials: { accountIndex: acct.accountIndex, apiKeyIndex: acct.apiKeyIndex, apiSecret: acct.privateKey },
        close: () => sim.close(),
        onStepStart: (stepId) => {
          const due = scheduled.filter((f) => f.atStep === stepId);
          if (due.length === 0) return;
          applySimFaults(sim, due, rec).catch((err: unknown) => rec.incident('fault-error', describeError(err)));
        },
      };
    } catch (err) {
      await sim.close().catch(() => {});
      throw err;
    }
  } catch (err) {
    step.finish('failed', { error: describeError(err) });
    throw err;
  }
}

/**
 * Parse the LIGHTER_CANARY_SIM_FAULTS env value (JSON array of {@link SimFaultSpec}).
 *
 * @example
 * parseFaultEnv('[{"method":"rejectNextTx","args":[{"code":21739}]}]');
 * @throws CanaryError (CANARY_CONFIG) when it is not a JSON array of { method, args? }
 */
export function parseFaultEnv(value: string | undefined): SimFaultSpec[] {
  if (value === undefined || value.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw faultError('LIGHTER_CANARY_SIM_FAULTS is not valid JSON');
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.map((f, i) => {
    if (typeof f !== 'object' || f === null || typeof (f as { method?: unknown }).method !== 'string') {
      throw faultError(`LIGHTER_CANARY_SIM_FAULTS[${i}] needs a string "method"`);
    }
    const args = (f as { args?: unknown }).args;
    if (args !== undefined && !Array.isArray(args))
      throw faultError(`LIGHTER_CANARY_SIM_FAULTS[${i}].args must be an array`);
    const atStep = (f as { atStep?: unknown }).atStep;
    if (atStep !== undefined && typeof atStep !== 'string')
      throw faultError(`LIGHTER_CANARY_SIM_FAULTS[${i}].atStep must be a step id`);
    return {
      method: (f as { method: string }).method,
      ...(args === undefined ? {} : { args: args as unknown[] }),
      ...(atStep === undefined ? {} : { atStep }),
    };
  });
}

/**
 * Install faults on a running simulator: `sim.faults[method](...args)`.
 *
 * @example
 * await applySimFaults(sim, [{ method: 'rejectNextTx', args: [{ code: 21739 }] }], rec);
 * @throws CanaryError (CANARY_CONFIG) when the simulator has no such fault method
 */
export async function applySimFaults(sim: unknown, faults: readonly SimFaultSpec[], rec: Recorder): Promise<void> {
  if (faults.length === 0) return;
  const api = (sim as { faults?: Record<string, unknown> }).faults;
  for (const f of faults) {
    const fn = api?.[f.method];
    if (typeof fn !== 'function') throw faultError(`simulator has no fault "${f.method}"`);
    // Synchronous call first so a fault scheduled at a step start lands before the step body runs.
    await (fn as (...a: unknown[]) => unknown).apply(api, [...(f.args ?? [])]);
    rec.incident('fault-injected', `${f.method}(${(f.args ?? []).map((a) => JSON.stringify(a)).join(', ')})`);
  }
}

function faultError(message: string): CanaryError {
  return new CanaryError({ code: CANARY_ERROR_CODE.CONFIG, message, field: 'LIGHTER_CANARY_SIM_FAULTS' });
}
