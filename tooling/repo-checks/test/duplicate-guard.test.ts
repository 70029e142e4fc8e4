import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without type declarations
import { checkDuplicates } from '../src/duplicate-guard.mjs';
// @ts-expect-error plain ESM module without type declarations
import { listPublicExports } from '../src/public-exports.mjs';

type Violation = { kind: string; name: string; where: string[]; rule: string };
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const scratch: string[] = [];
const manifest = (name: string, exports: Record<string, unknown> = { '.': './dist/index.js' }) =>
  JSON.stringify({ name, exports: { ...exports, './package.json': './package.json' } });

function plant(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'duplicate-guard-'));
  scratch.push(root);
  const base: Record<string, string> = {
    'packages/low/package.json': manifest('low', { '.': './dist/index.js', './units': './dist/units/index.js' }),
    'packages/low/src/index.ts': "export * from './limits.js';\nexport type { Side } from './side.js';\n",
    'packages/low/src/limits.ts': 'export const MAX_BATCH = 15;\nexport function clamp() {}\n',
    'packages/low/src/side.ts': "export type Side = 'buy' | 'sell';\n",
    'packages/low/src/units/index.ts': 'export const TICK_SIZE = 1;\n',
    'packages/high/package.json': manifest('high'),
    'packages/high/src/index.ts': "import { MAX_BATCH } from 'low';\nexport const send = () => MAX_BATCH;\n",
  };
  for (const [path, text] of Object.entries({ ...base, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const dirs = ['packages/low', 'packages/high'];
const none = { dirs, homeDir: 'packages/low', allowedConstants: {}, allowedExports: {}, allowedLiterals: {} };

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('public exports', () => {
  it('follows export-star chains and reads every entry point of package.json exports', () => {
    const names = [...listPublicExports(join(plant({}), 'packages/low'))].sort();
    expect(names).toEqual(['MAX_BATCH', 'Side', 'TICK_SIZE', 'clamp']);
  });

  it('leaves out the ./internal entry (what siblings are wired from is not the user surface)', () => {
    const root = plant({
      'packages/low/package.json': manifest('low', { '.': './dist/index.js', './internal': './dist/internal.js' }),
      'packages/low/src/internal.ts': 'export const WIRING = 1;\n',
    });
    expect([...listPublicExports(join(root, 'packages/low'))].sort()).toEqual(['MAX_BATCH', 'Side', 'clamp']);
  });

  it('reads renamed, namespace and declared exports', () => {
    const root = plant({
      'packages/high/src/index.ts':
        "export { a as b } from './a.js';\nexport * as ns from './a.js';\nexport interface Shape { x: 1 }\nexport class Client {}\nexport enum Mode { A }\nexport const [q] = [1];\nexport let r = 1, s = 2;\n",
      'packages/high/src/a.ts': 'export const a = 1;\n',
    });
    expect([...listPublicExports(join(root, 'packages/high'))].sort()).toEqual([
      'Client',
      'Mode',
      'Shape',
      'b',
      'ns',
      'r',
      's',
    ]);
  });
});

describe('duplicate guard', () => {
  it('passes on the real repository (every duplicate left is listed with its reason)', () => {
    const violations: Violation[] = checkDuplicates(repoRoot);
    expect(violations).toEqual([]);
  });

  it('passes on a planted tree where the upper package imports the constant', () => {
    expect(checkDuplicates(plant({}), none)).toEqual([]);
  });

  it('fails when a second package declares the same constant, exported or not', () => {
    const root = plant({ 'packages/high/src/batch.ts': 'const MAX_BATCH = 50;\nexport const other = MAX_BATCH;\n' });
    expect(checkDuplicates(root, none)).toEqual([
      expect.objectContaining({ kind: 'constant', name: 'MAX_BATCH', where: ['packages/high', 'packages/low'] }),
    ]);
  });

  it('does not count constants declared in tests, benches or indented inside functions', () => {
    const root = plant({
      'packages/high/test/x.test.ts': 'const MAX_BATCH = 1;\n',
      'packages/high/src/f.ts': 'export function f() {\n  const MAX_BATCH = 2;\n  return MAX_BATCH;\n}\n',
    });
    expect(checkDuplicates(root, none)).toEqual([]);
  });

  it('fails when two packages export the same name, types included', () => {
    const root = plant({
      'packages/high/src/index.ts': "export type Side = 'bid' | 'ask';\nexport { clamp } from 'low';\n",
    });
    const names = checkDuplicates(root, none).map((v: Violation) => `${v.kind}:${v.name}`);
    expect(names).toEqual(['export:clamp', 'export:Side']);
  });

  it('accepts an allow-listed duplicate and reports an allow-list entry that matches nothing', () => {
    const root = plant({ 'packages/high/src/index.ts': "export { clamp } from 'low';\n" });
    const violations: Violation[] = checkDuplicates(root, {
      dirs,
      allowedConstants: { GONE: 'was removed' },
      allowedExports: { clamp: 'deliberate re-export' },
    });
    expect(violations).toEqual([expect.objectContaining({ kind: 'stale-allow', name: 'GONE' })]);
  });
});

// The home (packages/low plays models) holds a list, a code -> text table and two zod object schemas; the
// upper package repeats them under other names, which the name rule above cannot see.
const HOME = {
  'packages/low/src/facts.ts': [
    "import * as z from 'zod/mini';",
    "export const RESOLUTIONS = ['1m', '5m', '1h', '1w'] as const;",
    "export const MESSAGES: Readonly<Record<number, string>> = { 20001: 'invalid param', 21104: 'invalid nonce', 21120: 'invalid signature' };",
    'const Shape = { code: z.number(), message: z.nullish(z.string()) };',
    'export const EnvelopeSchema = z.looseObject(Shape);',
    'export const HeightSchema = z.looseObject({ ...Shape, height: z.number() });',
    '',
  ].join('\n'),
};
const literal = (root: string) =>
  checkDuplicates(root, none).map((v: Violation) => `${v.kind}:${v.name}:${v.where[1]?.split(' ')[1] ?? ''}`);

describe('duplicate guard: literal copies of a home constant', () => {
  it('fails on a list equal to or a strict subset of a home list (exported or not)', () => {
    const root = plant({
      ...HOME,
      'packages/high/src/candle.ts': [
        "export const WS_RES = ['1m', '5m', '1h'] as const;",
        "const ALL_RES = ['1w', '1h', '5m', '1m'];",
        'export const use = ALL_RES;',
      ].join('\n'),
    });
    expect(literal(root).sort()).toEqual(['values:ALL_RES:RESOLUTIONS', 'values:WS_RES:RESOLUTIONS']);
  });

  it('fails on a list written inline (z.enum, includes), named by its file and line, matched to the equal home list', () => {
    const root = plant({
      ...HOME,
      'packages/low/src/short.ts': "export const SHORT = ['5m', '1m'] as const;\n",
      'packages/high/src/route.ts': [
        "import * as z from 'zod/mini';",
        "export const Params = z.object({ resolution: z.enum(['1m', '5m', '1h', '1w']) });",
        "export const ok = (r: string) => ['1m', '5m'].includes(r);",
      ].join('\n'),
    });
    expect(literal(root)).toEqual([
      'values:packages/high/src/route.ts:2:RESOLUTIONS',
      'values:packages/high/src/route.ts:3:SHORT',
    ]);
  });

  it('passes a list with a value the home list lacks, a single value, a mixed or a computed list', () => {
    const root = plant({
      ...HOME,
      'packages/high/src/candle.ts': [
        "export const OTHER = ['1m', '2m'] as const;",
        "export const ONE = ['1m'] as const;",
        "export const MIXED = ['1m', 5] as const;",
        "import { RESOLUTIONS } from 'low';",
        "export const DERIVED = RESOLUTIONS.filter((r) => r !== '1w');",
        "export const inline = (r: string) => ['1m', '3m'].includes(r);",
      ].join('\n'),
    });
    expect(literal(root)).toEqual([]);
  });

  it('fails on a key -> value table whose every entry repeats one home table, and passes one that differs', () => {
    const root = plant({
      ...HOME,
      'packages/high/src/errors.ts': [
        "const TEXTS = { 21104: 'invalid nonce', 20001: 'invalid param' } as const;",
        'export const text = (c: number) => (TEXTS as Record<number, string>)[c];',
        "export const OWN = { 21104: 'invalid nonce', 21120: 'bad signature' };",
      ].join('\n'),
    });
    expect(literal(root)).toEqual(['table:TEXTS:MESSAGES']);
  });

  it('fails on a zod object schema with the field set of a home schema, resolved through identifiers, spreads, relative imports and z.extend of a home schema', () => {
    const root = plant({
      ...HOME,
      'packages/high/src/common.ts': [
        "import * as z from 'zod/mini';",
        'export const envelope = { code: z.optional(z.number()), message: z.nullish(z.string()) };',
        'export const Ack = z.looseObject(envelope);',
      ].join('\n'),
      'packages/high/src/routes.ts': [
        "import * as z from 'zod/mini';",
        "import { EnvelopeSchema } from 'low';",
        "import { envelope } from './common.js';",
        'export const BridgesSchema = z.object({ ...envelope });',
        'export const Height = z.extend(EnvelopeSchema, { height: z.number() });',
      ].join('\n'),
    });
    expect(literal(root).sort()).toEqual([
      'schema:Ack:EnvelopeSchema',
      'schema:BridgesSchema:EnvelopeSchema',
      'schema:Height:HeightSchema',
    ]);
  });

  it('passes a schema with other fields, one field, or a field set it cannot resolve (never guessed)', () => {
    const root = plant({
      ...HOME,
      'packages/high/src/routes.ts': [
        "import * as z from 'zod/mini';",
        "import { EnvelopeSchema } from 'low';",
        "import { shapeFrom } from 'elsewhere';",
        'export const TxHash = z.extend(EnvelopeSchema, { tx_hash: z.string() });',
        'export const One = z.object({ code: z.number() });',
        'export const Opaque = z.looseObject({ ...shapeFrom, code: z.number() });',
      ].join('\n'),
    });
    expect(literal(root)).toEqual([]);
  });

  it('accepts an allow-listed literal copy and reports a literal allow-list entry that matches nothing', () => {
    const root = plant({ ...HOME, 'packages/high/src/candle.ts': "export const WS_RES = ['1m', '5m'] as const;\n" });
    const violations: Violation[] = checkDuplicates(root, {
      ...none,
      allowedLiterals: { WS_RES: 'deliberate: a test fixture', GONE: 'was removed' },
    });
    expect(violations).toEqual([expect.objectContaining({ kind: 'stale-allow', name: 'GONE' })]);
  });
});
