import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's `fixtures/api/` (real venue payloads, provenance in fixtures/SOURCES.md), resolved from this file. */
export const FIXTURES_API_DIR = new URL('../../../../fixtures/api/', import.meta.url);

/** Parsed JSON of `fixtures/api/<rel>` (e.g. `rest/nt_order_books.json`). */
export function loadFixture(rel: string): unknown {
  return JSON.parse(readFileSync(new URL(rel, FIXTURES_API_DIR), 'utf8')) as unknown;
}

/** Raw text of a fixture. */
export function loadFixtureText(rel: string): string {
  return readFileSync(new URL(rel, FIXTURES_API_DIR), 'utf8');
}

/** `*.json` file names of `rest` or `ws`. */
export function listFixtures(dir: 'rest' | 'ws'): string[] {
  return readdirSync(fileURLToPath(new URL(`${dir}/`, FIXTURES_API_DIR)))
    .filter((f) => f.endsWith('.json'))
    .sort();
}
