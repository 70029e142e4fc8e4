#!/usr/bin/env node
// Runs the repository guardrails, prints every violation and exits 1 when there is one:
// the layer guard (who may import whom), the path guard (no path outside the repository or of one
// machine, and every docs/protocol citation resolves to a heading), the README example guard (every README
// code block is a runnable file under examples/, character for character), the cycle guard (no import
// cycle inside a package), the duplicate guard (one home per constant, per exported name, and no literal copy of a
// models constant under another name) and the zod/mini
// guard (published sources import zod only as 'zod/mini').
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCycles } from './cycle-guard.mjs';
import { checkDuplicates } from './duplicate-guard.mjs';
import {
  ALLOWED_DUPLICATE_CONSTANTS,
  ALLOWED_DUPLICATE_EXPORTS,
  ALLOWED_DUPLICATE_LITERALS,
} from './duplicates-allow.mjs';
import { checkLayers } from './layer-guard.mjs';
import { checkPaths } from './path-guard.mjs';
import { checkReadmeExamples } from './readme-examples.mjs';
import { checkZodMini } from './zod-mini-guard.mjs';
import { ALLOWED_CLASSIC_ZOD } from './zod-mini-allow.mjs';

const root = resolve(process.argv[2] ?? resolve(fileURLToPath(import.meta.url), '../../../..'));
let failures = 0;
const summary = (name, count) => {
  failures += count;
  console.log(count === 0 ? `${name}: no violations` : `${name}: ${count} violation(s)`);
};

const layers = checkLayers(root);
for (const v of layers) console.error(`${v.file}:${v.line} ${v.specifier}: ${v.rule}`);
summary('layer guard', layers.length);

const paths = checkPaths(root);
for (const v of paths) console.error(`${v.file}:${v.line} ${v.text}: ${v.rule}`);
summary('path guard', paths.length);

const examples = checkReadmeExamples(root);
for (const v of examples) console.error(`${v.file}:${v.line} ${v.text}: ${v.rule}`);
failures += examples.length;
console.log(
  examples.length === 0
    ? 'readme examples: every block matches its file'
    : `readme examples: ${examples.length} violation(s)`,
);

const cycles = checkCycles(root);
for (const c of cycles) console.error(`import cycle in ${c.pkg}: ${c.files.join(' -> ')}`);
summary('cycle guard', cycles.length);

const duplicates = checkDuplicates(root);
for (const v of duplicates)
  console.error(`${v.kind} ${v.name}${v.where.length > 0 ? ` (${v.where.join(', ')})` : ''}: ${v.rule}`);
summary('duplicate guard', duplicates.length);
const debt = [
  ...Object.values(ALLOWED_DUPLICATE_CONSTANTS),
  ...Object.values(ALLOWED_DUPLICATE_EXPORTS),
  ...Object.values(ALLOWED_DUPLICATE_LITERALS),
].filter((why) => why.startsWith('debt:'));
if (debt.length > 0)
  console.log(`duplicate guard: ${debt.length} known duplicate(s) still listed as debt in duplicates-allow.mjs`);

const zodMini = checkZodMini(root);
for (const v of zodMini) console.error(`${v.file}:${v.line} ${v.specifier}: ${v.rule}`);
summary('zod/mini guard', zodMini.length);
const classicLeft = Object.keys(ALLOWED_CLASSIC_ZOD).length;
if (classicLeft > 0)
  console.log(`zod/mini guard: ${classicLeft} file(s) still on classic zod, listed as debt in zod-mini-allow.mjs`);

process.exitCode = failures === 0 ? 0 : 1;
