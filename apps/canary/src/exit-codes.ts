/**
 * Process exit codes of `lighter-canary`. Only {@link EXIT_CODE.PASS} means every
 * criterion passed; scripts can tell a venue failure from a usage error or an
 * interrupted run, and especially from a run that may have left an order open.
 */
export const EXIT_CODE = {
  /** Every criterion passed. */
  PASS: 0,
  /** At least one criterion failed; cleanup succeeded (nothing left open). */
  FAIL: 1,
  /** Bad flags, config or credentials; nothing was sent. */
  USAGE: 2,
  /** Cleanup could not prove that nothing is left open: check the account by hand. */
  CLEANUP_FAILED: 3,
  /** Interrupted by SIGINT (128 + 2); cleanup ran. */
  SIGINT: 130,
  /** Interrupted by SIGTERM (128 + 15); cleanup ran. */
  SIGTERM: 143,
} as const;

/** Literal union of {@link EXIT_CODE} values. */
export type ExitCode = (typeof EXIT_CODE)[keyof typeof EXIT_CODE];

/**
 * The exit code of a judged run: a pure function, so a doctored run's code is tested like a real one's.
 *
 * @example
 * exitCodeFor({ criteria, errors: [], interruptedBy: null, cleanupProven: true }); // 0 when all passed
 * @throws never
 */
export function exitCodeFor(params: {
  criteria: ReadonlyArray<{ readonly passed: boolean }>;
  errors: readonly string[];
  interruptedBy: string | null;
  /** False when something was placed and cleanup could not prove it is gone. */
  cleanupProven: boolean;
}): ExitCode {
  if (!params.cleanupProven) return EXIT_CODE.CLEANUP_FAILED;
  if (params.interruptedBy) return params.interruptedBy === 'SIGTERM' ? EXIT_CODE.SIGTERM : EXIT_CODE.SIGINT;
  const allPassed = params.criteria.length > 0 && params.criteria.every((c) => c.passed) && params.errors.length === 0;
  return allPassed ? EXIT_CODE.PASS : EXIT_CODE.FAIL;
}
