import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CanaryReportSchema, runCanary } from '@lighter-ts/canary';

const out = await mkdtemp(join(tmpdir(), 'canary-')); // reports go wherever you say, here a temp dir
const { exitCode, report } = await runCanary({
  options: { network: 'sim', fill: true, json: join(out, 'canary.json') },
  signal: AbortSignal.timeout(120_000), // abort = cleanup then return
});
console.log(
  report.verdict,
  report.criteria.filter((c) => !c.passed),
);
// Any consumer can validate a report file against the published schema:
CanaryReportSchema.parse(JSON.parse(await readFile(join(out, 'canary.json'), 'utf8')));
await rm(out, { recursive: true });
process.exitCode = exitCode;
