// Loads real payload fixtures from the repository's fixtures/api/ (provenance in fixtures/SOURCES.md).
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../../../fixtures/api/', import.meta.url);

/** Parsed JSON of `fixtures/api/<rel>`. */
export function fixture(rel: string): unknown {
  return JSON.parse(readFileSync(new URL(rel, ROOT), 'utf8')) as unknown;
}
