/**
 * Reading the identity journal of {@link FileIdentityStore}: one JSON record per line, replayed
 * in order. Only the last line can be torn by a crash (records are appended whole), so an
 * unparseable last line is dropped; an unparseable line with valid records after it means the
 * file was damaged by something else and is refused rather than silently losing mappings.
 */
import { EXECUTION_ERROR_CODE, ExecutionError } from '../errors.js';
import type { OrderIdentity } from './store.js';

/** What a journal file holds. */
export interface ParsedJournal {
  /** Live identities after replaying every record. */
  readonly identities: readonly OrderIdentity[];
  /** Records (put / del lines) in the file, header excluded. */
  readonly records: number;
  /** A torn tail or a legacy (version 1) file: the next write must rewrite the file. */
  readonly needsRewrite: boolean;
}

function isIdentity(v: unknown): v is OrderIdentity {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.clientOrderId === 'string' &&
    typeof o.clientOrderIndex === 'number' &&
    typeof o.createdAtMs === 'number' &&
    (o.venueOrderId === undefined || typeof o.venueOrderId === 'string')
  );
}

type Line =
  | { kind: 'header' }
  | { kind: 'put'; identity: OrderIdentity }
  | { kind: 'del'; clientOrderId: string }
  | { kind: 'legacy'; entries: unknown[] };

function parseLine(line: string): Line | undefined {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  if (o.op === 'put' && isIdentity(o.id)) return { kind: 'put', identity: o.id };
  if (o.op === 'del' && typeof o.c === 'string') return { kind: 'del', clientOrderId: o.c };
  if (o.journal === 'lighter-ts-identities') return { kind: 'header' };
  if (o.version === 1 && Array.isArray(o.entries)) return { kind: 'legacy', entries: o.entries };
  return undefined;
}

/**
 * Replays a journal's text.
 * @example parseJournal({ text: '{"op":"put","id":{...}}\n', path: 'ids.jsonl' }).identities
 * @throws ExecutionError (code IDENTITY_STORE) for a damaged line before the last one
 */
export function parseJournal(params: { text: string; path: string }): ParsedJournal {
  const lines = params.text.split('\n');
  // Text after the final newline is an append cut off by a crash (or empty).
  const tail = lines.pop() ?? '';
  let needsRewrite = tail.length > 0;
  const byCloid = new Map<string, OrderIdentity>();
  let records = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (raw.trim() === '') continue;
    const line = parseLine(raw);
    if (line === undefined) {
      // A damaged final line (e.g. zero-filled by the file system after a crash) is a torn append too.
      if (lines.slice(i + 1).every((l) => l.trim() === '') && tail.length === 0) {
        needsRewrite = true;
        break;
      }
      throw new ExecutionError({
        code: EXECUTION_ERROR_CODE.IDENTITY_STORE,
        message: `corrupt identity journal ${params.path} at line ${i + 1}`,
      });
    }
    if (line.kind === 'header') continue;
    if (line.kind === 'legacy') {
      for (const e of line.entries) if (isIdentity(e)) byCloid.set(e.clientOrderId, e);
      needsRewrite = true;
      continue;
    }
    records++;
    if (line.kind === 'put') byCloid.set(line.identity.clientOrderId, line.identity);
    else byCloid.delete(line.clientOrderId);
  }
  // A version-1 file is one JSON document without a trailing newline: it arrives as the tail.
  if (tail.length > 0 && records === 0 && byCloid.size === 0) {
    const legacy = parseLine(tail);
    if (legacy?.kind === 'legacy') {
      for (const e of legacy.entries) if (isIdentity(e)) byCloid.set(e.clientOrderId, e);
    } else if (lines.every((l) => l.trim() === '')) {
      // Our writer creates the file by rename after fsync, so its header line is always whole:
      // a file with no complete line is not one of ours.
      throw new ExecutionError({
        code: EXECUTION_ERROR_CODE.IDENTITY_STORE,
        message: `corrupt identity journal ${params.path}`,
      });
    }
  }
  return { identities: [...byCloid.values()], records, needsRewrite };
}
