/**
 * The script each runtime runs: parameters from the page's URL hash (browser) or the first command
 * line argument (Deno, Bun); the report goes to `globalThis.__lighterReport` in a page and to stdout
 * as one JSON line elsewhere.
 */
import { runScenario, type ScenarioParams } from './scenario.js';

type Globals = {
  location?: { hash: string };
  Deno?: { args: string[] };
  process?: { argv: string[] };
  __lighterReport?: unknown;
};
const g = globalThis as Globals;
const inPage = typeof g.location?.hash === 'string' && g.location.hash.length > 1;
const raw = inPage
  ? decodeURIComponent((g.location as { hash: string }).hash.slice(1))
  : (g.Deno?.args[0] ?? g.process?.argv[2] ?? '');
const report = await runScenario(JSON.parse(raw) as ScenarioParams);
if (inPage) g.__lighterReport = report;
else console.log(JSON.stringify(report));
