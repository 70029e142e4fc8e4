// CLI `lighter-verify-vectors <file.json>`: checks a file in the signing-vectors.json format
// against this package and prints one line per failing case plus `N passed, M failed`.
// The only file of the package that touches node: APIs.
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { checkVectors } from '../validate-vectors.js';

/** Output sinks, injectable for tests. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const defaultIo: CliIo = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
};

/**
 * Run the CLI on argv (without node and script). Returns the exit code: 0 all passed,
 * 1 some case failed, 2 usage or read error.
 *
 * @example main(['signing-vectors.json']) // prints "70 passed, 0 failed", returns 0
 * @throws never
 */
export function main(argv: readonly string[], io: CliIo = defaultIo): number {
  const file = argv[0];
  if (file === undefined || argv.length !== 1 || file === '--help' || file === '-h') {
    io.err('usage: lighter-verify-vectors <signing-vectors.json>');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    io.err(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const report = checkVectors(text);
  for (const c of report.cases) {
    if (!c.ok) io.out(`FAIL ${c.section}/${c.id}: ${c.failures.join('; ')}`);
  }
  io.out(`${report.passed} passed, ${report.failed} failed`);
  return report.failed === 0 ? 0 : 1;
}

// Run when launched as the bin (bin/lighter-verify-vectors.js imports the built file) or
// directly with node; stay inert when imported by tests.
const entry = process.argv[1] ?? '';
if (/lighter-verify-vectors(\.js)?$|verify-vectors\.c?js$/.test(entry)) {
  process.exitCode = main(process.argv.slice(2));
}
