// Structural comparer: same keys and JSON value types as a real payload.
/** JSON type name of a value. */
export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Options of {@link compareShape}. */
export interface ShapeOptions {
  /** Keys (any depth, by name) that may be absent on either side (venue omits them when zero/empty). */
  optional?: readonly string[];
  /** Objects at these key names are maps keyed by id: compare values, not keys. */
  maps?: readonly string[];
}

/**
 * Differences between `actual` and `expected` (keys missing, extra keys, type mismatches).
 * `null` in the fixture accepts any type (the venue sends null for empty lists and maps).
 * Arrays compare their first elements; id-keyed maps compare their first values.
 */
export function compareShape(actual: unknown, expected: unknown, opts: ShapeOptions = {}, path = '$'): string[] {
  const out: string[] = [];
  const te = jsonType(expected);
  const ta = jsonType(actual);
  if (te === 'null') return out;
  if (te !== ta) {
    out.push(`${path}: expected ${te}, got ${ta}`);
    return out;
  }
  if (te === 'array') {
    const e = (expected as unknown[])[0];
    const a = (actual as unknown[])[0];
    if (e !== undefined && a !== undefined) out.push(...compareShape(a, e, opts, `${path}[0]`));
    return out;
  }
  if (te !== 'object') return out;
  const eo = expected as Record<string, unknown>;
  const ao = actual as Record<string, unknown>;
  const key = path.split('.').at(-1) ?? '';
  if (opts.maps?.includes(key)) {
    const e = Object.values(eo)[0];
    const a = Object.values(ao)[0];
    if (e !== undefined && a !== undefined) out.push(...compareShape(a, e, opts, `${path}.*`));
    for (const k of Object.keys(ao)) if (!/^\d+$/.test(k)) out.push(`${path}: map key ${k} is not an id`);
    return out;
  }
  const optional = new Set(opts.optional ?? []);
  for (const k of Object.keys(eo)) {
    if (!(k in ao)) {
      if (!optional.has(k)) out.push(`${path}.${k}: missing`);
      continue;
    }
    out.push(...compareShape(ao[k], eo[k], opts, `${path}.${k}`));
  }
  for (const k of Object.keys(ao)) if (!(k in eo) && !optional.has(k)) out.push(`${path}.${k}: not in fixture`);
  return out;
}
