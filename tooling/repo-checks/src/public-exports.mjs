// The names a package exports to its users: every entry point of its package.json `exports`, read from
// source with the TypeScript parser (no build, no type checker), following `export * from './x.js'` chains.
// Values and types alike: a type exported by two packages is as confusing to a user as a value.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const ts = createRequire(import.meta.url)('typescript');

/** `./constants` -> `src/constants/index.ts` or `src/constants.ts`; `.` -> `src/index.ts`. */
function entrySource(pkgDir, subpath) {
  const stem = subpath === '.' ? 'index' : subpath.replace(/^\.\//, '');
  return [join(pkgDir, 'src', `${stem}.ts`), join(pkgDir, 'src', stem, 'index.ts')].find(isFile);
}

function isFile(path) {
  return existsSync(path) && statSync(path).isFile();
}

function resolveRelative(fromFile, specifier) {
  const stem = resolve(dirname(fromFile), specifier).replace(/\.(m|c)?js$/, '');
  return [`${stem}.ts`, `${stem}.tsx`, join(stem, 'index.ts')].find(isFile);
}

const hasExportModifier = (node) =>
  (ts.getModifiers?.(node) ?? node.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Exported names of one source file, following relative `export *` (cycle-safe via `visiting`). */
function exportsOfFile(file, visiting) {
  if (visiting.has(file)) return new Set();
  visiting.add(file);
  const names = new Set();
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  for (const node of source.statements) {
    if (ts.isExportDeclaration(node)) {
      const from =
        node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : undefined;
      if (node.exportClause === undefined) {
        // `export * from '...'`: only relative modules can be expanded (cross-package stars are not used)
        const target = from?.startsWith('.') ? resolveRelative(file, from) : undefined;
        if (target !== undefined) for (const name of exportsOfFile(target, visiting)) names.add(name);
      } else if (ts.isNamespaceExport(node.exportClause)) {
        names.add(node.exportClause.name.text);
      } else {
        for (const element of node.exportClause.elements) names.add(element.name.text);
      }
    } else if (ts.isExportAssignment(node)) {
      names.add('default');
    } else if (hasExportModifier(node)) {
      if (ts.isVariableStatement(node)) {
        for (const decl of node.declarationList.declarations) if (ts.isIdentifier(decl.name)) names.add(decl.name.text);
      } else if (node.name !== undefined) {
        names.add(node.name.text);
      }
    }
  }
  return names;
}

/**
 * Every name the package at `pkgDir` exports to users through its package.json `exports` entry points
 * (every entry but `./internal`).
 * @param {string} pkgDir absolute package directory
 * @returns {Set<string>}
 */
export function listPublicExports(pkgDir) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  } catch {
    return new Set();
  }
  const subpaths =
    typeof manifest.exports === 'object' && manifest.exports !== null ? Object.keys(manifest.exports) : ['.'];
  const names = new Set();
  for (const subpath of subpaths) {
    // `./internal` entries hold what sibling packages are wired from; they are not the user's surface.
    if (subpath.endsWith('.json') || subpath.endsWith('/internal')) continue;
    const file = entrySource(pkgDir, subpath);
    if (file === undefined) continue;
    for (const name of exportsOfFile(file, new Set())) names.add(name);
  }
  return names;
}
