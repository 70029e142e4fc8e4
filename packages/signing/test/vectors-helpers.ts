// Loads the repository's fixtures/signing/signing-vectors.json (provenance in fixtures/SOURCES.md).
import { readFileSync } from 'node:fs';

export const VECTORS_URL = new URL('../../../fixtures/signing/signing-vectors.json', import.meta.url);
export const VECTORS_TEXT = readFileSync(VECTORS_URL, 'utf8');
