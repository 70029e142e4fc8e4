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
