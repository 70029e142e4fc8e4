// Literal-duplicate rules of the duplicate guard: a copy of a models fact under another name, which the
// name-based constant rule cannot see. Every top-level `const` of a package other than the home (models),
// exported or not, is compared with the home's top-level constants of the same kind:
// - values: an array literal of strings or of numbers (two or more) equal to, or a strict subset of, a home array
//   of the same element type (streaming's `['1m', ..., '1d']` beside models' `CANDLE_RESOLUTIONS`); for this rule
//   an array written inline anywhere in a shipped file counts too (`z.enum([...])`), named by its `file:line`;
// - table: an object literal of string/number values (two or more entries) whose every key -> value entry is an
//   entry of one home object (a code -> text table repeating models' `VENUE_ERROR_MESSAGE`);
// - schema: a zod object schema (`z.object`, `z.looseObject`, `z.strictObject`, `z.extend`) whose field set (two
//   or more fields) equals a home schema's; spreads and identifiers are followed through the same file, relative
//   imports and imports from the home package, and a field set that cannot be resolved is skipped, never guessed.
// Read with the TypeScript parser (no type checker), so a value computed at run time is never compared.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { isDevFile, listSourceFiles } from './source-files.mjs';

const ts = createRequire(import.meta.url)('typescript');
const OBJECT_SCHEMA = new Set(['object', 'looseObject', 'strictObject']);
const MAX_DEPTH = 12;

/** @typedef {{ kind: 'values' | 'table' | 'schema', name: string, where: string[], rule: string }} LiteralViolation */

/** `x as const`, `x satisfies T`, `(x)`, `<T>x`, `Object.freeze(x)` -> x. */
function unwrap(node) {
  for (;;) {
    if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) {
      node = node.expression;
    } else if (ts.isTypeAssertionExpression(node)) {
      node = node.expression;
    } else if (
      ts.isCallExpression(node) &&
      node.arguments.length === 1 &&
      ts.isPropertyAccessExpression(node.expression) &&
      ts.isIdentifier(node.expression.expression) &&
      node.expression.expression.text === 'Object' &&
      node.expression.name.text === 'freeze'
    ) {
      node = node.arguments[0];
    } else {
      return node;
    }
  }
}

/** `'a'` -> `s:a`, `3` / `-3` -> `n:3` / `n:-3`; anything else -> undefined. */
function primitive(node) {
  const n = unwrap(node);
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return `s:${n.text}`;
  if (ts.isNumericLiteral(n)) return `n:${Number(n.text)}`;
  if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(n.operand)) {
    return `n:${-Number(n.operand.text)}`;
  }
  return undefined;
}

function propertyKey(name) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text));
  return undefined;
}

/** One parsed file: its top-level consts (name -> initializer) and its named imports (local -> source). */
function indexFile(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const consts = new Map();
  const imports = new Map();
  for (const node of source.statements) {
    if (ts.isVariableStatement(node) && node.declarationList.flags & ts.NodeFlags.Const) {
      for (const d of node.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
      }
    } else if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) {
          imports.set(el.name.text, { from: node.moduleSpecifier.text, name: (el.propertyName ?? el.name).text });
        }
      }
    }
  }
  return { file, source, consts, imports };
}

function relativeTarget(fromFile, specifier) {
  const stem = resolve(dirname(fromFile), specifier).replace(/\.(m|c)?js$/, '');
  return [`${stem}.ts`, `${stem}.tsx`, join(stem, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
}

/** Resolves identifiers across one package's files and the home package (by exported name). */
function makeResolver(homeName, homeConsts) {
  const files = new Map();
  const load = (file) => {
    if (!files.has(file)) files.set(file, indexFile(file));
    return files.get(file);
  };
  /** @returns {{ node: any, file: string } | undefined} */
  const resolveName = (name, file) => {
    const idx = load(file);
    if (idx.consts.has(name)) return { node: idx.consts.get(name), file };
    const imp = idx.imports.get(name);
    if (imp === undefined) return undefined;
    if (imp.from.startsWith('.')) {
      const target = relativeTarget(file, imp.from);
      return target === undefined ? undefined : resolveName(imp.name, target);
    }
    if (imp.from === homeName || imp.from.startsWith(`${homeName}/`)) return homeConsts.get(imp.name);
    return undefined;
  };

  /** Keys of a shape (object literal, spreads followed), or undefined when any part is not resolvable. */
  const shapeKeys = (node, file, depth) => {
    const n = unwrap(node);
    if (depth > MAX_DEPTH) return undefined;
    if (ts.isIdentifier(n)) {
      const r = resolveName(n.text, file);
      return r === undefined ? undefined : shapeKeys(r.node, r.file, depth + 1);
    }
    if (!ts.isObjectLiteralExpression(n)) return undefined;
    const keys = new Set();
    for (const p of n.properties) {
      if (ts.isSpreadAssignment(p)) {
        const inner = shapeKeys(p.expression, file, depth + 1);
        if (inner === undefined) return undefined;
        for (const k of inner) keys.add(k);
      } else {
        const k = p.name === undefined ? undefined : propertyKey(p.name);
        if (k === undefined) return undefined;
        keys.add(k);
      }
    }
    return keys;
  };

  /** Field set of a zod object schema expression, or undefined when it is not one or cannot be resolved. */
  const schemaFields = (node, file, depth = 0) => {
    const n = unwrap(node);
    if (depth > MAX_DEPTH) return undefined;
    if (ts.isIdentifier(n)) {
      const r = resolveName(n.text, file);
      return r === undefined ? undefined : schemaFields(r.node, r.file, depth + 1);
    }
    if (!ts.isCallExpression(n) || !ts.isPropertyAccessExpression(n.expression)) return undefined;
    const method = n.expression.name.text;
    if (OBJECT_SCHEMA.has(method) && n.arguments.length >= 1) return shapeKeys(n.arguments[0], file, depth + 1);
    if (method === 'extend' && n.arguments.length === 2) {
      const base = schemaFields(n.arguments[0], file, depth + 1);
      const extra = shapeKeys(n.arguments[1], file, depth + 1);
      return base === undefined || extra === undefined ? undefined : new Set([...base, ...extra]);
    }
    return undefined;
  };
  return { load, schemaFields };
}

/** What a top-level initializer is, for the three rules. */
function classify(node, file, resolver) {
  const n = unwrap(node);
  if (ts.isArrayLiteralExpression(n) && n.elements.length >= 2) {
    const values = n.elements.map(primitive);
    const types = new Set(values.map((v) => v?.[0]));
    if (values.every((v) => v !== undefined) && types.size === 1) return { kind: 'values', values };
  }
  if (ts.isObjectLiteralExpression(n) && n.properties.length >= 2) {
    const entries = new Map();
    for (const p of n.properties) {
      const key = ts.isPropertyAssignment(p) ? propertyKey(p.name) : undefined;
      const value = key === undefined ? undefined : primitive(p.initializer);
      if (value === undefined) return undefined;
      entries.set(key, value);
    }
    return { kind: 'table', entries };
  }
  const fields = resolver.schemaFields(n, file);
  if (fields !== undefined && fields.size >= 2) return { kind: 'schema', fields };
  return undefined;
}

const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * Literal copies of the home package's constants in the other packages.
 * @param {string} root repository root
 * @param {{ dirs: string[], homeDir: string, allowed: Record<string, string> }} options
 * @returns {{ violations: LiteralViolation[], seen: Set<string> }} `seen`: names that matched, allow-listed or not
 */
export function checkLiteralDuplicates(root, { dirs, homeDir, allowed }) {
  const shipped = (dir) =>
    listSourceFiles(join(root, dir)).filter((f) => !isDevFile(relative(join(root, dir), f).split('\\').join('/')));
  const rel = (file) => relative(root, file).split('\\').join('/');
  let homeName;
  try {
    homeName = JSON.parse(readFileSync(join(root, homeDir, 'package.json'), 'utf8')).name;
  } catch {
    return { violations: [], seen: new Set() };
  }
  const homeConsts = new Map();
  const homeResolver = makeResolver(homeName, homeConsts);
  for (const file of shipped(homeDir)) {
    for (const [name, node] of homeResolver.load(file).consts)
      if (!homeConsts.has(name)) homeConsts.set(name, { node, file });
  }
  const home = [];
  for (const [name, { node, file }] of homeConsts) {
    const c = classify(node, file, homeResolver);
    if (c !== undefined) home.push({ name, file, ...c });
  }

  /** @type {LiteralViolation[]} */
  const violations = [];
  const seen = new Set();
  for (const dir of dirs) {
    if (dir === homeDir) continue;
    const resolver = makeResolver(homeName, homeConsts);
    for (const file of shipped(dir)) {
      const idx = resolver.load(file);
      const report = (name, c) => {
        // An equal home constant names the copy best; otherwise the first it is a subset of.
        const candidates = home.filter((h) => h.kind === c.kind && repeats(c, h));
        const match = candidates.find((h) => equal(c, h)) ?? candidates[0];
        if (match === undefined) return;
        seen.add(name);
        if (name in allowed) return;
        violations.push({
          kind: c.kind,
          name,
          where: [rel(file), `${rel(match.file)} ${match.name}`],
          rule: RULE[c.kind](match.name),
        });
      };
      const topLevel = new Set();
      for (const [name, node] of idx.consts) {
        topLevel.add(unwrap(node));
        const c = classify(node, file, resolver);
        if (c !== undefined) report(name, c);
      }
      // A list written inline (`z.enum(['1m', ...])`, `[...].includes(x)`) repeats a fact just as a named one does;
      // it is named by its place, `file:line`.
      const visit = (node) => {
        if (ts.isArrayLiteralExpression(node) && !topLevel.has(node)) {
          const c = classify(node, file, resolver);
          if (c?.kind === 'values') {
            const line = idx.source.getLineAndCharacterOfPosition(node.getStart(idx.source)).line + 1;
            report(`${rel(file)}:${line}`, c);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(idx.source);
    }
  }
  return { violations, seen };
}

function equal(c, h) {
  if (c.kind === 'values') return sameSet(new Set(c.values), new Set(h.values));
  if (c.kind === 'table') return c.entries.size === h.entries.size;
  return true;
}

function repeats(c, h) {
  if (c.kind === 'values') {
    const mine = new Set(c.values);
    const theirs = new Set(h.values);
    return [...mine].every((v) => theirs.has(v)) && mine.size <= theirs.size;
  }
  if (c.kind === 'table') return [...c.entries].every(([k, v]) => h.entries.get(k) === v);
  return sameSet(c.fields, h.fields);
}

const RULE = {
  values: (name) => `repeats the values of models' ${name} (equal or a subset): import it, derive a subset from it`,
  table: (name) => `repeats entries of models' ${name}: read them from it`,
  schema: (name) => `has the same fields as models' ${name}: use that schema (z.extend it to add fields)`,
};
