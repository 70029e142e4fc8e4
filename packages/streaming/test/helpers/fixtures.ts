import { readFileSync, readdirSync } from 'node:fs';

const dir = new URL('../../../../fixtures/api/ws/', import.meta.url);

/** Loads a WS fixture by file name. */
export function wsFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
}
/** Every WS fixture file name. */
export function wsFixtureNames(): string[] {
  return readdirSync(dir).filter((n) => n.endsWith('.json'));
}
