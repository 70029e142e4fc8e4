#!/usr/bin/env node
// Prints every layer violation of the repository and exits 1 when there is one.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLayers } from './layer-guard.mjs';

const root = resolve(process.argv[2] ?? resolve(fileURLToPath(import.meta.url), '../../../..'));
const violations = checkLayers(root);
for (const v of violations) console.error(`${v.file}:${v.line} ${v.specifier}: ${v.rule}`);
console.log(violations.length === 0 ? 'layer guard: no violations' : `layer guard: ${violations.length} violation(s)`);
process.exitCode = violations.length === 0 ? 0 : 1;
