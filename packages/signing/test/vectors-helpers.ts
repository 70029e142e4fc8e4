// Loads signing-vectors.json: /work/main/packages/signing/test -> /work/shared/reference/fixtures.
import { readFileSync } from 'node:fs';

export const VECTORS_URL = new URL('../../../../shared/reference/fixtures/signing-vectors.json', import.meta.url);
export const VECTORS_TEXT = readFileSync(VECTORS_URL, 'utf8');
