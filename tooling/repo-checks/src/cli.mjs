#!/usr/bin/env node
// Runs the repository guardrails, prints every violation and exits 1 when there is one:
// the layer guard (who may import whom) and the path guard (no path outside the repository or of one
// machine, and every docs/protocol citation resolves to a heading) and the README example guard (every README
// code block is a runnable file under examples/, character for character).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLayers } from './layer-guard.mjs';
import { checkPaths } from './path-guard.mjs';
import { checkReadmeExamples } from './readme-examples.mjs';

const root = resolve(process.argv[2] ?? resolve(fileURLToPath(import.meta.url), '../../../..'));
const layers = checkLayers(root);
for (const v of layers) console.error(`${v.file}:${v.line} ${v.specifier}: ${v.rule}`);
console.log(layers.length === 0 ? 'layer guard: no violations' : `layer guard: ${layers.length} violation(s)`);
const paths = checkPaths(root);
for (const v of paths) console.error(`${v.file}:${v.line} ${v.text}: ${v.rule}`);
console.log(paths.length === 0 ? 'path guard: no violations' : `path guard: ${paths.length} violation(s)`);
const examples = checkReadmeExamples(root);
for (const v of examples) console.error(`${v.file}:${v.line} ${v.text}: ${v.rule}`);
console.log(examples.length === 0 ? 'readme examples: every block matches its file' : `readme examples: ${examples.length} violation(s)`);
process.exitCode = layers.length + paths.length + examples.length === 0 ? 0 : 1;
