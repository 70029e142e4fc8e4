/**
 * `runIntegrator`: the programmatic entry behind `lighter-canary integrator approve|revoke`. One
 * ApproveIntegrator tx through @lighter-ts/http (`approveIntegrator` / `revokeIntegrator`), with the owner's
 * L1 signature when `LIGHTER_L1_PRIVATE_KEY` is set. Secrets never reach stdout or errors.
 */
import { approveIntegrator, LighterHttpClient, revokeIntegrator } from '@lighter-ts/http';
import type { Network } from '@lighter-ts/models';
import { createSigner } from '@lighter-ts/signing';
import { type CanaryCredentials, loadCredentials } from '../credentials.js';
import { describeError } from '../errors.js';
import { EXIT_CODE, type ExitCode } from '../exit-codes.js';
import type { ProgressStream } from '../progress.js';
import { createRedactor } from '../redact.js';
import { type IntegratorOptionsInput, L1_PRIVATE_KEY_ENV, validateIntegratorOptions } from './args.js';

/** What the run did. */
export interface IntegratorRunResult {
  readonly exitCode: ExitCode;
  readonly txHash: string | undefined;
  readonly error: string | undefined;
}

/**
 * Approve or revoke an integrator once.
 *
 * @example const { exitCode } = await runIntegrator({ options: { action: 'revoke', network: 'lighter-testnet', integratorAccountIndex: 4242 } });
 * @throws CanaryError (CANARY_USAGE / CANARY_CONFIG) for bad options or credentials, before anything is sent
 */
export async function runIntegrator(params: {
  options: IntegratorOptionsInput;
  env?: Record<string, string | undefined>;
  stdout?: ProgressStream;
  signal?: AbortSignal;
  /** Talk to these hosts instead of the named network's (tests: the simulator); credentials then come from `credentials`. */
  endpoint?: { network: Network; credentials: CanaryCredentials };
}): Promise<IntegratorRunResult> {
  const options = validateIntegratorOptions(params.options);
  const env = params.env ?? process.env;
  const stdout = params.stdout ?? process.stdout;
  const network = params.endpoint?.network ?? options.network;
  const credentials =
    params.endpoint?.credentials ??
    (await loadCredentials({ network: options.network, env, configFile: options.config }));
  const l1Key = env[L1_PRIVATE_KEY_ENV]?.trim() || undefined;
  const redactor = createRedactor([credentials.apiSecret, l1Key]);
  const signer = createSigner({
    network,
    accountIndex: credentials.accountIndex,
    apiKeyIndex: credentials.apiKeyIndex,
    privateKey: credentials.apiSecret,
  });
  const http = new LighterHttpClient({ network, rateLimits: false });
  const common = {
    http,
    signer,
    integratorAccountIndex: options.integratorAccountIndex,
    ...(l1Key === undefined ? {} : { l1Signer: l1Key }),
    ...(params.signal === undefined ? {} : { signal: params.signal }),
  };
  stdout.write(
    `lighter-canary integrator ${options.action} · account ${credentials.accountIndex} · integrator ${options.integratorAccountIndex} · L1 signature ${l1Key === undefined ? `none (${L1_PRIVATE_KEY_ENV} unset)` : 'yes'}\n`,
  );
  try {
    const r =
      options.action === 'revoke'
        ? await revokeIntegrator(common)
        : await approveIntegrator({
            ...common,
            maxPerpsTakerFeePpm: options.maxPerpsTakerFeePpm,
            maxPerpsMakerFeePpm: options.maxPerpsMakerFeePpm,
            maxSpotTakerFeePpm: options.maxSpotTakerFeePpm,
            maxSpotMakerFeePpm: options.maxSpotMakerFeePpm,
            approvalExpiryMs: Date.now() + options.expiresInDays * 86_400_000,
          });
    stdout.write(`accepted: tx ${r.txHash} (nonce ${r.nonce})\n`);
    return { exitCode: EXIT_CODE.PASS, txHash: r.txHash, error: undefined };
  } catch (err) {
    const error = redactor.text(describeError(err));
    stdout.write(`refused: ${error}\n`);
    return { exitCode: EXIT_CODE.FAIL, txHash: undefined, error };
  } finally {
    await http.close();
  }
}
