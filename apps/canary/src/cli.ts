#!/usr/bin/env node
/**
 * `lighter-canary` CLI: parse flags, install the SIGINT/SIGTERM harness, run, exit.
 */
import { CREDENTIAL_ENV_VARS } from '@lighter-ts/execution';
import { CANARY_USAGE, parseCanaryArgs } from './args.js';
import { describeError, isCanaryError } from './errors.js';
import { EXIT_CODE } from './exit-codes.js';
import { CANARY_VERSION } from './report/build.js';
import { createRedactor } from './redact.js';
import { runCanary } from './run.js';
import { DATA_USAGE, parseDataArgs } from './data/args.js';
import { runDataTest } from './data/run.js';
import { FLATTEN_USAGE, parseFlattenArgs } from './flatten/args.js';
import { runFlatten } from './flatten/run.js';
import { INTEGRATOR_USAGE, parseIntegratorArgs } from './integrator/args.js';
import { runIntegrator } from './integrator/run.js';

async function main(): Promise<number> {
  const redactor = createRedactor(Object.values(CREDENTIAL_ENV_VARS).map((names) => process.env[names.privateKey]));
  const argv = process.argv.slice(2);
  const sub = argv[0];
  if (sub === 'flatten' || sub === 'data') return runSubcommand(sub, argv.slice(1), redactor);
  if (sub === 'integrator') return runIntegratorCommand(argv.slice(1), redactor);
  let parsed: ReturnType<typeof parseCanaryArgs>;
  try {
    parsed = parseCanaryArgs(argv, process.env);
  } catch (err) {
    process.stderr.write(`${redactor.text(describeError(err))}\n\n${CANARY_USAGE}\n`);
    return EXIT_CODE.USAGE;
  }
  if (parsed.kind === 'help') {
    process.stdout.write(`${CANARY_USAGE}\n`);
    return EXIT_CODE.PASS;
  }
  if (parsed.kind === 'version') {
    process.stdout.write(`${CANARY_VERSION}\n`);
    return EXIT_CODE.PASS;
  }

  // First signal: abort the run; the safety harness cancels what was placed, then we exit.
  // Further signals are acknowledged but do not cut the cleanup short.
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (name: NodeJS.Signals): void => {
    signals++;
    if (signals === 1) {
      process.stderr.write(`\n${name} received: canceling what the canary placed before exit…\n`);
      controller.abort(name);
    } else {
      process.stderr.write(`${name} again: cleanup in progress, please wait\n`);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const { exitCode } = await runCanary({ options: parsed.options, signal: controller.signal });
    return exitCode;
  } catch (err) {
    process.stderr.write(`${redactor.text(describeError(err))}\n`);
    return isCanaryError(err) && (err.code === 'CANARY_USAGE' || err.code === 'CANARY_CONFIG')
      ? EXIT_CODE.USAGE
      : EXIT_CODE.FAIL;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** `flatten` and `data`: same signal and error handling as the lifecycle run. */
async function runSubcommand(
  sub: 'flatten' | 'data',
  argv: string[],
  redactor: ReturnType<typeof createRedactor>,
): Promise<number> {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals): void => controller.abort(name);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    if (sub === 'flatten') {
      const parsed = parseFlattenArgs(argv);
      if (parsed.kind === 'help') {
        process.stdout.write(`${FLATTEN_USAGE}\n`);
        return EXIT_CODE.PASS;
      }
      return (await runFlatten({ options: parsed.options, signal: controller.signal })).exitCode;
    }
    const parsed = parseDataArgs(argv);
    if (parsed.kind === 'help') {
      process.stdout.write(`${DATA_USAGE}\n`);
      return EXIT_CODE.PASS;
    }
    return (await runDataTest({ options: parsed.options, signal: controller.signal })).exitCode;
  } catch (err) {
    process.stderr.write(`${redactor.text(describeError(err))}\n`);
    return isCanaryError(err) && (err.code === 'CANARY_USAGE' || err.code === 'CANARY_CONFIG')
      ? EXIT_CODE.USAGE
      : EXIT_CODE.FAIL;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** `integrator approve|revoke`: one ApproveIntegrator tx; 0 accepted, 1 refused, 2 bad flags or credentials. */
async function runIntegratorCommand(argv: string[], redactor: ReturnType<typeof createRedactor>): Promise<number> {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals): void => controller.abort(name);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const parsed = parseIntegratorArgs(argv);
    if (parsed.kind === 'help') {
      process.stdout.write(`${INTEGRATOR_USAGE}\n`);
      return EXIT_CODE.PASS;
    }
    return (await runIntegrator({ options: parsed.options, signal: controller.signal })).exitCode;
  } catch (err) {
    process.stderr.write(`${redactor.text(describeError(err))}\n\n${INTEGRATOR_USAGE}\n`);
    return isCanaryError(err) && (err.code === 'CANARY_USAGE' || err.code === 'CANARY_CONFIG')
      ? EXIT_CODE.USAGE
      : EXIT_CODE.FAIL;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`fatal: ${describeError(err)}\n`);
    process.exitCode = EXIT_CODE.FAIL;
  },
);
