/**
 * JSON report writer.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Redactor } from '../redact.js';
import type { CanaryReport } from './schema.js';

/**
 * Serialize the report (pretty, redacted a second time as defence in depth).
 *
 * @example
 * const text = serializeReport(report, redactor);
 * @throws never
 */
export function serializeReport(report: CanaryReport, redactor: Redactor): string {
  return `${redactor.text(JSON.stringify(redactor.value(report), null, 2))}\n`;
}

/**
 * Write the JSON report to `file`, creating parent directories.
 *
 * @example
 * await writeJsonReport({ file: 'out/report.json', report, redactor });
 * @throws Error from the file system (the caller records it)
 */
export async function writeJsonReport(params: {
  file: string;
  report: CanaryReport;
  redactor: Redactor;
}): Promise<void> {
  await mkdir(dirname(params.file), { recursive: true });
  await writeFile(params.file, serializeReport(params.report, params.redactor), 'utf8');
}
